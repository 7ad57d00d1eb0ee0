package content

import (
	"slices"
	"testing"
)

// TestDirectorySignInUnstated: a workstation on the hospital network
// whose physicians sign in through the hospital's directory, with no port
// reaching one, has a sign-in the final deny would cut off; a port to a
// directory (LDAPS) states it, an account signing in locally needs none,
// and a product without the final deny isolates nothing.
func TestDirectorySignInUnstated(t *testing.T) {
	ws := Part{ID: "ws", Name: "Workstation", Runs: "device"}
	dicom := Port{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"Hospital PACS"}}
	ldaps := Port{Number: 636, Transport: "tcp", Service: "LDAPS", Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"Domain controllers"}}
	physician := Account{Role: "Reviewing physician", Kind: "user", SignIn: []SignIn{"directory"}}
	nurse := Account{Role: "Nurse", Kind: "user", SignIn: []SignIn{"local"}}
	product := func(accounts []Account, ports ...Port) *Product {
		return &Product{Parts: []Part{ws}, Ports: ports, Accounts: accounts,
			Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "Ethernet", Part: "ws"}}}
	}
	for _, tc := range []struct {
		name string
		p    *Product
		want []string
	}{
		{"directory sign-in, no directory port", product([]Account{physician, nurse}, dicom), []string{"Reviewing physician"}},
		{"an LDAPS port", product([]Account{physician, nurse}, dicom, ldaps), nil},
		{"local sign-in only", product([]Account{nurse}, dicom), nil},
		{"no port, no final deny", product([]Account{physician}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.DirectorySignInUnstated(); !slices.Equal(got, tc.want) {
				t.Errorf("DirectorySignInUnstated = %q; want %q", got, tc.want)
			}
		})
	}
	if got, want := product(nil).AccountsOfRoles([]string{"Physician", "Nurse"}), `the "Physician" and "Nurse" accounts`; got != want {
		t.Errorf("AccountsOfRoles = %q; want %q", got, want)
	}
}

// TestUnstatedBesidesANoticesPorts: a notice lists the ports needed of
// every version it concerns, the product being its newest: a DNS or LDAP
// port among them, of an older version, is stated, though the newest
// version lacks it; a notice that lists no port needed says nothing.
func TestUnstatedBesidesANoticesPorts(t *testing.T) {
	ws := Part{ID: "ws", Name: "Workstation", Runs: "device"}
	dicom := Port{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "out", Interface: "lan", Part: "ws"}
	dns := Port{Number: 53, Transport: "udp", Service: "DNS", Direction: "out", Interface: "lan", Part: "ws"}
	kerberos := Port{Number: 88, Transport: "tcp", Service: "Kerberos", Direction: "out", Interface: "lan", Part: "ws"}
	p := &Product{Parts: []Part{ws}, Ports: []Port{dicom},
		Accounts:   []Account{{Role: "Physician", Kind: "user", SignIn: []SignIn{"directory"}}},
		Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "Ethernet", Part: "ws"}}}
	const dhcp, ntp = "address assignment (DHCP, UDP 67 and 68)", "time synchronisation (NTP, UDP 123)"
	if got, want := p.BasicServicesUnstatedBesides([]Port{dicom, dns}), []string{dhcp, ntp}; !slices.Equal(got, want) {
		t.Errorf("BasicServicesUnstatedBesides = %q; want %q", got, want)
	}
	if got := p.BasicServicesUnstatedBesides(nil); got != nil {
		t.Errorf("BasicServicesUnstatedBesides, no port needed = %q; want none", got)
	}
	if got, want := p.DirectorySignInUnstatedBesides([]Port{dicom}), []string{"Physician"}; !slices.Equal(got, want) {
		t.Errorf("DirectorySignInUnstatedBesides = %q; want %q", got, want)
	}
	if got := p.DirectorySignInUnstatedBesides([]Port{dicom, kerberos}); got != nil {
		t.Errorf("DirectorySignInUnstatedBesides, Kerberos needed = %q; want none", got)
	}
}
