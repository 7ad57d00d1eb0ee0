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
// assessed, and of the publicly disclosed ones where one it knows of is
// not yet public, which the document leaves out.
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
	const who = "vulnerability that Meridian Infusion Systems, Inc. has assessed in the software components of "
	set := p.Vulnerabilities.KnownBy(asOf)
	got := summary(set, "3.8.2")
	kindtest.SaysAll(t, "3.8.2's VEX summary", got, "The status of every known "+who+p.Name+" version 3.8.2.")
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
	kindtest.SaysAll(t, "3.8.2's VEX summary with one withheld", summary(set, "3.8.2"), "The status of every publicly disclosed "+who+p.Name+" version 3.8.2.")
}
