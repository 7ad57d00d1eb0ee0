package csaf

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestCSAFWeaknessNeedsItsName: CSAF requires a weakness's name, so a CWE
// known by number only (read from a CycloneDX VEX) is not written; a
// named one from another version's entry is.
func TestCSAFWeaknessNeedsItsName(t *testing.T) {
	numberOnly := &content.CWE{ID: "CWE-416"}
	named := &content.CWE{ID: "CWE-416", Name: "Use After Free"}
	pids := func(v *vuln.Vulnerability) []string { return []string{v.Version} }
	for _, c := range []struct {
		name string
		cwes []*content.CWE // one entry per version
		want *csaf.CWE
	}{
		{"named", []*content.CWE{named}, &csaf.CWE{ID: "CWE-416", Name: "Use After Free"}},
		{"number only: left out", []*content.CWE{numberOnly}, nil},
		{"number only, then named: the named one", []*content.CWE{numberOnly, named}, &csaf.CWE{ID: "CWE-416", Name: "Use After Free"}},
		{"not stated", []*content.CWE{nil}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var xs []*vuln.Vulnerability
			for i, w := range c.cwes {
				xs = append(xs, &vuln.Vulnerability{ID: "CVE-2024-1086", Version: string(rune('1'+i)) + ".0", Status: "affected", CWE: w})
			}
			got := csafVulnerability("CVE-2024-1086", xs, "Residual risk to essential clinical performance", " (FDA postmarket guidance)", pids).CWE
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("cwe (-want +got):\n%s", diff)
			}
		})
	}
}
