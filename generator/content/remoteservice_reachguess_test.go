package content

import (
	"strings"
	"testing"
)

// remoteReachDeviceAndServer: a device (the station) beside the
// manufacturer's software on a hospital server, remote service through
// the hospital's own remote-access tool, remote_service.parts not
// written (compounding).
const remoteReachDeviceAndServer = `schema_version = 2
id = "p"
customer = "hospital"

[[parts]]
id = "station"
name = "Dose station"
runs = "device"
description = "S."

[[parts]]
id = "srv"
name = "Dose server"
runs = "customer_hosted"
description = "C."

[[interfaces]]
id = "nic"
name = "Server NIC"
kind = "virtual_nic"
part = "srv"

[[interfaces]]
id = "eth"
name = "Station Ethernet"
kind = "ethernet"
part = "station"

[[ports]]
number = 8250
transport = "tcp"
service = "Station connection"
purpose = "P"
direction = "in"
interface = "nic"
peer_part = "station"

[remote_service]
offered = true
connection = "customer_access"
`

// TestRemoteServiceReachDeviceAndServer: compounding said remote service
// reaches the station, and told the hospital to let its remote-access
// tool reach the stations, where the data do not say whether it reaches
// them or the server. It now says which parts is not stated, and check
// warns; a product of device parts only is still reached as the device.
func TestRemoteServiceReachDeviceAndServer(t *testing.T) {
	p, diags := loadParts(t, remoteReachDeviceAndServer)
	const via = "Acme's remote service reaches the product through the hospital's own remote-access means, which the hospital runs and controls under its own rules; which of its parts it reaches is not stated"
	if got := p.RemoteServiceWithoutPortText("Acme"); got != via {
		t.Errorf("RemoteServiceWithoutPortText = %q; want %q", got, via)
	}
	if got, want := p.RemoteServiceFinalDenyText("Acme"), via+": let those rules decide what that means may connect to before applying rule 2, the final deny."; got != want {
		t.Errorf("RemoteServiceFinalDenyText = %q; want %q", got, want)
	}
	wantDiagnostics(t, diags, func(d Diagnostic) bool {
		return strings.Contains(d.Message, "remote_service.parts")
	}, []string{"remote_service.offered: remote_service.parts is not written, and the product has the Dose station and the Dose server on the customer's side"})

	named, diags := loadParts(t, remoteReachDeviceAndServer+"parts = [\"srv\"]\n")
	if got, want := named.RemoteServiceWithoutPortText("Acme"), "Acme's remote service reaches the Dose server through the hospital's own remote-access means, which the hospital runs and controls under its own rules"; got != want {
		t.Errorf("parts written: RemoteServiceWithoutPortText = %q; want %q", got, want)
	}
	wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Message, "remote_service.parts") }, nil)

	// the server gone: the device is all there is on the hospital's side
	deviceOnly := strings.Replace(remoteReachDeviceAndServer, "runs = \"customer_hosted\"", "runs = \"manufacturer_hosted\"", 1)
	dev, diags := loadParts(t, deviceOnly)
	if got, want := dev.RemoteServiceWithoutPortText("Acme"), "Acme's remote service reaches the Dose station through the hospital's own remote-access means, which the hospital runs and controls under its own rules"; got != want {
		t.Errorf("device only: RemoteServiceWithoutPortText = %q; want %q", got, want)
	}
	wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Message, "remote_service.parts") }, nil)
}
