package content

import (
	"strings"
	"testing"
)

func TestRulePostmarketUnstated(t *testing.T) {
	full := func() *Product {
		p := riskProduct()
		p.Postmarket.IncidentResponse = "The PSIRT triages and contains."
		p.Postmarket.CustomerNotice = "Advisories by e-mail."
		p.Postmarket.Patching.RegularCycle = "Quarterly."
		return p
	}
	tests := []struct {
		name   string
		modify func(p *Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"all stated passes", nil, ""},
		{"none stated fails naming each and the FDA guidance", func(p *Product) {
			p.Postmarket.IncidentResponse, p.Postmarket.CustomerNotice, p.Postmarket.Patching.RegularCycle = "", " ", ""
		}, "postmarket: not written: how incidents are responded to (incident_response), how customers learn of vulnerabilities and forthcoming remediations (customer_notice) and the regular update cycle (patching.regular_cycle); the security plan and the CSD say that each is not stated; the FDA premarket guidance (VI.B)"},
		{"incident response alone cites no guidance", func(p *Product) { p.Postmarket.IncidentResponse = "" },
			"not written: how incidents are responded to (incident_response); the security plan and the CSD say that it is not stated"},
		{"regular cycle alone, CSD only", func(p *Product) {
			p.Documents.Build = []string{"csd"}
			p.Postmarket.Patching.RegularCycle = ""
		}, "not written: the regular update cycle (patching.regular_cycle); the CSD says that it is not stated; the FDA premarket guidance (VI.B)"},
		{"customer notice alone cites only what the guidance asks of it", func(p *Product) { p.Postmarket.CustomerNotice = "" },
			"(customer_notice); the security plan and the CSD say that it is not stated; the FDA premarket guidance (VI.B) asks the cybersecurity management plan for how customers are told of forthcoming remediations"},
		{"not a medical device cites no FDA guidance", func(p *Product) {
			p.MedicalDevice = False
			p.Postmarket.CustomerNotice = ""
		}, "(customer_notice); the security plan and the CSD say that it is not stated"},
		{"no document printing them passes", func(p *Product) {
			p.Documents.Build = []string{"mds2"}
			p.Postmarket = Postmarket{}
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := full()
			if tc.modify != nil {
				tc.modify(p)
			}
			got := rulePostmarketUnstated(p)
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("want no diagnostic, got %v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("want one diagnostic, got %v", got)
			}
			if s := got[0].String(); !strings.Contains(s, tc.want) {
				t.Fatalf("diagnostic %q does not contain %q", s, tc.want)
			}
			if tc.name != "not a medical device cites no FDA guidance" && tc.name != "incident response alone cites no guidance" {
				return
			}
			if s := got[0].String(); strings.Contains(s, "FDA") {
				t.Fatalf("diagnostic %q cites FDA guidance", s)
			}
		})
	}
}
