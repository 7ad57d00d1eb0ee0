package content

import (
	"strings"
	"testing"
)

// TestSIEMPortsListed: SIEM forwarding whose transport names a port a
// version's own ports lack is a warning for that version (the forwarding
// written at the top level for a later version that added the port);
// forwarding on a listed port, not supported, or restated by the version
// that added the port says nothing.
func TestSIEMPortsListed(t *testing.T) {
	const base = `schema_version = 2
id = "p"

[[interfaces]]
id = "eth"
name = "Ethernet"
kind = "ethernet"

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
[[versions.changes.ports_added]]
number = 6514
transport = "tcp"
service = "Syslog over TLS"
purpose = "Events to the SIEM."
direction = "out"
interface = "eth"
endpoints = ["Hospital syslog collector"]
`
	const restated = "[versions.changes.siem]\nsupported = true\nformat = \"RFC 5424\"\ntransport = \"TLS on TCP 6514\"\n"
	tests := []struct {
		name, src string
		want      []string // the warnings' starts
	}{
		{"top level, port added later", base + "[logging.siem]\nsupported = true\nformat = \"RFC 5424\"\ntransport = \"TLS on TCP 6514\"\n",
			[]string{"warning: logging.siem.transport: in version 1.0, SIEM forwarding uses TCP 6514, which that version's ports do not list"}},
		{"port written tcp/6514", base + "[logging.siem]\nsupported = true\nformat = \"RFC 5424\"\ntransport = \"tcp/6514\"\n",
			[]string{"warning: logging.siem.transport: in version 1.0, SIEM forwarding uses TCP 6514"}},
		{"wrong transport", base + "[logging.siem]\nsupported = true\nformat = \"RFC 5424\"\ntransport = \"UDP port 6514\"\n",
			// Neither version lists 6514/udp: both are told.
			[]string{"in version 1.0, SIEM forwarding uses UDP 6514", "in version 2.0, SIEM forwarding uses UDP 6514"}},
		{"restated by the version that added the port", base + restated, nil},
		{"not supported", base + "[logging.siem]\nsupported = false\ntransport = \"TLS on TCP 6514\"\n", nil},
		{"no port named", base + "[logging.siem]\nsupported = true\nformat = \"RFC 5424\"\ntransport = \"TLS to the collector\"\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Message, "SIEM forwarding uses") }, tc.want)
		})
	}
}
