package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// renderNotice renders notice id of the example product after edit.
func renderNotice(t *testing.T, id string, edit func(*content.Product)) string {
	t.Helper()
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	edit(p.Product)
	env := kindtest.Env(c, exampleAsOf)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	for _, d := range prep.Documents {
		if d.Path == "notices/"+id {
			return kindtest.Render(t, env, p, d)
		}
	}
	t.Fatalf("no notice %s", id)
	return ""
}

// TestNoticeAnnouncesRelatedVersions: the 3.8.2 notice also announces
// Halcyon Connect 4.2 (its dates come from Connect's versions), while
// its stops stay the pump version's; a notice about Connect alone dates its
// stops and names its upgrade target by Connect's versions.
func TestNoticeAnnouncesRelatedVersions(t *testing.T) {
	md := renderNotice(t, "eos-3.8.2", func(*content.Product) {})
	kindtest.SaysAll(t, "notice", md,
		"# End-of-Support Notice: software 3.8.2; Halcyon Connect 4.2",
		"- Halcyon Connect `4.2` (server software that runs on a server the customer hosts): end of life 31 July 2023, end of support 31 July 2025;",
		"| Halcyon Connect 4.2 | 3.8.2 | 2019-06-03 | Limited Support |", // on the notice's release, 1 July 2025
		"| Halcyon Connect 4.2 | End of support | 2025-07-31 |",
		"| Regular releases | Software 3.8.2: 2025-06-30 (end of support) |",
		"Software `4.2.1` works with Halcyon Connect `5.3`: check the version of Halcyon Connect before upgrading.",
	)

	md = renderNotice(t, "eos-3.8.2", func(p *content.Product) {
		for i := range p.Notices {
			if p.Notices[i].ID == "eos-3.8.2" {
				n := &p.Notices[i]
				n.Versions, n.Title = nil, "End-of-Support Notice: Halcyon Connect 4.2"
				n.UpgradePaths = []content.UpgradePath{{Kind: "software_only", ToVersion: "5.3", Description: "Upgrade the server."}}
			}
		}
	})
	kindtest.SaysAll(t, "notice about Connect alone", md,
		"| Regular releases | Halcyon Connect 4.2: 2025-07-31 (end of support) |",
		"| Software only | Halcyon Connect 5.3 | Upgrade the server. |",
	)
	if strings.Contains(md, "Software 3.8.2:") {
		t.Error("notice about Connect alone dates a stop by a pump version")
	}
}

// TestNoticeComponentWhoseSupportEnded: a component end-of-support notice
// released after a component's announced end (openssl 3.0.16, 7 September
// 2026) says that support ended beside the level the SBOM states, as the
// CSD and the lifecycle page do; released before it, the level alone.
func TestNoticeComponentWhoseSupportEnded(t *testing.T) {
	const id = "ceos-linux-6.6-openssl-3.0"
	md := renderNotice(t, id, func(*content.Product) {})
	kindtest.SaysAll(t, "notice of 20 January 2026", md, "| openssl | 3.0.16 | OpenSSL Software Foundation | Actively maintained | 2026-09-07 |")
	md = renderNotice(t, id, func(p *content.Product) {
		for i := range p.Notices {
			if p.Notices[i].ID == id {
				d := &p.Notices[i].Document
				d.ReleaseDate, d.History = content.NewDate(2026, 10, 1), nil
			}
		}
	})
	kindtest.SaysAll(t, "notice of 1 October 2026", md,
		"| openssl | 3.0.16 | OpenSSL Software Foundation | Actively maintained (as stated); supplier support ended on 2026-09-07 | 2026-09-07 |",
		"| linux-imx | 6.6.52 | NXP Semiconductors | Actively maintained | 2026-12-31 |")
}

// TestNoticeUpgradeRelatedKeptBy: the upgrade-path section asks the
// customer to check a related system's version before upgrading only
// when the customer keeps it (kept_by, default: the manufacturer for one
// it hosts, else the customer); of one the manufacturer keeps (another
// maker's peripheral it supplies and pairs) it says the manufacturer
// keeps it on a version that works, and of one it hosts nothing more.
func TestNoticeUpgradeRelatedKeptBy(t *testing.T) {
	const works = "Software `4.2.1` works with Halcyon Connect `5.3`"
	check := works + ": check the version of Halcyon Connect before upgrading."
	for _, tc := range []struct {
		runs          content.PartRuns // "" keeps its part's (customer_hosted)
		keptBy        string
		want, notWant string
	}{
		{"", "", check, "keeps Halcyon Connect"},
		{"", "customer", check, "keeps Halcyon Connect"},
		{"", "manufacturer", works + "; MAKER keeps Halcyon Connect on a version that works with it.", "check the version of Halcyon Connect"},
		{"manufacturer_hosted", "", works + ".", "check the version of Halcyon Connect"},
		{"manufacturer_hosted", "customer", check, "keeps Halcyon Connect"},
	} {
		t.Run(string(tc.runs)+"/"+tc.keptBy, func(t *testing.T) {
			md := renderNotice(t, "eos-3.8.2", func(p *content.Product) {
				p.RelatedSystems[0].KeptBy = tc.keptBy
				if tc.runs != "" {
					p.RelatedSystems[0].Runs = tc.runs
				}
			})
			maker := kindtest.LoadExample(t).Site.Manufacturer.Name
			kindtest.SaysAll(t, "notice", md, strings.ReplaceAll(tc.want, "MAKER", maker))
			kindtest.SaysNone(t, "notice", md, tc.notWant)
		})
	}
}
