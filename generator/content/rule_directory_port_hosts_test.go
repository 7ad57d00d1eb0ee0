package content

import (
	"strings"
	"testing"
)

// TestDirectoryPortHosts: where every part on the customer's side that a
// directory sign-in could reach runs on a computer or phone the customer
// keeps, the sign-in is that host's and no directory port is asked for;
// a server the customer hosts, a device part on the customer's network,
// an app on patients' phones at home, or a device part whose interfaces
// are not written keeps the warning.
func TestDirectoryPortHosts(t *testing.T) {
	const accounts = `
[[accounts]]
role = "Clinician"
kind = "user"
authentication = "Windows sign-in with the clinician's domain account"
privileges = "Review."
provisioning = "By the hospital."
sign_in = ["directory"]
`
	// A recorder read from its memory card and analysis software on the
	// hospital's own PCs that sends results to the EHR (the holter
	// fixture).
	const recorder = `
[[parts]]
id = "rec"
name = "Recorder"
runs = "device"
`
	part := func(runs string) string {
		return "\n[[parts]]\nid = \"app\"\nname = \"Analyst\"\nruns = \"" + runs + "\"\n"
	}
	const ifaces = `
[[interfaces]]
id = "card"
name = "Memory card"
kind = "removable_media"
part = "rec"

[[interfaces]]
id = "lan"
name = "Network connection of the PC"
kind = "ethernet"
part = "app"
`
	const recLAN = `
[[interfaces]]
id = "rec-lan"
name = "Recorder Ethernet"
kind = "ethernet"
part = "rec"
`
	const hl7 = `
[[ports]]
number = 2575
transport = "tcp"
service = "HL7 v2 over MLLP"
purpose = "Results to the EHR."
direction = "out"
interface = "lan"
endpoints = ["EHR interface engine"]
`
	head := func(home string) string {
		return "schema_version = 2\nid = \"p\"\nhome_use = " + home + "\n"
	}
	const warning = `warning: accounts[0].sign_in: account "Clinician" signs in through the customer's directory, but no port reaches one`
	tests := []struct {
		name, src string
		want      []string
	}{
		{"software on the hospital's own PCs, recorder off the network", head("false") + recorder + part("customer_device") + ifaces + hl7 + accounts, nil},
		// Software on a server may check the directory itself (over LDAPS).
		{"software on a server the hospital hosts", head("false") + recorder + part("customer_hosted") + ifaces + hl7 + accounts, []string{warning}},
		{"the recorder joins the hospital network too", head("false") + recorder + part("customer_device") + ifaces + recLAN + hl7 + accounts, []string{warning}},
		{"interfaces not written", head("false") + recorder + part("customer_device") + strings.Replace(hl7, "interface = \"lan\"\n", "part = \"app\"\n", 1) + accounts, []string{warning}},
		{"an app on patients' own devices at home", head("true") + recorder + part("customer_device") + ifaces + hl7 + accounts, []string{warning}},
		{"a device part alone", head("false") + strings.Replace(ifaces, "part = \"app\"", "part = \"rec\"", 1) + recorder + hl7 + accounts, []string{warning}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return strings.Contains(d.Message, "signs in through the customer's directory")
			}, tc.want)
		})
	}
}
