package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

func account(role string, signIn ...string) content.Account {
	a := content.Account{Role: role, Kind: "user"}
	for _, s := range signIn {
		a.SignIn = append(a.SignIn, content.SignIn(s))
	}
	return a
}

// TestCheckExternalSignInAgainstData: a hand PAUT-2 or AUTH-1.1 No
// beside an account that signs in through the customer's directory or
// identity provider, and a Yes beside accounts that all sign in locally,
// warn; a note, a consistent answer, an account that does not say, and
// no accounts do not.
func TestCheckExternalSignInAgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	sso := func(w *world) {
		w.p.Accounts = []content.Account{account("Administrator", "local"), account("Radiologist", "federated")}
	}
	local := func(w *world) {
		w.p.Accounts = []content.Account{account("Administrator", "local"), account("Nurse", "local")}
	}
	var tests []againstDataCase
	for _, id := range []string{"PAUT-2", "AUTH-1.1"} {
		is := map[string][2]string{
			"PAUT-2":   {"authentication of users through an external service", "no authentication through an external service"},
			"AUTH-1.1": {"credentials managed in the customer's directory or federation service", "no directory or federation service that manages the users' credentials"},
		}[id]
		tests = append(tests,
			againstDataCase{id + " No beside single sign-on", id, no, sso,
				"answer No, but accounts[1].sign_in (content/p.toml:1) lists federated for Radiologist: it signs in through the customer's identity provider: that is " + is[0]},
			againstDataCase{id + " No beside a directory the customer may choose", id, no, func(w *world) {
				w.p.Accounts = []content.Account{account("Operator", "local", "directory")}
			}, "lists directory for Operator: it signs in through the customer's directory service"},
			againstDataCase{id + " No with its note", id, content.MDS2Answer{Answer: "no", Note: 1}, sso, ""},
			againstDataCase{id + " Yes beside single sign-on", id, yes, sso, ""},
			againstDataCase{id + " Yes beside local accounts only", id, yes, local,
				"answer Yes, but accounts (content/p.toml:1) lists only accounts that sign in locally (sign_in = local: Administrator and Nurse): that is " + is[1]},
			againstDataCase{id + " Yes with its note", id, content.MDS2Answer{Answer: "yes", Note: 2}, local, ""},
			againstDataCase{id + " No beside local accounts only", id, no, local, ""},
			againstDataCase{id + " Yes, an account does not say", id, yes, func(w *world) {
				local(w)
				w.p.Accounts[1].SignIn = nil
			}, ""},
			againstDataCase{id + " Yes, no accounts", id, yes, func(w *world) {}, ""},
		)
	}
	tests = append(tests,
		againstDataCase{"PAUT-9 No beside single sign-on", "PAUT-9", no, sso,
			"answer No, but accounts[1].sign_in (content/p.toml:1) lists federated for Radiologist: it signs in through the customer's identity provider: that is single sign-on"},
		againstDataCase{"PAUT-9 No beside a directory", "PAUT-9", no, func(w *world) {
			w.p.Accounts = []content.Account{account("Operator", "directory")}
		}, ""},
		againstDataCase{"PAUT-9 Yes beside local accounts only", "PAUT-9", yes, local, ""},
	)
	runAgainstData(t, tests)
}
