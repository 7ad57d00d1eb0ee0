package generator

import (
	"strings"
	"testing"
)

// TestPhysicalAccessPortOffCustomerNetwork: the hyperbaric chamber's PLC
// service port (TCP 102), whose one endpoint is a service laptop cabled on
// site ([[flow_endpoints]] zone physical), was listed as listening on the
// hospital network, given a firewall allow rule, and listed among the
// ports the EOS notice and its CSAF twin say the product uses on the
// customer's network, although the PLC joins no hospital network. It is
// now named apart as reached only by physical access.
func TestPhysicalAccessPortOffCustomerNetwork(t *testing.T) {
	read := buildFixture(t, "hyperbaric")
	note := "TCP 102 (Chamber PLC), reached only by physical access: Castellan field service laptop, cabled on site"
	for _, f := range []string{"nereid/csd.md", "nereid/6.4/csd.md"} {
		csd := read(f)
		if strings.Contains(csd, "| Allow | Castellan field service laptop") {
			t.Errorf("%s: a firewall rule allows the service laptop cabled on site", f)
		}
		if !strings.Contains(csd, "| Ports listening on the hospital network as shipped | None | Can be enabled: TCP 502 (Operator panel PC). Not counted: "+note+".") {
			t.Errorf("%s: key facts still count TCP 102 as listening on the hospital network, or do not name it apart", f)
		}
		if !strings.Contains(csd, "No rule is given, as on no network of the hospital's: 102/TCP (Chamber PLC), reached only by physical access: Castellan field service laptop, cabled on site.") {
			t.Errorf("%s: 3.3 does not say why TCP 102 has no rule", f)
		}
	}
	plan := read("nereid/security-plan.md")
	if strings.Contains(plan, "listen on 102/TCP") || !strings.Contains(plan, "Not on the customer's network: 102/TCP (Chamber PLC), reached only by physical access: Castellan field service laptop, cabled on site.") {
		t.Errorf("security plan 6.4: TCP 102 still on the customer's network, or not named apart")
	}
	notice := read("nereid/notices/eos-6.4.md")
	if strings.Contains(notice, "| 102/TCP |") || !strings.Contains(notice, "Not listed, as on no network of the customer's: 102/TCP (Chamber PLC), reached only by physical access: Castellan field service laptop, cabled on site.") {
		t.Errorf("EOS notice: TCP 102 still among the ports on the customer's network, or not named apart")
	}
	csaf := read(".well-known/csaf/white/2026/chs-nhc-eos-001.json")
	if strings.Contains(csaf, "102/TCP") {
		t.Errorf("CSAF twin: TCP 102 still among the ports on the customer's network")
	}
}
