package content

import (
	"strings"
	"testing"
)

// servedBase: a device that only connects out, beside a server the
// hospital hosts whose web user interface lists no port.
const servedBase = `schema_version = 2
id = "p"

[[parts]]
id = "dev"
name = "Pump"
runs = "device"
description = "D."

[[parts]]
id = "srv"
name = "Web server"
runs = "customer_hosted"
description = "S."

[[interfaces]]
id = "eth"
name = "Ethernet"
kind = "ethernet"
part = "dev"

[[interfaces]]
id = "web"
name = "Review pages"
kind = "web_ui"
part = "srv"

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "P"
direction = "out"
interface = "eth"
endpoints = ["Web server"]
`

// TestServedWithoutPort: a web user interface of a part on the device or
// hosted by the customer with no listening port is a warning at the
// interface, and the documents' words say its ports are not stated; its
// listening port written, a web user interface on the customer's own
// computer, an API (which the part may call as a client), a virtual
// adapter, or no ports written at all says nothing.
func TestServedWithoutPort(t *testing.T) {
	const warning = `warning: interfaces[1]: interface "Review pages" (web_ui) of part "Web server" serves its users, so that part listens on the customer's network, but no port of that part listens`
	listen := "\n[[ports]]\nnumber = 8443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"web\"\nendpoints = [\"Browsers\"]\n"
	for _, tc := range []struct {
		name, src string
		want      []string
		text      string
	}{
		{"web_ui, no port", servedBase, []string{warning}, "the Web server serves Review pages, a web user interface, on ports that are not stated"},
		{"an API, which the part may call as a client", strings.Replace(servedBase, `kind = "web_ui"`, `kind = "api"`, 1), nil, ""},
		{"its port written", servedBase + listen, nil, ""},
		{"on the customer's computer", strings.Replace(servedBase, `runs = "customer_hosted"`, `runs = "customer_device"`, 1), nil, ""},
		{"ports not written", servedBase[:strings.Index(servedBase, "[[ports]]")], nil, ""},
		{"a virtual adapter", strings.Replace(servedBase, `kind = "web_ui"`, `kind = "virtual_nic"`, 1), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Message, "serves its users") }, tc.want)
			if got := p.ServedWithoutPortText(); got != tc.text {
				t.Errorf("ServedWithoutPortText = %q; want %q", got, tc.text)
			}
		})
	}
}

// TestPortStateOfEachRow: the listening ports and the connections each
// take the state of the parts they are on: the device's as shipped, the
// hospital-hosted server's as installed, both named where a row has
// both; a product with no device says as shipped of its software.
func TestPortStateOfEachRow(t *testing.T) {
	listen := "\n[[ports]]\nnumber = 8443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"web\"\nendpoints = [\"Browsers\"]\n"
	out := "\n[[ports]]\nnumber = 2575\ntransport = \"tcp\"\nservice = \"HL7\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"web\"\nendpoints = [\"EHR\"]\n"
	for _, tc := range []struct {
		name, src             string
		listening, connecting string
	}{
		{"server listens, device connects", servedBase + listen, "as installed", "as shipped"},
		{"both connect", servedBase + listen + out, "as installed", "as shipped (Pump) or installed (Web server)"},
		{"served without a port", servedBase, "as installed", "as shipped"},
		{"no device", strings.Replace(servedBase, `runs = "device"`, `runs = "customer_hosted"`, 1) + listen, "as shipped", "as shipped"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, tc.src)
			if got := p.ListeningState(); got != tc.listening {
				t.Errorf("ListeningState = %q; want %q", got, tc.listening)
			}
			if got := p.ConnectingState(); got != tc.connecting {
				t.Errorf("ConnectingState = %q; want %q", got, tc.connecting)
			}
		})
	}
}
