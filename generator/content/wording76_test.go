package content

import "testing"

// TestNameVersion: a name already ending with its version, as a whole
// word and case aside, is printed alone; any other is joined with it.
func TestNameVersion(t *testing.T) {
	for _, tc := range []struct{ name, version, want string }{
		{"Windows 11", "11", "Windows 11"},
		{"Windows 10 IoT Enterprise LTSC 2021", "LTSC 2021", "Windows 10 IoT Enterprise LTSC 2021"},
		{"Windows 10 IoT Enterprise LTSC 2021", "ltsc 2021", "Windows 10 IoT Enterprise LTSC 2021"},
		{"zephyr-3.6", "3.6", "zephyr-3.6"},
		{"OpenSSL", "3.0", "OpenSSL 3.0"},
		{"Python3", "3", "Python3 3"},     // not a whole word
		{"Foo 1.11", "11", "Foo 1.11 11"}, // 11 is not 1.11
		{"Windows Server 2022", "22H2", "Windows Server 2022 22H2"},
		{"11", "11", "11 11"}, // the name is the version: nothing to go by
		{"curl", "", "curl"},
		{"", "1.0", "1.0"},
	} {
		if got := NameVersion(tc.name, tc.version); got != tc.want {
			t.Errorf("NameVersion(%q, %q) = %q, want %q", tc.name, tc.version, got, tc.want)
		}
	}
	pl := Platform{Name: "Windows 11"}
	if got := pl.Label(PlatformVersion{Version: "11"}); got != "Windows 11" {
		t.Errorf("Label = %q, want Windows 11", got)
	}
}

// TestSBOMOnRequestDetail: what only repeats that the SBOM is available
// on request is left out; how to obtain it is kept.
func TestSBOMOnRequestDetail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Available to customers on request.", ""},
		{"  available on request ", ""},
		{"The SBOM is available to customers on request.", ""},
		{"Available to customers on request. Ask Lumora Service.", "Ask Lumora Service."},
		{"Available on request from security@example.com.", "Available on request from security@example.com."},
		{"Hospitals request the SBOM from security@tallowmere.example.", "Hospitals request the SBOM from security@tallowmere.example."},
		{"", ""},
	} {
		if got := (SBOM{OnRequest: tc.text}).OnRequestDetail(); got != tc.want {
			t.Errorf("OnRequestDetail(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDirectorySignInProtocols: LDAPS where a directory account's
// authentication or a port says so, else LDAP.
func TestDirectorySignInProtocols(t *testing.T) {
	dir := Account{Role: "Physicist", SignIn: []SignIn{"directory"}, Authentication: "Hospital Active Directory account, checked over LDAPS."}
	local := Account{Role: "Service", SignIn: []SignIn{"local"}, Authentication: "Local account, LDAPS not used."}
	for _, tc := range []struct {
		name string
		p    Product
		want string
	}{
		{"account says LDAPS", Product{Accounts: []Account{dir}}, "Kerberos and LDAPS"},
		{"only a local account says LDAPS", Product{Accounts: []Account{local}}, "Kerberos and LDAP"},
		{"port 636", Product{Ports: []Port{{Number: 636, Service: "Directory"}}}, "Kerberos and LDAPS"},
		{"port purpose", Product{Ports: []Port{{Number: 443, Service: "HTTPS", Purpose: "Clients and LDAPS sign-in checks"}}}, "Kerberos and LDAPS"},
		{"nothing said", Product{Accounts: []Account{{Role: "User", SignIn: []SignIn{"directory"}, Authentication: "Hospital account."}}}, "Kerberos and LDAP"},
	} {
		if got := tc.p.DirectorySignInProtocols(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
