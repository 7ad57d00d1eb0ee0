package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// What an account used without signing in (accounts[].sign_in = [],
// content.Account.WithoutSignIn) decides. PAUT-1 asks whether every user
// has a user ID and password of their own: a person's account (kind user
// or administrator) with no sign-in has none, so the answer is No
// (rules.go). AUTH-1 (a login or other gate blocks unauthorized users)
// and ALOF-1 (users re-authenticated after an idle period) are not
// decided by it: another gate (a locked room, a key switch) may block
// use, and an administrator's session may time out. Where every user
// account is used without signing in, check warns about a hand Yes to
// either, unless a note says what the Yes covers (againstData).

// personalAccountWithoutSignIn (PAUT-1 No) is the first account of kind
// user or administrator used without signing in, unless its parts
// (accounts.parts, written) are ones on which no account signs in while
// an account signs in on another part (otherPartsSignIn): a headset in
// kiosk mode, which has no user accounts, beside a portal whose every
// user has an identity of their own. The form's question is about the
// product's user accounts; the kiosk part has none, and whether the
// accounts that exist all have an ID of their own, which the list may
// not name in full, is the manufacturer's to say.
func (f *mds2Facts) personalAccountWithoutSignIn() (fact, bool) {
	for i, a := range f.p.Accounts {
		if (a.Kind == "user" || a.Kind == "administrator") && a.WithoutSignIn() && !f.otherPartsSignIn(a) {
			return f.no(f.accountPath(i)+".sign_in", fmt.Sprintf("is written empty for %s: the role has no user ID or password of the product's own", a.Role)), true
		}
	}
	return fact{}, false
}

// otherPartsSignIn reports an account a used without signing in whose
// parts are written, none of which an account that signs in (sign_in
// lists a way) also covers, while such an account covers another part.
// An account whose parts are not written covers every part.
func (f *mds2Facts) otherPartsSignIn(a content.Account) bool {
	if len(a.Parts) == 0 {
		return false
	}
	elsewhere := false
	for _, b := range f.p.Accounts {
		if len(b.SignIn) == 0 {
			continue
		}
		if len(b.Parts) == 0 || slices.ContainsFunc(b.Parts, func(id string) bool { return slices.Contains(a.Parts, id) }) {
			return false
		}
		elsewhere = true
	}
	return elsewhere
}

// usersWithoutSignIn (against AUTH-1 and ALOF-1 Yes): the product lists
// accounts of kind user, and every one is used without signing in. An
// account whose kind is not written that signs in may be a user's: it
// decides nothing then.
func (f *mds2Facts) usersWithoutSignIn() (fact, bool) {
	var roles []string
	for _, a := range f.p.Accounts {
		if a.Kind == "" && !a.WithoutSignIn() {
			return fact{}, false
		}
		if a.Kind != "user" {
			continue
		}
		if !a.WithoutSignIn() {
			return fact{}, false
		}
		roles = append(roles, a.Role)
	}
	if len(roles) == 0 {
		return fact{}, false
	}
	return f.no("accounts", fmt.Sprintf("lists only user accounts used without signing in (sign_in = []: %s)", content.AndList(roles))), true
}

// gatedHostedService (against AUTH-1 No): a product that runs only where
// the manufacturer hosts it, so that nobody uses it in person, whose every
// account signs in (sign_in lists a way) and whose every link to another
// system is a port that authenticates its peer (everyPortAuthenticated).
// Nothing is then reached without a sign-in or an authenticated peer. A
// device, or software on the customer's computers, may be used at its own
// screen by a role the accounts list leaves out: it decides nothing.
func (f *mds2Facts) gatedHostedService() (fact, bool) {
	if !f.p.HostedOnly() || len(f.p.Accounts) == 0 ||
		slices.ContainsFunc(f.p.Accounts, func(a content.Account) bool { return len(a.SignIn) == 0 }) {
		return fact{}, false
	}
	if _, ok := f.everyPortAuthenticated(); !ok {
		return fact{}, false
	}
	idx, apart, _ := f.portLinks(true)
	roles := make([]string, len(f.p.Accounts))
	for i, a := range f.p.Accounts {
		roles[i] = a.Role
	}
	return f.yes("accounts", fmt.Sprintf("lists only accounts that sign in (sign_in written for %s); the product runs only where the manufacturer hosts it, and every port on which it exchanges data states authenticated = true, %s, with no other link to another system%s",
		content.AndList(roles), f.portNames(idx), apart)), true
}

// csdPublished (against SGUD-1 No) is the customer security documentation
// the build publishes about the form's version (csdPublishes): security
// documentation for the owner or operator.
func (f *mds2Facts) csdPublished() (fact, bool) {
	if !f.csdPublishes() {
		return fact{}, false
	}
	return f.yes("documents.csd", "is the customer security documentation the build publishes about the form's version"), true
}

// signInNoneChecks are the dataChecks of this file and of node
// authentication, for againstData.
func (f *mds2Facts) signInNoneChecks() []dataCheck {
	return []dataCheck{
		{"ALOF-1", mds2.Yes, f.usersWithoutSignIn, "users who never sign in, so no user session to re-authenticate after an idle period: say in the note which sessions the Yes is about"},
		{"AUTH-1", mds2.Yes, f.usersWithoutSignIn, "users who reach the device without a login, which the Yes covers only if another gate blocks unauthorized users: say what in the note"},
		{"AUTH-1", mds2.No, f.gatedHostedService, "every account signing in and every system that reaches the product authenticated, so access by unauthorized users blocked"},
		{"NAUT-1", mds2.No, f.everyPortAuthenticated, "every system the device exchanges data with authenticated, a means of node authentication"},
		{"SGUD-1", mds2.No, f.csdPublished, "security documentation for the owner or operator"},
	}
}
