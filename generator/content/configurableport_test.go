package content

import (
	"strings"
	"testing"
)

// TestConfigurablePort: ports.number was required, so a port the hospital
// sets (a sterilizer that connects out to the host and port the hospital
// configures) had to be written as one number, which the ports tables,
// the firewall rules and "block every other port" then named as the port.
// configurable = true makes the number the default, printed as such; on
// a part the manufacturer hosts, where the customer sets nothing, it is an
// error.
func TestConfigurablePort(t *testing.T) {
	src := strings.Replace(remotePortBase, "direction = \"out\"\n", "direction = \"out\"\nconfigurable = true\n", 1)
	p, diags := loadParts(t, src)
	wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "configurable") }, nil)
	pt := p.Ports[0]
	const want = "TCP port the hospital configures (default 2575)"
	if got := p.PortText(pt); got != want {
		t.Errorf("PortText = %q; want %q", got, want)
	}
	if got := p.PortFact(pt); got != want {
		t.Errorf("PortFact = %q; want %q", got, want)
	}
	rules := p.FirewallRules()
	if len(rules) == 0 || p.RulePortText(rules[0]) != want {
		t.Errorf("firewall rules %+v: want the first one's port %q", rules, want)
	}
	pt.Configurable = false
	if got := p.PortText(pt) + " " + p.PortFact(pt); got != "2575/TCP TCP 2575" {
		t.Errorf("PortText and PortFact of a port not configurable = %q", got)
	}

	hosted := "\n[[parts]]\nid = \"hub\"\nname = \"Acme hub\"\nruns = \"manufacturer_hosted\"\ndescription = \"H.\"\n\n[[interfaces]]\nid = \"hub-net\"\nname = \"Hub network\"\nkind = \"virtual_nic\"\npart = \"hub\"\n\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"hub-net\"\nconfigurable = true\n"
	_, diags = loadParts(t, strings.Replace(remotePortBase, "[remote_service]", hosted+"\n[remote_service]", 1))
	wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "configurable") }, []string{
		`ports[1].configurable: port 443/TCP is of part "Acme hub", which the manufacturer hosts: the customer cannot configure its number`})
}
