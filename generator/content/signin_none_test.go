package content

import (
	"strings"
	"testing"
)

// TestAccountWithoutSignIn: sign_in = [] says the role uses the product
// without signing in, and then needs no authentication; sign_in not
// written says nothing. Authentication not written is not stated, not an
// error (ruleAccountsUnstated warns where a CSD prints it); written blank
// it is refused, of an account a version adds too.
func TestAccountWithoutSignIn(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	account := func(extra string) string {
		return head + "[[accounts]]\nrole = \"Clinician\"\nkind = \"user\"\nprivileges = \"P\"\nprovisioning = \"None\"\n" + extra
	}
	added := head + "[[versions]]\nversion = \"1.0\"\n[[versions]]\nversion = \"2.0\"\n[[versions.changes.accounts_added]]\nrole = \"Guest\"\nkind = \"user\"\nprivileges = \"P\"\nprovisioning = \"None\"\n"
	tests := []struct {
		name, src string
		without   bool   // the account is used without signing in
		want      string // the authentication diagnostic, "" for none
	}{
		{"sign_in = [] without authentication", account("sign_in = []\n"), true, ""},
		{"sign_in = [] with authentication", account("sign_in = []\nauthentication = \"The ward is locked.\"\n"), true, ""},
		{"sign_in not written", account("authentication = \"Password\"\n"), false, ""},
		{"sign_in local", account("authentication = \"Password\"\nsign_in = [\"local\"]\n"), false, ""},
		{"no authentication, sign_in not written", account(""), false, ""},
		{"no authentication, sign_in local", account("sign_in = [\"local\"]\n"), false, ""},
		{"blank authentication", account("authentication = \" \"\n"), false, "accounts[0].authentication: must not be empty or blank"},
		{"a version's account without authentication", added, false, ""},
		{"a version's account with blank authentication", added + "authentication = \"\"\n", false, "versions[1].changes.accounts_added[0].authentication: must not be empty or blank"},
		{"a version's account used without signing in", added + "sign_in = []\n", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			if _, diags, ok := DecodeTOML("p.toml", []byte(tc.src), p); !ok {
				t.Fatalf("decoding: %v", diags)
			}
			if len(p.Accounts) > 0 && p.Accounts[0].WithoutSignIn() != tc.without {
				t.Errorf("WithoutSignIn() = %v, want %v (sign_in %#v)", !tc.without, tc.without, p.Accounts[0].SignIn)
			}
			var got []string
			for _, d := range validateInDir(t, tc.src, nil) {
				if strings.Contains(d.Path, "authentication") {
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
