package content

import (
	"strings"
	"testing"
)

// TestIsolationDirectorySignIn: a notice whose network-isolation text is
// written, for a workstation whose physicians sign in through the
// hospital's directory with no port reaching one (capsule), is warned
// about: the text must let that sign-in through. No text, a directory
// port stated, a local sign-in or notices not built: no warning.
func TestIsolationDirectorySignIn(t *testing.T) {
	ws := Part{ID: "ws", Name: "Workstation", Runs: "device"}
	dicom := Port{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"Hospital PACS"}}
	ldaps := Port{Number: 636, Transport: "tcp", Service: "LDAPS", Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"Domain controllers"}}
	physician := Account{Role: "Reviewing physician", Kind: "user", SignIn: []SignIn{"directory"}}
	nurse := Account{Role: "Nurse", Kind: "user", SignIn: []SignIn{"local"}}
	const isolate = "Allow the workstation to reach only the PACS (TCP 104)."
	product := func(build string, isolation string, accounts []Account, ports ...Port) *Product {
		p := &Product{Parts: []Part{ws}, Ports: ports, Accounts: accounts,
			Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "Ethernet", Part: "ws"}},
			Notices:    []Notice{{ID: "eos-1.6", Kind: "end_of_support", Actions: CustomerActions{NetworkIsolation: isolation}}}}
		p.Documents.Build = []string{build}
		return p
	}
	for _, tc := range []struct {
		name string
		p    *Product
		want string
	}{
		{"directory sign-in, no directory port", product("notices", isolate, []Account{physician, nurse}, dicom),
			`notices[0].customer_actions.network_isolation: notice eos-1.6 prints this text as how to isolate the product on the customer's network, but the "Reviewing physician" account signs in through the customer's directory (accounts.sign_in) and no port reaches one: check that the text allows the connections that sign-in needs`},
		{"no isolation text", product("notices", " ", []Account{physician}, dicom), ""},
		{"an LDAPS port", product("notices", isolate, []Account{physician}, dicom, ldaps), ""},
		{"local sign-in only", product("notices", isolate, []Account{nurse}, dicom), ""},
		{"notices not built", product("csd", isolate, []Account{physician}, dicom), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ruleIsolationDirectorySignIn(tc.p)
			if tc.want == "" {
				if len(d) > 0 {
					t.Errorf("got %v; want nothing", d)
				}
				return
			}
			if len(d) != 1 || !strings.Contains(d[0].String(), tc.want) {
				t.Errorf("got %v; want one saying %q", d, tc.want)
			}
		})
	}
}
