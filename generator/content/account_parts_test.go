package content

import (
	"slices"
	"strings"
	"testing"
)

// TestAccountPartsDirectorySignIn: an account whose directory sign-in is
// on the customer's own computers (accounts.parts naming only
// customer_device parts) is the hosts' own sign-in, though a device part
// of the product joins the hospital network beside them (the eegremote
// fixture: its Reviewer signs in to Windows on the hospital's PCs): no
// warning, no CSD caveat, no MDS2 note. An account that names a device
// part, or none, or a customer_device at home, keeps them; an unknown
// part, one named twice and an empty list are errors.
func TestAccountPartsDirectorySignIn(t *testing.T) {
	const parts = `schema_version = 2
id = "p"
home_use = HOME

[[parts]]
id = "acq"
name = "Acquisition workstation"
runs = "device"

[[parts]]
id = "review"
name = "Review"
runs = "customer_device"

[[interfaces]]
id = "acq-lan"
name = "Workstation Ethernet"
kind = "ethernet"
part = "acq"

[[interfaces]]
id = "rev-lan"
name = "Network connection of the PC"
kind = "ethernet"
part = "review"

[[ports]]
number = 445
transport = "tcp"
service = "SMB"
purpose = "Studies to the NAS."
direction = "out"
interface = "acq-lan"
endpoints = ["Hospital NAS"]

[[accounts]]
role = "Reviewer"
kind = "user"
authentication = "Windows sign-in with the reviewer's domain account"
privileges = "Review."
provisioning = "By the hospital."
sign_in = ["directory"]
`
	const warning = `warning: accounts[0].sign_in: account "Reviewer" signs in through the customer's directory, but no port reaches one`
	tests := []struct {
		name, home, partsKey string
		want                 []string
		roles                []string
	}{
		{"parts not written", "false", "", []string{warning}, []string{"Reviewer"}},
		{"only the hospital's PCs", "false", `parts = ["review"]`, nil, nil},
		{"the workstation too", "false", `parts = ["review", "acq"]`, []string{warning}, []string{"Reviewer"}},
		{"PCs at home", "true", `parts = ["review"]`, []string{warning}, []string{"Reviewer"}},
		{"unknown part", "false", `parts = ["nas"]`, []string{`accounts[0].parts[0]: unknown part "nas"`, warning}, []string{"Reviewer"}},
		{"named twice", "false", `parts = ["review", "review"]`, []string{`accounts[0].parts[1]: "review" is listed twice`}, nil},
		{"empty list", "false", `parts = []`, []string{`accounts[0].parts: an empty list names no part`, warning}, []string{"Reviewer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(parts, "HOME", tc.home, 1) + tc.partsKey + "\n"
			p, diags := loadParts(t, src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return strings.Contains(d.Message, "signs in through the customer's directory") || strings.Contains(d.Path, ".parts")
			}, tc.want)
			if got := p.directorySignInsWithoutPort(nil); !slices.Equal(got, tc.roles) {
				t.Errorf("directorySignInsWithoutPort = %q; want %q", got, tc.roles)
			}
		})
	}
}
