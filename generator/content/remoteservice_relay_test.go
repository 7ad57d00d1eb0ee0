package content

import (
	"strings"
	"testing"
)

// relayBase is an MRI scanner: a host computer, an operator console and
// a remote-service gateway that connects out to the manufacturer and
// passes software on to the console (mrigateway), plus a PACS link.
const relayBase = `schema_version = 2
id = "p"
[[parts]]
id = "host"
name = "Scanner host computer"
runs = "device"
[[parts]]
id = "console"
name = "Operator console"
runs = "device"
[[parts]]
id = "gateway"
name = "Remote Service Gateway"
article = "the"
runs = "device"
[[data_flows]]
id = "DF-01"
from = "console"
to = "Hospital PACS"
data = ["phi"]
protection = "TLS"
[[data_flows]]
id = "DF-02"
from = "host"
to = "console"
data = ["phi"]
protection = "cable"
[remote_service]
offered = true
parts = ["console"]
`

// TestRemoteServiceRelayReached: the gateway that carries the service's
// connection and passes it on to the console is the way in, never among
// the parts "not reached"; a part that only feeds the console, with no
// link outside, stays not reached.
func TestRemoteServiceRelayReached(t *testing.T) {
	for _, tc := range []struct {
		name, flows, reach string
	}{
		{"a relay", `[[data_flows]]
id = "DF-03"
from = "Manufacturer remote service"
to = "gateway"
data = ["software"]
protection = "TLS"
[[data_flows]]
id = "DF-04"
from = "gateway"
to = "console"
data = ["software"]
protection = "session"
`, "the Operator console only (through the Remote Service Gateway), not the Scanner host computer"},
		{"no link to the console", `[[data_flows]]
id = "DF-03"
from = "Manufacturer remote service"
to = "gateway"
data = ["software"]
protection = "TLS"
`, "the Operator console only, not the Scanner host computer or the Remote Service Gateway"},
	} {
		p, _ := decodeRemoteParts(t, relayBase+tc.flows)
		got := p.RemoteServiceReach()
		if got != tc.reach {
			t.Errorf("%s: RemoteServiceReach() = %q, want %q", tc.name, got, tc.reach)
		}
	}
}

// TestRemoteServiceRelayReverse: a part whose flow comes from the reached
// part, which has no link outside of its own, relays the service; where
// the reached part has its own link outside, such a flow does not make
// the other part a relay.
func TestRemoteServiceRelayReverse(t *testing.T) {
	up := `[[data_flows]]
id = "DF-03"
from = "console"
to = "gateway"
data = ["logs"]
protection = "cable"
[[data_flows]]
id = "DF-04"
from = "gateway"
to = "Manufacturer remote service"
data = ["logs"]
protection = "TLS"
`
	shut := strings.Replace(relayBase, "to = \"Hospital PACS\"", "to = \"host\"", 1)
	for _, tc := range []struct{ name, base, reach string }{
		{"console shut in", shut, "the Operator console only (through the Remote Service Gateway), not the Scanner host computer"},
		{"console on the PACS", relayBase, "the Operator console only, not the Scanner host computer or the Remote Service Gateway"},
	} {
		p, _ := decodeRemoteParts(t, tc.base+up)
		if got := p.RemoteServiceReach(); got != tc.reach {
			t.Errorf("%s: RemoteServiceReach() = %q, want %q", tc.name, got, tc.reach)
		}
	}
}
