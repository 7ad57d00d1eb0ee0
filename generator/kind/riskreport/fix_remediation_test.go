package riskreport

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestFixCellGivesTheRemediation: an infusion pump's report printed Fix
// "Not stated" for CVE-2026-70412, whose record names no version with the
// fix (3.0.1 is not a [[versions]] entry) but whose remediation reads
// "Maintenance release 3.0.1, due by 2 November 2026, …", which the plan,
// the CSD and the VEX files print. With no structured fix, the cell gives
// the remediation, marked as not yet released (the CSAF file's
// none_available); the structured cases keep their words whatever the
// remediation says, and a record saying nothing still reads "Not stated".
func TestFixCellGivesTheRemediation(t *testing.T) {
	const plan = "Maintenance release 3.0.1, due by 2 November 2026, checks revocation on every resumed session."
	affected := func(edit func(v *vuln.Vulnerability)) *vuln.Vulnerability {
		v := &vuln.Vulnerability{ID: "CVE-2026-70412", Version: "3.0", Status: "affected", Risk: "controlled"}
		edit(v)
		return v
	}
	for _, tc := range []struct {
		name string
		v    *vuln.Vulnerability
		want string
	}{
		{"remediation only", affected(func(v *vuln.Vulnerability) { v.Remediation = plan }), "Not yet released: " + plan},
		{"remediation with spaces around it", affected(func(v *vuln.Vulnerability) { v.Remediation = "  " + plan + "\n" }), "Not yet released: " + plan},
		{"nothing stated", affected(func(*vuln.Vulnerability) {}), "Not stated"},
		{"blank remediation", affected(func(v *vuln.Vulnerability) { v.Remediation = " \n" }), "Not stated"},
		{"under investigation, with a remediation", affected(func(v *vuln.Vulnerability) {
			v.Status, v.Remediation = "under_investigation", plan
		}), "Not determined yet"},
		{"released in a named version", affected(func(v *vuln.Vulnerability) { v.FixedIn, v.Remediation = "3.1", plan }), "Released in version 3.1"},
		{"planned in a named version", affected(func(v *vuln.Vulnerability) {
			v.FixedIn, v.FixPlanned, v.FixDue, v.Remediation = "3.1", true, content.NewDate(2026, 11, 2), plan
		}), "Version 3.1, planned for release on 2026-11-02"},
		{"none planned", affected(func(v *vuln.Vulnerability) { v.Fix, v.Remediation = "none_planned", plan }), "None planned"},
		{"stated released, no version", affected(func(v *vuln.Vulnerability) { v.Fix, v.Remediation = "released", plan }), "Stated released; no version with it is named"},
	} {
		if got := (Data{}).FixText(tc.v); got != tc.want {
			t.Errorf("%s: FixText = %q, want %q", tc.name, got, tc.want)
		}
	}

	// The example's report, with a remediation and no fixed_in.
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	v := &vuln.Vulnerability{ID: "CVE-2024-6135", Version: p.VersionOf, Components: []sbom.Component{{Name: "Zephyr RTOS", Version: "3.6.0"}},
		Status: "affected", Risk: "controlled", Remediation: "Meridian plans to update Zephyr in 4.3.0, due in March 2026.",
		Discovered: content.NewDate(2025, 7, 1), Disclosed: content.NewDate(2024, 9, 11)}
	p.Vulnerabilities = &vuln.Set{Versions: slices.Clone(p.Vulnerabilities.Versions), List: []*vuln.Vulnerability{v}}
	md := renderReport(t, c, p)
	kindtest.SaysAll(t, "report", md, "| CVE-2024-6135 | Zephyr RTOS 3.6.0 | Affected | Controlled | Not yet released: Meridian plans to update Zephyr in 4.3.0, due in March 2026. |")
	kindtest.SaysNone(t, "report", md, "| Controlled | Not stated |")
}
