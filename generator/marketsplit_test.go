package generator

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/marketsplit is the dentalxray product with version 3.1
// released in the United States on 2025-11-03 and in the European Union
// only on 2026-06-01, after the site's as_of (2026-03-02). Every document
// called 3.1 the current version and the notice sent EU practices to it,
// false for the EU readers of the same site: now each names the market.

func TestMarketSplitCurrentVersionPerMarket(t *testing.T) {
	read := buildFixture(t, "marketsplit")
	const eu = "in the European Union it is `3.0` until the release of `3.1` there on 1 June 2026"
	kindtest.SaysAll(t, "lifecycle.md", read("dentasense/lifecycle.md"),
		"The current software version is `3.1` in the United States, in the **Support** stage; "+eu+".",
		"| 3.1 | Support (available in the United States; in the European Union from 1 June 2026) | 2025-11-03 in the United States; 2026-06-01 in the European Union | Not announced |",
		// The status table's stage says where 3.1 is out, not "Support" for every market.
		"| 3.1 | DS-1, DS-2 | Support (available in the United States; in the European Union from 1 June 2026) | Not announced |")
	kindtest.SaysNone(t, "lifecycle.md", read("dentasense/lifecycle.md"),
		"The current software version is `3.1`, in", "| 3.1 | Support | 2025-11-03 |", "| 3.1 | DS-1, DS-2 | Support |")
	kindtest.SaysAll(t, "csd.md", read("dentasense/csd.md"),
		"The current version is `3.1` in the United States; "+eu+".")
	kindtest.SaysAll(t, "3.0/csd.md", read("dentasense/3.0/csd.md"),
		"the current version is `3.1` in the United States, described in [its own customer security documentation](../csd.html); "+eu+".",
		"This document is about version `3.0`. The current version is `3.1` in the United States; "+eu+".")
	kindtest.SaysNone(t, "3.0/csd.md", read("dentasense/3.0/csd.md"), "the current version is `3.1`.", "the current version is `3.1`,")
	kindtest.SaysAll(t, "security-plan.md", read("dentasense/security-plan.md"),
		"On 2 March 2026 the current version is `3.1` in the United States, first released on 3 November 2025; "+eu+".",
		"| 3.1 | All models | 2025-11-03 in the United States; 2026-06-01 in the European Union | Support |")
	// The notice, issued before either release, offered 3.1 as planned
	// for 2025-11-03 to every practice.
	notice := read("dentasense/notices/eos-2.4.md")
	kindtest.SaysAll(t, "eos-2.4.md", notice,
		"| Software only | software 3.1 (planned; in the United States; in the European Union from 1 June 2026) |")
	kindtest.SaysNone(t, "eos-2.4.md", notice, "general availability 2025-11-03")

	var doc struct {
		Current  string `json:"current_version"`
		ByMarket []struct {
			Market, Version string
		} `json:"current_version_by_market"`
		Versions []struct {
			Version string
			Markets []struct {
				Market              string
				GeneralAvailability string `json:"general_availability"`
				Released            bool
			}
		}
	}
	if err := json.Unmarshal([]byte(read("dentasense/lifecycle.json")), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Current != "3.1" || len(doc.ByMarket) != 2 || doc.ByMarket[0] != (struct{ Market, Version string }{"us", "3.1"}) || doc.ByMarket[1] != (struct{ Market, Version string }{"eu", "3.0"}) {
		t.Errorf("lifecycle.json current %q by market %+v, want 3.1 with us 3.1 and eu 3.0", doc.Current, doc.ByMarket)
	}
	last := doc.Versions[len(doc.Versions)-1]
	if last.Version != "3.1" || len(last.Markets) != 2 || last.Markets[1].Market != "eu" || last.Markets[1].GeneralAvailability != "2026-06-01" {
		t.Errorf("lifecycle.json 3.1 markets %+v, want us 2025-11-03 and eu 2026-06-01", last.Markets)
	}
	// 3.1's stage holds where it is out: the US on the file's date, not
	// yet the EU (the page's stage cell says so in words).
	if len(last.Markets) == 2 && (!last.Markets[0].Released || last.Markets[1].Released) {
		t.Errorf("lifecycle.json 3.1 markets %+v, want released in us, not yet in eu", last.Markets)
	}
}

// TestMarketSplitOthersSpeakAsBefore: dentalxray, the same product with
// markets = ["us", "eu"] and no per-version markets, names one current
// version and one general availability, and lifecycle.json no markets.
func TestMarketSplitOthersSpeakAsBefore(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	kindtest.SaysAll(t, "lifecycle.md", read("dentasense/lifecycle.md"),
		"The current software version is `3.1`, in the **Support** stage.", "| 3.1 | Support | 2025-11-03 | Not announced |")
	kindtest.SaysNone(t, "lifecycle.md", read("dentasense/lifecycle.md"), "in the European Union")
	kindtest.SaysNone(t, "lifecycle.json", read("dentasense/lifecycle.json"), "current_version_by_market", `"markets"`)
	kindtest.SaysAll(t, "eos-2.4.md", read("dentasense/notices/eos-2.4.md"), "software 3.1 (planned)")
}

// TestMarketSplitMDS2AndCSAF: the MDS2 form's version line and the CSAF
// files that send 3.0's users to 3.1 for CVE-2026-41007 gave 3.1 as out
// for every reader; EU practices cannot install it before 1 June 2026.
func TestMarketSplitMDS2AndCSAF(t *testing.T) {
	read := buildFixture(t, "marketsplit")
	kindtest.SaysAll(t, "mds2.md", read("dentasense/mds2.md"),
		"| 3.1 (general availability 2025-11-03 in the United States, 2026-06-01 in the European Union) |")
	kindtest.SaysNone(t, "mds2.md", read("dentasense/mds2.md"), "3.1 (general availability 2025-11-03)")
	const where = "Orvella DentaSense 3.1 is available in the United States; in the European Union from 1 June 2026."
	kindtest.SaysAll(t, "dentasense-3_0-vex.json", read(".well-known/csaf/white/2026/dentasense-3_0-vex.json"),
		"Install DentaSense Imaging 3.1, which runs on .NET Runtime 8.0.20. "+where)
	kindtest.SaysAll(t, "odi-ds-sa-2026-01.json", read(".well-known/csaf/white/2026/odi-ds-sa-2026-01.json"),
		`Fixed in: Orvella DentaSense 3.1.\n`+where, "8.0.20. "+where)
}

// TestMarketSplitCSAFOthersAsBefore: a product whose versions are
// released in all its markets at once adds no market to its fixes.
func TestMarketSplitCSAFOthersAsBefore(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	kindtest.SaysAll(t, "mds2.md", read("dentasense/mds2.md"), "| 3.1 (general availability 2025-11-03) |")
	kindtest.SaysNone(t, "mds2.md", read("dentasense/mds2.md"), "United States")
}

// TestMarketSplitVEXAndAdvisoryTimeline: the VEX files of 3.0 and the
// security advisory sent every reader to 3.1 and dated the fix by its US
// release ("2025-11-03: Fix … available: software 3.1 released."), false
// for EU practices, which get 3.1 on 1 June 2026. 3.1's own VEX stays
// fixed: the version fixes it wherever it is installed.
func TestMarketSplitVEXAndAdvisoryTimeline(t *testing.T) {
	read := buildFixture(t, "marketsplit")
	const where = "Orvella DentaSense 3.1 is available in the United States; in the European Union from 1 June 2026."
	const act = "Install DentaSense Imaging 3.1, which runs on .NET Runtime 8.0.20. " + where
	for _, f := range []string{"dentasense/vex-3.0.cdx.json", "dentasense/vex-3.0.openvex.json"} {
		kindtest.SaysAll(t, f, read(f), act)
	}
	kindtest.SaysAll(t, "vex-3.1.openvex.json", read("dentasense/vex-3.1.openvex.json"), `"status": "fixed"`)
	kindtest.SaysNone(t, "vex-3.1.openvex.json", read("dentasense/vex-3.1.openvex.json"), "European Union")
	kindtest.SaysAll(t, "vex-3.1.cdx.json", read("dentasense/vex-3.1.cdx.json"), `"state": "resolved"`)
	const fix = "Fix for CVE-2026-41007 available in the United States: software 3.1 released there (in the European Union from 1 June 2026)."
	sa := read("dentasense/notices/sa-2026-01.md")
	kindtest.SaysAll(t, "sa-2026-01.md", sa,
		"| 2025-11-03 | "+fix+" |",
		"- Fixed in: `3.1` (available in the United States; in the European Union from 1 June 2026).",
		"- "+act)
	kindtest.SaysNone(t, "sa-2026-01.md", sa, "available: software 3.1 released.", "- Fixed in: `3.1`.")
	kindtest.SaysAll(t, "odi-ds-sa-2026-01.json", read(".well-known/csaf/white/2026/odi-ds-sa-2026-01.json"), "2025-11-03: "+fix)
}

// TestMarketSplitVEXOthersAsBefore: a product whose versions state no
// markets of their own (homedialysis) keeps its timeline, "Fixed in" and
// VEX actions as they were.
func TestMarketSplitVEXOthersAsBefore(t *testing.T) {
	read := buildFixture(t, "homedialysis")
	kindtest.SaysAll(t, "sa-2024-01.md", read("solace-hhd/notices/sa-2024-01.md"),
		"| 2024-03-04 | Fix for CVE-2023-45866 available: software 3.1.0 released. |", "- Fixed in: `3.1.0`.")
	kindtest.SaysAll(t, "vex-2.3.4.openvex.json", read("solace-hhd/vex-2.3.4.openvex.json"),
		`"action_statement": "Install version 3.1.0, which has BlueZ 5.72. Until version 3.1.0`)
	kindtest.SaysAll(t, "vex-2.3.4.cdx.json", read("solace-hhd/vex-2.3.4.cdx.json"),
		`"recommendation": "Install version 3.1.0, which has BlueZ 5.72."`)
}

// The product page's versions table kept every general-availability cell
// on one line (class nowrap, right for a date): 3.1's per-market dates
// made a cell of 64 characters that would not wrap and squeezed the stage
// beside it to a word a line. That cell wraps between its words (each
// date in it kept whole); a lone date still does not wrap.
func TestMarketSplitProductPageDatesWrapOnlyAsText(t *testing.T) {
	read := buildFixture(t, "marketsplit")
	page := read("dentasense/index.html")
	kindtest.SaysAll(t, "index.html", page,
		`<td><span class="date">2025-11-03</span> in the United States; <span class="date">2026-06-01</span> in the European Union</td>`,
		`<td class="nowrap"><span class="date">2024-05-06</span></td>`)
	kindtest.SaysNone(t, "index.html", page,
		`<td class="nowrap">2025-11-03 in the United States`)
}
