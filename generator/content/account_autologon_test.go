package content

import (
	"strings"
	"testing"
)

// TestAccountAutoLogon: auto_logon = true marks an account the product
// signs in by itself; beside sign_in = [] (used without signing in) it is
// refused, of an account a version adds too.
func TestAccountAutoLogon(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	account := func(extra string) string {
		return head + "[[accounts]]\nrole = \"Clinician\"\nkind = \"user\"\nauthentication = \"Shared account\"\nprivileges = \"P\"\nprovisioning = \"None\"\n" + extra
	}
	added := head + "[[versions]]\nversion = \"1.0\"\n[[versions]]\nversion = \"2.0\"\n[[versions.changes.accounts_added]]\nrole = \"Guest\"\nkind = \"user\"\nprivileges = \"P\"\nprovisioning = \"None\"\n"
	for _, tc := range []struct {
		name, src string
		auto      Tri
		want      string // the auto_logon diagnostic, "" for none
	}{
		{"local, automatic log-on", account("sign_in = [\"local\"]\nauto_logon = true\n"), True, ""},
		{"local, not automatic", account("sign_in = [\"local\"]\nauto_logon = false\n"), False, ""},
		{"not written", account("sign_in = [\"local\"]\n"), Unstated, ""},
		{"sign_in not written, automatic log-on", account("auto_logon = true\n"), True, ""},
		{"used without signing in, automatic log-on", account("sign_in = []\nauto_logon = true\n"), True, "accounts[0].auto_logon: auto_logon = true beside sign_in = []"},
		{"used without signing in, auto_logon false", account("sign_in = []\nauto_logon = false\n"), False, ""},
		{"a version's account", added + "sign_in = []\nauto_logon = true\n", Unstated, "versions[1].changes.accounts_added[0].auto_logon: auto_logon = true beside sign_in = []"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			if _, diags, ok := DecodeTOML("p.toml", []byte(tc.src), p); !ok {
				t.Fatalf("decoding: %v", diags)
			}
			if len(p.Accounts) > 0 && p.Accounts[0].AutoLogon != tc.auto {
				t.Errorf("AutoLogon = %v, want %v", p.Accounts[0].AutoLogon, tc.auto)
			}
			var got []string
			for _, d := range validateInDir(t, tc.src, nil) {
				if strings.Contains(d.Path, "auto_logon") {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("unexpected: %s", strings.Join(got, "\n"))
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
				t.Errorf("got %q, want one diagnostic starting %q", got, tc.want)
			}
		})
	}
}
