package content

import (
	"strings"
	"testing"
)

// remotePortBase: a device that only connects out, to the hospital's EHR,
// with remote service offered and no port for it.
const remotePortBase = `schema_version = 2
id = "p"

[[parts]]
id = "dev"
name = "Pump"
runs = "device"
description = "D."

[[interfaces]]
id = "eth"
name = "Ethernet"
kind = "ethernet"
part = "dev"

[[ports]]
number = 2575
transport = "tcp"
service = "HL7"
purpose = "P"
direction = "out"
interface = "eth"
endpoints = ["Hospital EHR"]

[remote_service]
offered = true
`

// TestRemoteServiceWithoutPort: eegremote's CSD said "Ports listening …
// None" and its plan "listen on no port" while remote service was offered
// and no port carried it, and with connection = "inbound" beside "connects
// in to a port the device listens on". Such a remote service now makes the
// listening ports not stated, with a sentence saying why, a caveat before
// the final deny, and a warning; a port that could carry it, an outbound
// connection, or a service not offered says nothing.
func TestRemoteServiceWithoutPort(t *testing.T) {
	const unsaid = `warning: remote_service.offered: remote_service.offered = true, but no port of Pump listens or connects to a part the manufacturer hosts, and how the remote service connects is not stated`
	const inbound = `warning: remote_service.connection: remote_service.connection = "inbound" says the manufacturer connects in to Pump, but no port of Pump listens`
	listen := "\n[[ports]]\nnumber = 22\ntransport = \"tcp\"\nservice = \"SSH\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"eth\"\nendpoints = [\"Acme service centre\"]\n"
	hosted := "\n[[parts]]\nid = \"hub\"\nname = \"Acme hub\"\nruns = \"manufacturer_hosted\"\ndescription = \"H.\"\n\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"eth\"\npeer_part = \"hub\"\n"
	for _, tc := range []struct {
		name, src string
		want      []string
		text      string
	}{
		{"connection not stated", remotePortBase, []string{unsaid}, "Acme's remote service reaches Pump by a connection whose port and direction are not stated"},
		{"inbound", remotePortBase + "connection = \"inbound\"\n", []string{inbound}, "Acme's remote service connects in to Pump on a port that is not stated"},
		{"outbound", remotePortBase + "connection = \"outbound\"\n", nil, ""},
		{"a listening port", remotePortBase + listen, nil, ""},
		{"connects to a part the manufacturer hosts", strings.Replace(remotePortBase, "[remote_service]", hosted+"\n[remote_service]", 1), nil, ""},
		{"not offered", strings.Replace(remotePortBase, "offered = true", "offered = false", 1), nil, ""},
		{"ports not written", strings.Replace(remotePortBase, remotePortBase[strings.Index(remotePortBase, "[[ports]]"):strings.Index(remotePortBase, "[remote_service]")], "", 1), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRemoteServicePort(t, tc.src, tc.want, tc.text) })
	}
	p, _ := loadParts(t, remotePortBase)
	if got, want := p.RemoteServiceFinalDenyText("Acme"), "The product data state no port for the remote-service connection by which Acme reaches Pump: check which connection it needs before applying rule 2, the final deny, and allow it."; got != want {
		t.Errorf("RemoteServiceFinalDenyText = %q; want %q", got, want)
	}
}

// checkRemoteServicePort loads src and holds its remote-service-port
// warning to want (the paths warned, nil for none) and
// RemoteServiceWithoutPortText to text.
func checkRemoteServicePort(t *testing.T, src string, want []string, text string) {
	t.Helper()
	p, diags := loadParts(t, src)
	wantDiagnostics(t, diags, func(d Diagnostic) bool {
		return strings.Contains(d.Message, "the CSD's firewall section asks the customer to check the remote-service connection")
	}, want)
	if got := p.RemoteServiceWithoutPortText("Acme"); got != text {
		t.Errorf("RemoteServiceWithoutPortText = %q; want %q", got, text)
	}
}
