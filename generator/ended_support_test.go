package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPassedSupportEndIsFlagged: version 3.1.0 of the home dialysis
// machine, whose end of support is not set, with OpenSSL 3.0.15 stated
// actively maintained until 2024-09-30, a date past on the documents'
// date (2025-11-03). The rule of the components that need attention
// compared a component's date only with the version's end of support, so
// no document flagged it and each printed "Actively maintained" beside
// the past date; check said nothing. The CSD, the security plan and the
// lifecycle page now list it among the components that need attention
// and say its supplier support ended; check warns at the key that names
// the SBOM. Of its other components, whose ends are still to come,
// qtbase's (2026-04-03) comes before the date the version's support is
// known to outlast (2027-11-03: 24 months' notice promised, none given),
// so it is listed too; linux's (2027-12-31) does not, so it is not
// compared.
func TestPassedSupportEndIsFlagged(t *testing.T) {
	site, res := buildFixtureEdited(t, "homedialysis", "solace-hhd/machine-3.1.0.cdx.json", func(s string) string {
		return strings.Replace(s, `"value": "2026-09-07"`, `"value": "2024-09-30"`, 1)
	})
	const said = "Actively maintained (as stated); supplier support ended on 2024-09-30"
	csd := site["solace-hhd/csd.md"]
	attention := csd[strings.Index(csd, "### 5.2 "):strings.Index(csd, "### 5.3 ")]
	kindtest.SaysAll(t, "csd.md 5.2", attention, "| openssl | 3.0.15 | "+said+" | 2024-09-30 | Yes (its support has ended) | The general contingency below |")
	kindtest.SaysAll(t, "csd.md 5.2", attention, "| qtbase | 6.5.3 | Actively maintained | 2026-04-03 | Yes | The general contingency below |")
	kindtest.SaysNone(t, "csd.md 5.2", attention, "No component is stated to be no longer maintained", "linux")
	kindtest.SaysAll(t, "csd.md 5.2", attention, "Components no longer maintained by their supplier, or whose supplier support has ended or ends on or before 2027-11-03, with the contingency stated for each, if any. Version `3.1.0`'s end of support is not announced; with at least 24 months' notice promised, it comes no earlier than 2027-11-03, so these components' support ends no later than it;")
	kindtest.SaysAll(t, "csd.md", csd, "| openssl | 3.0.15 | OpenSSL Software Foundation | "+said+" | 2024-09-30 | SBOM (machine-3.1.0.cdx.json) |",
		"| qtbase | 6.5.3 | The Qt Company | Actively maintained | 2026-04-03 | SBOM (machine-3.1.0.cdx.json) |")
	kindtest.SaysNone(t, "csd.md", csd, "| Actively maintained | 2024-09-30 |")

	plan := site["solace-hhd/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, "| openssl | 3.0.15 | "+said+" | 2024-09-30 | The general contingency above |",
		"| openssl | 3.0.15 | OpenSSL Software Foundation | "+said+" | 2024-09-30 | SBOM (machine-3.1.0.cdx.json) |")
	kindtest.SaysNone(t, "security-plan.md", plan, "| Actively maintained | 2024-09-30 |")

	page := site["solace-hhd/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md", page,
		"### Version 3.1.0\n\n2 of its 6 components need attention; the version's end of support is not announced, but with at least 24 months' notice promised it comes no earlier than 2027-11-03, so the components listed are those whose supplier support has ended or ends by then.",
		"| openssl | 3.0.15 | "+said+" | 2024-09-30 | Yes (its support has ended) |\n| qtbase | 6.5.3 | Actively maintained | 2026-04-03 | Yes |\n\n"+
			"One of its other components has an end of supplier support announced for a date after 2027-11-03; the version's end of support is not announced, only that it comes no earlier than that date, so this date is not compared with it:\n\n"+
			"| Component | Version | Support level | End of supplier support |\n| --- | --- | --- | --- |\n"+
			"| linux | 6.1.112 | Actively maintained | 2027-12-31 |\n")
	kindtest.SaysNone(t, "lifecycle.md", page, "This page singles out none of its 6 components")
	var doc struct {
		Versions []struct {
			Version    string
			Components []struct{ Name, Version string } `json:"components_needing_attention"`
		}
	}
	if err := json.Unmarshal([]byte(site["solace-hhd/lifecycle.json"]), &doc); err != nil {
		t.Fatal(err)
	}
	for _, v := range doc.Versions {
		if v.Version == "3.1.0" && (len(v.Components) != 2 || v.Components[0].Name != "openssl" || v.Components[1].Name != "qtbase") {
			t.Errorf("lifecycle.json: version 3.1.0's components needing attention are %v, want openssl and qtbase", v.Components)
		}
	}

	var warned bool
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "component openssl 3.0.15 (pkg:generic/openssl@3.0.15): its stated level is actively maintained, but its end of support, 2024-09-30, is on or before the as-of date 2025-11-03") {
			warned = true
			if !strings.HasSuffix(w.File, "/content/solace-hhd.toml") || w.Line != 92 || w.Path != "versions[1].changes.sbom_files[0]" {
				t.Errorf("the warning is at %s:%d %s, want content/solace-hhd.toml:92 versions[1].changes.sbom_files[0]", w.File, w.Line, w.Path)
			}
		}
	}
	if !warned {
		t.Errorf("no warning that openssl 3.0.15's stated level contradicts its past end of support; warnings: %v", res.Warnings)
	}
}
