package vuln_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestFixedInVersionListsFixed: an affected entry's fixed_in names a
// supported version that no entry states the vulnerability for (the
// example less its fixed entry for 4.2.1). That version's list, and so its
// CSD, VEX and CSAF files, now carries the vulnerability as fixed, naming
// the component as that version has it, and check no longer warns that
// the files say nothing of it. Before, 4.2.1's list left it out (a
// hospital scanning 4.2.1 found no statement) and only the warning said
// so. A document speaking as of a date before the fix leaves the fixed
// statement out, and withholds nothing for it. With the fixed entry stated
// (the example as it is), nothing is added.
func TestFixedInVersionListsFixed(t *testing.T) {
	const id = "CVE-2024-1086"
	fixedIn := func(s *vuln.Set) []*vuln.Vulnerability {
		var out []*vuln.Vulnerability
		for _, v := range s.For("4.2.1") {
			if v.ID == id {
				out = append(out, v)
			}
		}
		return out
	}
	s, diags, _, _ := loadEdited(t, func(p *content.Product, _ int) {
		if p.Vulns[1].ID != id || p.Vulns[1].Status != "fixed" {
			t.Fatalf("the example's second entry is %s %s", p.Vulns[1].ID, p.Vulns[1].Status)
		}
		p.Vulns = slices.Delete(p.Vulns, 1, 2)
	})
	for _, d := range diags {
		if strings.Contains(d.Message, "no entry states "+id) {
			t.Errorf("warned %q; the fixed statement is derived", d.Message)
		}
	}
	got := fixedIn(s)
	if len(got) != 1 {
		t.Fatalf("4.2.1 lists %d statements of %s; want one, fixed", len(got), id)
	}
	v := got[0]
	if v.Status != "fixed" || v.FixedIn != "4.2.1" || !v.Derived || v.Action() != "Fixed in 4.2.1." {
		t.Errorf("4.2.1's %s: status %q, fixed_in %q, derived %v, action %q; want fixed in 4.2.1, derived, \"Fixed in 4.2.1.\"", id, v.Status, v.FixedIn, v.Derived, v.Action())
	}
	if names := v.ComponentNames(); names != "linux-imx 6.6.52" {
		t.Errorf("components %q; want linux-imx 6.6.52, as 4.2.1 has it", names)
	}
	if v.Remediation != "" || len(v.CompensatingControls) > 0 || v.Fix != "" {
		t.Errorf("the fixed statement carries the affected versions' remediation %q, controls %v or fix %q", v.Remediation, v.CompensatingControls, v.Fix)
	}
	before := s.KnownBy(v.Fixed.AddDays(-1))
	if n := len(fixedIn(before)); n != 0 {
		t.Errorf("as of the day before the fix, 4.2.1 lists %d statements of %s; want none", n, id)
	}
	if before.WithholdsFor("4.2.1") {
		t.Error("as of the day before the fix, 4.2.1 is said to have a withheld vulnerability")
	}

	s, _, _, _ = loadEdited(t, nil)
	if got := fixedIn(s); len(got) != 1 || got[0].Derived {
		t.Errorf("with the fixed entry stated, 4.2.1 lists %d statements of %s (derived: %v); want the stated one alone", len(got), id, len(got) > 0 && got[0].Derived)
	}
}
