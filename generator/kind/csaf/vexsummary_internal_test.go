package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVEXSummarySaysAssessed: a version's CSAF VEX said it gave "the
// status of every known vulnerability" in the version, though the data
// leave vulnerabilities unassessed (3.8.2, past its end of support, is
// not assessed for CVE-2025-0395, which its glibc may have). Like the
// CSD, it now speaks of the vulnerabilities the manufacturer has
// assessed and that were public by the revision's date. It had said
// "publicly disclosed" only while one it knew of was not yet public,
// which changed the document without a revision: the summary is now the
// same either way.
func TestVEXSummarySaysAssessed(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	asOf := content.NewDate(2026, 3, 2)
	env := kindtest.Env(c, asOf)
	summary := func(set *vuln.Set, version string) string {
		t.Helper()
		doc := vexAdvisory(env, p, set, *set.Version(version)).Doc.Document
		for _, n := range doc.Notes {
			if n.Category == "summary" {
				return n.Text
			}
		}
		t.Fatalf("%s's VEX has no summary", version)
		return ""
	}
	const who = "vulnerability that Meridian Infusion Systems, Inc. has assessed for "
	set := p.Vulnerabilities.KnownBy(asOf)
	got := summary(set, "3.8.2")
	want := "The status of every " + who + p.Name + " version 3.8.2 and that was publicly disclosed by the date of this revision."
	kindtest.SaysAll(t, "3.8.2's VEX summary", got, want)
	kindtest.SaysNone(t, "3.8.2's VEX summary", got, "every known vulnerability in", "as assessed by")

	// A vulnerability of 3.8.2 Meridian knew of before the build, to be
	// disclosed after it: the document names the disclosed ones only.
	withheld := *p.Vulnerabilities
	withheld.List = append(append([]*vuln.Vulnerability(nil), p.Vulnerabilities.List...), &vuln.Vulnerability{ID: "CVE-2026-99999", Title: "embargoed",
		Version: "3.8.2", Status: "under_investigation", Discovered: asOf.AddDays(-10), Disclosed: asOf.AddDays(30)})
	set = withheld.KnownBy(asOf)
	if !set.WithholdsFor("3.8.2") {
		t.Fatal("the embargoed vulnerability is not withheld")
	}
	if w := summary(set, "3.8.2"); w != got {
		t.Errorf("3.8.2's VEX summary with one withheld:\n%s\nwithout:\n%s\nthe text changed with no revision", w, got)
	}
}
