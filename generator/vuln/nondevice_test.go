package vuln_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestUncontrolledRiskCommunicationsNonDevice: an uncontrolled risk with
// no communication timeline is warned about; a device is reminded of the
// FDA postmarket guidance's 30 days and report to FDA, health IT that is
// not a medical device (medical_device = false), which owes FDA nothing,
// is not.
func TestUncontrolledRiskCommunicationsNonDevice(t *testing.T) {
	for _, tc := range []struct {
		name       string
		md         content.Tri
		want, none string
	}{
		{"device", content.Unstated, "communication timeline (customers within 30 days, FDA, ISAO)", "(customers, ISAO)"},
		{"medical_device = true", content.True, "communication timeline (customers within 30 days, FDA, ISAO)", "(customers, ISAO)"},
		{"health IT", content.False, "communication timeline (customers, ISAO)", "FDA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p, inv := example(t)
			p.MedicalDevice = tc.md
			found := false
			for i := range p.Vulns {
				if p.Vulns[i].Risk == "uncontrolled" {
					p.Vulns[i].Communications, found = nil, true
				}
			}
			if !found {
				t.Fatal("the example has no uncontrolled risk")
			}
			_, diags := vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
			var got []string
			for _, d := range diags {
				if strings.HasSuffix(d.Path, ".communications") {
					got = append(got, d.Message)
				}
			}
			all := strings.Join(got, "\n")
			if !strings.Contains(all, tc.want) || strings.Contains(all, tc.none) {
				t.Errorf("communications warnings:\n%s\nwant %q, not %q", all, tc.want, tc.none)
			}
		})
	}
}
