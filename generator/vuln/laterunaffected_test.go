package vuln_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestAffectedWithoutFixBesideLaterUnaffected: an affected entry that
// states no fix (no fixed_in, no fix) while another entry for the same
// vulnerability says a later version is fixed or not affected gets a
// warning: the CSAF file said no remediation was available
// (none_available) beside a remediation text telling the customer to
// upgrade to that version (a surgical robot's FFmpeg flaw, affected in
// 5.2 and not affected in 6.0). The example's entry names fixed_in and
// fix, and an entry whose later version is affected too, warns of nothing.
func TestAffectedWithoutFixBesideLaterUnaffected(t *testing.T) {
	const says = "CVE-2024-1086 is affected in 3.8.2, 4.1.0 with no fix stated, while version 4.2.1 is fixed: the CSAF file says no remediation is available (none_available)"
	for _, tc := range []struct {
		name string
		edit func(p *content.Product)
		warn bool
	}{
		{"fixed_in and fix stated", func(*content.Product) {}, false},
		{"neither stated", func(p *content.Product) { p.Vulns[0].FixedIn, p.Vulns[0].Fix = "", "" }, true},
		{"no fix planned", func(p *content.Product) { p.Vulns[0].FixedIn = "" }, false},
		{"later version affected too", func(p *content.Product) {
			p.Vulns[0].FixedIn, p.Vulns[0].Fix = "", ""
			p.Vulns[1].Status, p.Vulns[1].FixedIn = "affected", ""
			p.Vulns[1].Risk, p.Vulns[1].Remediation = "controlled", "Isolate the pump."
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, p, _ := loadEdited(t, func(p *content.Product, _ int) { tc.edit(p) })
			if p.Vulns[0].ID != "CVE-2024-1086" || p.Vulns[1].ID != "CVE-2024-1086" {
				t.Fatalf("the example's first entries are %s and %s", p.Vulns[0].ID, p.Vulns[1].ID)
			}
			var got []string
			for _, x := range diags {
				if strings.Contains(x.Message, "with no fix stated") {
					got = append(got, x.Path+": "+x.Message)
				}
			}
			switch {
			case tc.warn && (len(got) != 1 || !strings.HasPrefix(got[0], "vulnerabilities[0]: "+says) || !strings.Contains(got[0], `write fixed_in = "4.2.1"`)):
				t.Errorf("warned %q; want one warning at vulnerabilities[0]", got)
			case !tc.warn && len(got) > 0:
				t.Errorf("warned %q; want nothing", got)
			}
		})
	}
}
