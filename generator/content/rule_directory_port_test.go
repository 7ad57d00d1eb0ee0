package content

import (
	"strconv"
	"strings"
	"testing"
)

// TestDirectoryPortListed: an account that signs in through the
// customer's directory beside ports none of which reaches one is a
// warning at its sign_in; a directory port (by number or by service), no
// directory account, or no port list says nothing; a version that adds
// the port is told apart from the one before it.
func TestDirectoryPortListed(t *testing.T) {
	const base = `schema_version = 2
id = "p"

[[interfaces]]
id = "eth"
name = "Ethernet"
kind = "ethernet"

[[accounts]]
role = "Clinician"
kind = "user"
authentication = "Domain account"
privileges = "Review."
provisioning = "By the hospital."
sign_in = ["directory", "local"]
`
	port := func(n int, transport, service, direction string) string {
		return "\n[[ports]]\nnumber = " + strconv.Itoa(n) + "\ntransport = \"" + transport + "\"\nservice = \"" + service + "\"\npurpose = \"P\"\ndirection = \"" + direction + "\"\ninterface = \"eth\"\nendpoints = [\"Hospital\"]\n"
	}
	dicom := port(104, "tcp", "DICOM", "in")
	const warning = `warning: accounts[0].sign_in: account "Clinician" signs in through the customer's directory, but no port reaches one`
	tests := []struct {
		name, src string
		want      []string
	}{
		{"directory sign-in, DICOM only", base + dicom, []string{warning}},
		{"Kerberos", base + dicom + port(88, "tcp", "Kerberos", "out"), nil},
		{"LDAPS", base + dicom + port(636, "tcp", "Directory", "out"), nil},
		{"global catalog", base + dicom + port(3268, "tcp", "GC", "both"), nil},
		{"LDAP named on another port", base + dicom + port(1636, "tcp", "LDAP over TLS", "out"), nil},
		{"a directory port the product only listens on", base + dicom + port(389, "tcp", "LDAP", "in"), []string{warning}},
		{"local sign-in only", strings.Replace(base, `["directory", "local"]`, `["local"]`, 1) + dicom, nil},
		{"sign-in not stated", strings.Replace(base, "sign_in = [\"directory\", \"local\"]\n", "", 1) + dicom, nil},
		{"no ports listed", base, nil},
		// Versions that change nothing share one view: told once, naming none.
		{"versions that change nothing", base + dicom + twoVersions, []string{warning}},
		{"a later version adds the port", base + dicom + twoVersions + `[versions.changes]
[[versions.changes.ports_added]]
number = 88
transport = "udp"
service = "Kerberos"
purpose = "Sign-in."
direction = "out"
interface = "eth"
endpoints = ["Domain controllers"]
`, []string{`warning: accounts[0].sign_in: in version 1.0, account "Clinician" signs in`}},
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
