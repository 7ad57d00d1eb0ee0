package content

import (
	"strings"
	"testing"
)

// remoteReachBase: software only (no device part), a server the hospital
// hosts and a client on its PCs, with remote service offered, neither
// remote_service.parts nor connection written, and no port for it (the
// server's one listener is for the client only).
const remoteReachBase = `schema_version = 2
id = "p"
customer = "hospital"

[[parts]]
id = "srv"
name = "Ledger server"
runs = "customer_hosted"
description = "S."

[[parts]]
id = "cli"
name = "Ledger client"
runs = "customer_device"
description = "C."

[[interfaces]]
id = "nic"
name = "Server NIC"
kind = "virtual_nic"
part = "srv"

[[interfaces]]
id = "pcnet"
name = "PC network"
kind = "ethernet"
part = "cli"

[[ports]]
number = 8250
transport = "tcp"
service = "Ledger client connection"
purpose = "P"
direction = "in"
interface = "nic"
peer_part = "cli"

[remote_service]
offered = true
`

// TestRemoteServiceReachUnstated: bloodbank and teleicu, software with no
// device part and no remote_service.parts, said as fact that remote
// service reaches the server and the client application on the
// hospital's own PCs. It now reaches the product, and which of its parts
// is said to be not stated; remote_service.parts written still names them.
func TestRemoteServiceReachUnstated(t *testing.T) {
	p, _ := loadParts(t, remoteReachBase)
	if got, want := p.RemoteServiceWithoutPortText("Acme"), "Acme's remote service reaches the product by a connection whose port and direction are not stated; which of its parts it reaches is not stated"; got != want {
		t.Errorf("RemoteServiceWithoutPortText = %q; want %q", got, want)
	}
	if got, want := p.RemoteServiceFinalDenyText("Acme"), "The product data state no port for the remote-service connection by which Acme reaches the product, nor which of its parts it reaches: check which connection it needs before applying rule 2, the final deny, and allow it."; got != want {
		t.Errorf("RemoteServiceFinalDenyText = %q; want %q", got, want)
	}
	in, _ := loadParts(t, remoteReachBase+"connection = \"inbound\"\n")
	if got, want := in.RemoteServiceWithoutPortText("Acme"), "Acme's remote service connects in to the product on a port that is not stated; which of its parts it reaches is not stated"; got != want {
		t.Errorf("inbound: RemoteServiceWithoutPortText = %q; want %q", got, want)
	}
	named, _ := loadParts(t, remoteReachBase+"parts = [\"srv\"]\n")
	if got, want := named.RemoteServiceWithoutPortText("Acme"), "Acme's remote service reaches the Ledger server by a connection whose port and direction are not stated"; got != want {
		t.Errorf("parts written: RemoteServiceWithoutPortText = %q; want %q", got, want)
	}
}

// TestRemoteServiceCustomerAccess: a remote service through the
// customer's own remote-access means (connection customer_access)
// needs no port of the product: no "port not stated" sentence, caveat or
// warning; the documents say the manufacturer connects through the
// customer's own means, whose rules are the customer's.
func TestRemoteServiceCustomerAccess(t *testing.T) {
	p, diags := loadParts(t, remoteReachBase+"connection = \"customer_access\"\n")
	if d := p.RemoteServiceWithoutPort(); d != nil {
		t.Errorf("RemoteServiceWithoutPort = %v; want nil", d)
	}
	wantDiagnostics(t, diags, func(d Diagnostic) bool {
		return strings.Contains(d.Message, "remote_service") || strings.Contains(d.Path, "remote_service")
	}, nil)
	// neither part named: which it reaches is not stated, and the
	// customer is not told to open the tool to any one of them
	const via = "Acme's remote service reaches the product through the hospital's own remote-access means, which the hospital runs and controls under its own rules; which of its parts it reaches is not stated"
	if got := p.RemoteServiceWithoutPortText("Acme"); got != via {
		t.Errorf("RemoteServiceWithoutPortText = %q; want %q", got, via)
	}
	if got, want := p.RemoteServiceFinalDenyText("Acme"), via+": let those rules decide what that means may connect to before applying rule 2, the final deny."; got != want {
		t.Errorf("RemoteServiceFinalDenyText = %q; want %q", got, want)
	}
	if got, want := p.RemoteServiceBesidesText("Acme", p.Ports), via+": let those rules decide what that means may connect to before blocking every other port."; got != want {
		t.Errorf("RemoteServiceBesidesText = %q; want %q", got, want)
	}
	if got := p.RemoteServiceBesidesText("Acme", nil); got != "" {
		t.Errorf("RemoteServiceBesidesText with no port needed = %q; want none", got)
	}
}

// TestRemoteServiceBesidesText: an end-of-support notice's "block every
// other port" had none of the CSD's caveat for a remote-service
// connection no port carries (teleicu).
func TestRemoteServiceBesidesText(t *testing.T) {
	p, _ := loadParts(t, remotePortBase)
	if got, want := p.RemoteServiceBesidesText("Acme", p.Ports), "The product data state no port for the remote-service connection by which Acme reaches Pump: check which connection it needs before blocking every other port, and allow it."; got != want {
		t.Errorf("RemoteServiceBesidesText = %q; want %q", got, want)
	}
	// opened from the hospital's side, its connection still has no port
	// (remoteservice_outbound.go)
	out, _ := loadParts(t, remotePortBase+"connection = \"outbound\"\n")
	if got, want := out.RemoteServiceBesidesText("Acme", out.Ports), "Acme's remote service reaches Pump by a connection opened from the hospital's side, and the product data state no port for it: ask Acme which connection it needs, and allow it before blocking every other port."; got != want {
		t.Errorf("outbound: RemoteServiceBesidesText = %q; want %q", got, want)
	}
}
