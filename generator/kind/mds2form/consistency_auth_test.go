package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

func account(role string, signIn ...string) content.Account {
	a := content.Account{Role: role, Kind: "user"}
	for _, s := range signIn {
		a.SignIn = append(a.SignIn, content.SignIn(s))
	}
	return a
}

// TestCheckExternalSignInAgainstData: a hand PAUT-2 or AUTH-1.1 Yes
// beside accounts that all sign in locally warns; a note, an account that
// does not say, and no accounts do not. (A No beside an account that
// signs in through the customer's directory or identity provider
// contradicts the derived Yes: TestResolveSignInContradictions.)
func TestCheckExternalSignInAgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	local := func(w *world) {
		w.p.Accounts = []content.Account{account("Administrator", "local"), account("Nurse", "local")}
	}
	var tests []againstDataCase
	for _, id := range []string{"PAUT-2", "AUTH-1.1"} {
		is := map[string]string{
			"PAUT-2":   "no authentication through an external service",
			"AUTH-1.1": "no directory or federation service that manages the users' credentials",
		}[id]
		tests = append(tests,
			againstDataCase{id + " Yes beside single sign-on", id, yes, func(w *world) {
				w.p.Accounts = []content.Account{account("Administrator", "local"), account("Radiologist", "federated")}
			}, ""},
			againstDataCase{id + " Yes beside local accounts only", id, yes, local,
				"answer Yes, but accounts (content/p.toml:1) lists only accounts that sign in locally (sign_in = local: Administrator and Nurse): that is " + is},
			againstDataCase{id + " Yes with its note", id, content.MDS2Answer{Answer: "yes", Note: 2}, local, ""},
			againstDataCase{id + " No beside local accounts only", id, no, local, ""},
			againstDataCase{id + " Yes, an account does not say", id, yes, func(w *world) {
				local(w)
				w.p.Accounts[1].SignIn = nil
			}, ""},
			againstDataCase{id + " Yes, no accounts", id, yes, func(w *world) {}, ""},
			againstDataCase{id + " Yes beside local accounts and one used without signing in", id, yes, func(w *world) {
				local(w)
				w.p.Accounts = append(w.p.Accounts, account("Viewer"))
				w.p.Accounts[2].SignIn = []content.SignIn{}
			}, "answer Yes, but accounts (content/p.toml:1) lists only accounts that sign in locally (sign_in = local: Administrator and Nurse) or not at all (sign_in = []: Viewer): that is " + is},
			againstDataCase{id + " Yes, every account used without signing in", id, yes, func(w *world) {
				w.p.Accounts = []content.Account{account("Viewer")}
				w.p.Accounts[0].SignIn = []content.SignIn{}
			}, ""},
		)
	}
	runAgainstData(t, tests)
}

// TestResolveSignInContradictions: a hand No to PAUT-2, AUTH-1.1 or
// PAUT-9 beside an account that signs in through the customer's directory
// or identity provider contradicts the derived Yes: refused without a
// note (the form prints Yes), printed with the override warning with one.
func TestResolveSignInContradictions(t *testing.T) {
	sso := []content.Account{account("Administrator", "local"), account("Radiologist", "federated")}
	directory := []content.Account{account("Operator", "local", "directory")}
	tests := []struct {
		name     string
		id       string
		accounts []content.Account
		answer   content.MDS2Answer
		want     string
		printed  mds2.Answer
	}{
		{"PAUT-2 No beside single sign-on", "PAUT-2", sso, content.MDS2Answer{Answer: "no"},
			"mds2.answers.PAUT-2: answer No contradicts the product data: accounts[1].sign_in (content/p.toml:1) lists federated for Radiologist: it signs in through the customer's identity provider", mds2.Yes},
		{"AUTH-1.1 No beside a directory the customer may choose", "AUTH-1.1", directory, content.MDS2Answer{Answer: "no"},
			"mds2.answers.AUTH-1.1: answer No contradicts the product data: accounts[0].sign_in (content/p.toml:1) lists directory for Operator: it signs in through the customer's directory service", mds2.Yes},
		{"PAUT-9 No beside single sign-on", "PAUT-9", sso, content.MDS2Answer{Answer: "no"},
			"mds2.answers.PAUT-9: answer No contradicts the product data: accounts[1].sign_in", mds2.Yes},
		{"PAUT-2 No with its note", "PAUT-2", sso, content.MDS2Answer{Answer: "no", Note: 1},
			"mds2.answers.PAUT-2: answer No (explained in note 1) overrides the answer Yes the product data gives: accounts[1].sign_in", mds2.No},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			w.p.Accounts = tc.accounts
			w.p.MDS2.Answers = map[string]content.MDS2Answer{tc.id: tc.answer}
			w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "Sign-in through the customer's services is not validated for this release."}}
			form, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			if msgs := strings.Join(diagLines(t, diags), "\n"); !strings.Contains(msgs, tc.want) {
				t.Errorf("no diagnostic %q among\n%s", tc.want, msgs)
			}
			if form == nil {
				t.Fatal("no form")
			}
			if row, ok := form.Row(tc.id); !ok || row.Answer != tc.printed {
				t.Errorf("%s printed %+v, want %s", tc.id, row, tc.printed)
			}
		})
	}
}

// TestCheckAUTH2AgainstData: a hand AUTH-2 No (users cannot be given
// privilege levels by role) beside a user and an administrator account
// the customer both creates and manages warns; a note, a Yes, a built-in
// account or one that does not say, and accounts of one kind only do
// not.
func TestCheckAUTH2AgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	roles := func(w *world) {
		clinician, admin, service := account("Clinician", "local"), account("Unit administrator", "local"), account("Service", "local")
		admin.Kind, service.Kind = "administrator", "service"
		clinician.CustomerManaged, admin.CustomerManaged, service.CustomerManaged = content.True, content.True, content.False
		w.p.Accounts = []content.Account{service, clinician, admin}
	}
	runAgainstData(t, []againstDataCase{
		{"No beside customer-managed user and administrator accounts", "AUTH-2", no, roles,
			"answer No, but accounts[2].kind (content/p.toml:1) is administrator for Unit administrator and accounts[1].kind is user for Clinician, both accounts the customer creates and manages (customer_managed = true): that is users given different privilege levels by role"},
		{"No with its note", "AUTH-2", content.MDS2Answer{Answer: "no", Note: 1}, roles, ""},
		{"Yes beside them", "AUTH-2", yes, roles, ""},
		{"No, the user account is built in", "AUTH-2", no, func(w *world) {
			roles(w)
			w.p.Accounts[1].CustomerManaged = content.False
		}, ""},
		{"No, the administrator account does not say", "AUTH-2", no, func(w *world) {
			roles(w)
			w.p.Accounts[2].CustomerManaged = content.Unstated
		}, ""},
		{"No, users only", "AUTH-2", no, func(w *world) {
			roles(w)
			w.p.Accounts[2].Kind = "user"
		}, ""},
		{"No, no accounts", "AUTH-2", no, func(w *world) {}, ""},
	})
}
