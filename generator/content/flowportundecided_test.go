package content

import (
	"strings"
	"testing"
)

// TestFlowsPortUndecided: rtls's CSD ended its firewall rules with "Deny,
// log | Any | Any | Any | Everything else | Always", and its notice said
// to block every other port, while the location server's firmware push
// to the gateways (DF-05, no interface named) has no port in the data:
// the only connection between the two is the one the gateways open, and
// whether the push rides it the data do not say. The CSD and the notice
// now say so before the final deny; a port the sender opens, or one the
// receiver listens on, or a web user interface answering those that
// connect to it, decides it and says nothing.
func TestFlowsPortUndecided(t *testing.T) {
	port := func(number, dir, iface, peer string) string {
		return "\n[[ports]]\nnumber = " + number + "\ntransport = \"tcp\"\nservice = \"S\"\npurpose = \"P\"\ndirection = \"" + dir + "\"\ninterface = \"" + iface + "\"\n" + peer + "\n"
	}
	gwOut := port("8883", "out", "dev-eth", `peer_part = "srv"`)
	srvIn := port("8883", "in", "srv-nic", `peer_part = "dev"`)
	const want = "The product data state no port for data flow DF-1, from the Acme server to the Acme gateway: the connection listed between the two, on TCP 8883, is opened by the Acme gateway, and whether the flow uses it or a connection of its own is not stated. Find out which connection that flow uses before applying rule 3, the final deny, and allow it."
	for _, tc := range []struct {
		name, src, want string
	}{
		{"only the gateway's connection to the server", flowPortBase + gwOut + srvIn, want},
		{"the server connects to the gateway", flowPortBase + gwOut + port("22", "out", "srv-nic", `peer_part = "dev"`), ""},
		{"the gateway listens for the server", flowPortBase + gwOut + port("22", "in", "dev-eth", `peer_part = "srv"`), ""},
		{"direction not stated", flowPortBase + strings.Replace(gwOut, `direction = "out"`, `direction = ""`, 1), ""},
		{"the server listens for any host", flowPortBase + port("443", "in", "srv-nic", ""), ""},
		{"over the server's web user interface", strings.Replace(flowPortBase, `data = ["software"]`, "data = [\"software\"]\ninterface = \"srv-web\"", 1) +
			"\n[[interfaces]]\nid = \"srv-web\"\nname = \"Web console\"\nkind = \"web_ui\"\npart = \"srv\"\n" + gwOut, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, tc.src)
			if got := p.FlowsWithoutPortFinalDenyText(true); got != tc.want {
				t.Errorf("FlowsWithoutPortFinalDenyText = %q; want %q", got, tc.want)
			}
		})
	}
	// the notice: before "block every other port"
	p, _ := loadParts(t, flowPortBase+gwOut+srvIn)
	if got := p.FlowsWithoutPortBesidesText(p.Ports); !strings.Contains(got, "DF-1") || !strings.HasSuffix(got, "before blocking every other port, and allow it.") {
		t.Errorf("FlowsWithoutPortBesidesText = %q", got)
	}
	// after a caveat that already names the final deny
	if got := p.FlowsWithoutPortFinalDenyText(false); !strings.HasSuffix(got, "before applying rule 3, and allow it.") {
		t.Errorf("FlowsWithoutPortFinalDenyText(false) = %q", got)
	}
}
