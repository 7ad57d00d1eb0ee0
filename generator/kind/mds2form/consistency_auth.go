package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// What accounts[].sign_in decides: an account that signs in through the
// customer's directory or identity provider makes PAUT-2 (users can be
// authenticated through an external service) and AUTH-1.1 (their
// credentials can be managed centrally in a directory or federation
// service) Yes, and one through the customer's identity provider PAUT-9
// (single sign-on) Yes (rules.go). Accounts that all sign in locally
// decide no No, since the list may leave an account out, but make a hand
// PAUT-2 or AUTH-1.1 Yes doubtful (againstData); they do not make a PAUT-9
// Yes false (the product may sign users in once across its own parts).
// The authentication text is prose and decides nothing; sign_in = []
// (used without signing in) decides PAUT-1 and is weighed against
// AUTH-1 and ALOF-1 (consistency_signin_none.go).

func (f *mds2Facts) accountPath(i int) string {
	return content.AtOr(f.p.Accounts[i].At, fmt.Sprintf("accounts[%d]", i))
}

// externalSignIn (PAUT-2 and AUTH-1.1 Yes) is the first account that may
// sign in through the customer's directory or identity provider.
func (f *mds2Facts) externalSignIn() (fact, bool) { return f.signInBy(content.SignIn.External) }

// federatedSignIn (PAUT-9 Yes) is the first account that may sign in
// through the customer's identity provider: single sign-on.
func (f *mds2Facts) federatedSignIn() (fact, bool) {
	return f.signInBy(func(s content.SignIn) bool { return s == "federated" })
}

// signInBy is the first account with a way of signing in that is.
func (f *mds2Facts) signInBy(is func(content.SignIn) bool) (fact, bool) {
	for i, a := range f.p.Accounts {
		if k := slices.IndexFunc(a.SignIn, is); k >= 0 {
			return f.yes(f.accountPath(i)+".sign_in", fmt.Sprintf("lists %s for %s: it signs in through %s", a.SignIn[k], a.Role,
				map[content.SignIn]string{"directory": "the customer's directory service", "federated": "the customer's identity provider"}[a.SignIn[k]])), true
		}
	}
	return fact{}, false
}

// localSignInOnly (against PAUT-2 and AUTH-1.1 Yes): the product lists
// accounts, each states sign_in, and none may sign in otherwise than
// locally; one used without signing in (sign_in = []) signs in through
// no external service either. An account that does not say decides
// nothing.
func (f *mds2Facts) localSignInOnly() (fact, bool) {
	var roles, without []string
	for _, a := range f.p.Accounts {
		switch {
		case a.WithoutSignIn():
			without = append(without, a.Role)
		case len(a.SignIn) == 0 || slices.ContainsFunc(a.SignIn, content.SignIn.External):
			return fact{}, false
		default:
			roles = append(roles, a.Role)
		}
	}
	if len(roles) == 0 {
		return fact{}, false
	}
	says := fmt.Sprintf("lists only accounts that sign in locally (sign_in = local: %s)", content.AndList(roles))
	if len(without) > 0 {
		says = fmt.Sprintf("lists only accounts that sign in locally (sign_in = local: %s) or not at all (sign_in = []: %s)", content.AndList(roles), content.AndList(without))
	}
	return f.no("accounts", says), true
}

// AUTH-2 asks whether users can be given different privilege levels by
// role (user, administrator, service). Two accounts the customer creates
// and manages (customer_managed = true), one of kind user and one of
// kind administrator, show exactly that: the customer decides who signs
// in at which level, and the CSD's accounts table prints both. A hand No
// beside them is warned about (telecart: badge users and the customer's
// administrators). Built-in accounts (customer_managed false or not
// stated) decide nothing: a fixed clinician mode beside a manufacturer's
// service login is no level the customer assigns to its users.

// customerAssignsRoles (against AUTH-2 No) is the first pair of accounts,
// kind user and kind administrator, that both state customer_managed =
// true.
func (f *mds2Facts) customerAssignsRoles() (fact, bool) {
	first := func(k string) int {
		return slices.IndexFunc(f.p.Accounts, func(a content.Account) bool { return a.Kind == k && a.CustomerManaged.IsTrue() })
	}
	u, a := first("user"), first("administrator")
	if u < 0 || a < 0 {
		return fact{}, false
	}
	return f.yes(f.accountPath(a)+".kind", fmt.Sprintf("is administrator for %s and %s is user for %s, both accounts the customer creates and manages (customer_managed = true)",
		f.p.Accounts[a].Role, f.accountPath(u)+".kind", f.p.Accounts[u].Role)), true
}

// checkAPIsPresupposed warns where the form answers AUTH-4 (every request
// to the device's APIs is checked for authorization) No and CONN-5 (the
// device calls or provides APIs) No, neither with a note: the No reads as
// APIs whose requests are not all checked, which CONN-5 says the device
// does not have. The question then does not apply (N/A, as the form
// derives for a device with no link to any system, rules_nolinks.go),
// or CONN-5 is wrong (a port that takes messages unchecked is often what
// the No means). The catalog's CONN-5 ↔ AUTH-4 pair: AUTH-4 Yes beside
// CONN-5 No is one of the implications (consistency.go). An AUTH-4 No
// the data already contradict (a device with no link at all) was warned
// about where it was resolved.
func (r *mds2Resolver) checkAPIsPresupposed(final map[string]mds2.Answer, givens map[string]given) {
	if final["AUTH-4"] != mds2.No || final["CONN-5"] != mds2.No || givens["AUTH-4"].entry.Note != 0 || givens["CONN-5"].entry.Note != 0 || r.denied["AUTH-4"] {
		return
	}
	r.warnf(r.p.MDS2.AnswerPath("AUTH-4"), "the form answers AUTH-4 (every request to the device's APIs checked for authorization) No and CONN-5 (APIs called or provided) No, but the No reads as APIs whose requests are not all checked, which CONN-5 says the device does not have: answer AUTH-4 { answer = \"na\", reason = \"No API (CONN-5)\" }, correct CONN-5, or explain the No in a note ({ answer = %q, note = n })",
		strings.ToLower(mds2.No.String()))
}
