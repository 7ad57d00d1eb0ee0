package csaf

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestScoresOnlyForAffectedProducts: a CVSS score names only the
// products the vulnerability is in, affected or under investigation;
// one fixed or not affected gets none, and a vulnerability every entry
// of which is fixed carries no score at all. Cortexa FX 2.3's CSAF VEX
// gave CVE-2024-24790's 6.5 to the stdlib it lists as fixed (CSAF 2.0
// optional test 6.2.19). A CVSS v4.0 score, which CSAF 2.0 can only
// write as a note, follows the same rule.
func TestScoresOnlyForAffectedProducts(t *testing.T) {
	v31 := &vuln.CVSS{Vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N", Version: "3.1", Score: 6.5, Severity: "Medium"}
	v40 := &vuln.CVSS{Vector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", Version: "4.0", Score: 6.9, Severity: "Medium"}
	pids := func(v *vuln.Vulnerability) []string { return []string{v.Version} }
	entry := func(version string, status content.VulnStatus, c *vuln.CVSS) *vuln.Vulnerability {
		return &vuln.Vulnerability{ID: "CVE-2024-24790", Version: version, Status: status, CVSS: c, FixedIn: "2.3", Description: "Is* methods of netip.Addr."}
	}
	for _, c := range []struct {
		name    string
		entries []*vuln.Vulnerability
		scored  []string // the products the score names; nil: no score
	}{
		{"fixed", []*vuln.Vulnerability{entry("2.3", "fixed", v31)}, nil},
		{"not affected", []*vuln.Vulnerability{entry("2.3", "not_affected", v31)}, nil},
		{"affected", []*vuln.Vulnerability{entry("2.2", "affected", v31)}, []string{"2.2"}},
		{"under investigation", []*vuln.Vulnerability{entry("2.2", "under_investigation", v31)}, []string{"2.2"}},
		{"affected in one version, fixed in the next", []*vuln.Vulnerability{entry("2.2", "affected", v31), entry("2.3", "fixed", v31)}, []string{"2.2"}},
		{"CVSS v4.0, fixed", []*vuln.Vulnerability{entry("2.3", "fixed", v40)}, nil},
		{"CVSS v4.0, affected", []*vuln.Vulnerability{entry("2.2", "affected", v40)}, []string{"2.2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := csafVulnerability("CVE-2024-24790", c.entries, "Residual risk to essential clinical performance", "", pids)
			var scored []string
			for _, s := range got.Scores {
				scored = append(scored, s.Products...)
			}
			for _, n := range got.Notes {
				if strings.HasPrefix(n.Title, "CVSS") {
					scored = append(scored, "note")
				}
			}
			want := c.scored
			if c.entries[0].CVSS.Version == "4.0" && want != nil {
				want = []string{"note"}
			}
			if !slices.Equal(scored, want) {
				t.Errorf("scores for %v; want %v", scored, want)
			}
		})
	}
}
