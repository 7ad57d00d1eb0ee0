package content

import (
	"strings"
	"testing"
)

// flowPortBase: a device and a server the hospital hosts, both on its
// network; the server pushes software to the device (DF-1, no interface
// named) and no port links the two.
const flowPortBase = `schema_version = 2
id = "p"

[[parts]]
id = "dev"
name = "Acme gateway"
runs = "device"
description = "D."

[[parts]]
id = "srv"
name = "Acme server"
runs = "customer_hosted"
hosting = "premises"
description = "S."

[[flow_endpoints]]
name = "Hospital EHR"
zone = "customer_infrastructure"

[[flow_endpoints]]
name = "Hospital LIS"
zone = "customer_infrastructure"

[[interfaces]]
id = "dev-eth"
name = "Ethernet"
kind = "ethernet"
part = "dev"

[[interfaces]]
id = "dev-bt"
name = "Bluetooth"
kind = "bluetooth"
part = "dev"

[[interfaces]]
id = "srv-nic"
name = "Server adapter"
kind = "virtual_nic"
part = "srv"

[[interfaces]]
id = "srv-nic2"
name = "Second server adapter"
kind = "virtual_nic"
part = "srv"

[[ports]]
number = 2575
transport = "tcp"
service = "HL7"
purpose = "P"
direction = "in"
interface = "srv-nic"
endpoints = ["Hospital EHR"]

[[data_flows]]
id = "DF-1"
from = "srv"
to = "dev"
data = ["software"]
protection = "P."
`

// TestFlowsWithoutPort: rtls's CSD ended with "Deny everything else" and
// its notice said to block every other port beside a data flow between
// two parts on the hospital network that named no interface, with no
// caveat, as it gives for a remote service or a directory sign-in with no
// port. A flow between two things on the customer's network that no port
// could carry now gets a caveat before the final deny and a warning; a
// port between its ends in either direction (a pull rides the receiver's
// connection), a port on its interface, a point-to-point link, or an end
// the manufacturer hosts says nothing.
func TestFlowsWithoutPort(t *testing.T) {
	const warn = `warning: data_flows[0]: data flow DF-1 goes from Acme server to Acme gateway, both on the customer's network, but no port could carry it`
	port := func(number, dir, iface, peer string) string {
		return "\n[[ports]]\nnumber = " + number + "\ntransport = \"tcp\"\nservice = \"S\"\npurpose = \"P\"\ndirection = \"" + dir + "\"\ninterface = \"" + iface + "\"\n" + peer + "\n"
	}
	flowOver := func(iface string) string {
		return strings.Replace(flowPortBase, "data = [\"software\"]", "data = [\"software\"]\ninterface = \""+iface+"\"", 1)
	}
	const text = "The product data state no port for data flow DF-1, from the Acme server to the Acme gateway: check which connection it needs before applying rule 2, the final deny, and allow it."
	for _, tc := range []struct {
		name, src string
		want      []string
		text      string
	}{
		{"no port between the ends", flowPortBase, []string{warn}, text},
		{"the server connects to the device", flowPortBase + port("22", "out", "srv-nic", `peer_part = "dev"`), nil, ""},
		{"the device listens for the server", flowPortBase + port("22", "in", "dev-eth", `peer_part = "srv"`), nil, ""},
		// the server's push may ride the device's connection, or need one of its own: the data do not say
		{"the device connects to the server", flowPortBase + port("8443", "out", "dev-eth", `peer_part = "srv"`), nil, "The product data state no port for data flow DF-1, from the Acme server to the Acme gateway: the connection listed between the two, on TCP 8443, is opened by the Acme gateway, and whether the flow uses it or a connection of its own is not stated. Find out which connection that flow uses before applying rule 3, the final deny, and allow it."},
		{"the device listens for any host", flowPortBase + port("22", "in", "dev-eth", ""), nil, ""},
		{"a port of the flow's interface to another system", flowOver("dev-eth") + port("123", "out", "dev-eth", `endpoints = ["Hospital EHR"]`), []string{warn}, strings.Replace(text, "rule 2", "rule 3", 1)},
		{"over Bluetooth", flowOver("dev-bt"), nil, ""},
		{"the server hosted by the manufacturer", strings.Replace(flowPortBase, "runs = \"customer_hosted\"\nhosting = \"premises\"", "runs = \"manufacturer_hosted\"", 1) + port("22", "in", "dev-eth", `endpoints = ["Hospital EHR"]`), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return strings.Contains(d.Message, "but no port could carry it")
			}, tc.want)
			if got := p.FlowsWithoutPortFinalDenyText(true); got != tc.text {
				t.Errorf("FlowsWithoutPortFinalDenyText = %q; want %q", got, tc.text)
			}
		})
	}

	// a flow to the customer's own system over an interface with no port,
	// where no port reaches that system
	lis := flowPortBase + "\n[[data_flows]]\nid = \"DF-2\"\nfrom = \"srv\"\nto = \"Hospital LIS\"\ndata = [\"phi\"]\ninterface = \"srv-nic2\"\nprotection = \"P.\"\n" + port("22", "in", "dev-eth", `peer_part = "srv"`)
	p, _ := loadParts(t, lis)
	if got, want := p.FlowsWithoutPortFinalDenyText(false), "The product data state no port for data flow DF-2, from the Acme server to Hospital LIS: check which connection it needs before applying rule 3, and allow it."; got != want {
		t.Errorf("FlowsWithoutPortFinalDenyText = %q; want %q", got, want)
	}
	// a port whose endpoint is a name no flow end knows may be the LIS
	p, _ = loadParts(t, lis+port("2576", "out", "srv-nic", `endpoints = ["Laboratory system"]`))
	if got := p.FlowsWithoutPort(); len(got) != 0 {
		t.Errorf("FlowsWithoutPort = %v; want none: the port to \"Laboratory system\" may carry DF-2", got)
	}
	// the notice counts its needed ports too
	p, _ = loadParts(t, flowPortBase)
	if got := p.FlowsWithoutPortBesidesText(p.Ports); !strings.Contains(got, "before blocking every other port, and allow it.") {
		t.Errorf("FlowsWithoutPortBesidesText = %q", got)
	}
}
