package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// accountQuestions are the PAUT questions that presuppose user accounts
// or passwords, each with what its No says of them. Beside accounts = []
// (the product has none) such a No reads as accounts or passwords that
// exist but lack the control, which the data deny: the question does
// not apply. The form's answer stays the manufacturer's (a device may
// have a sign-in the accounts list leaves out, which only the
// manufacturer knows), so check warns and suggests N/A rather than
// deriving it. The other PAUT questions ask what the device supports
// (multi-factor, single sign-on, badges, shared accounts, an external
// service), where No is true of a device without accounts; PAUT-14 is
// derived from the accounts (rules_other.go credentials).
var accountQuestions = []struct{ id, no string }{
	{"PAUT-1", "user accounts that cannot each have their own user ID and password"},
	{"PAUT-3", "accounts that cannot be set to lock after failed logins"},
	{"PAUT-4", "default accounts the documentation does not list"},
	{"PAUT-5", "passwords that cannot be changed"},
	{"PAUT-6", "passwords whose complexity the device cannot enforce"},
	{"PAUT-7", "passwords the device cannot make expire"},
	{"PAUT-10", "user accounts that cannot be disabled or locked"},
}

// checkNoAccounts warns where the manufacturer answers an account
// question No, without a note, while the product data write accounts
// empty.
func (r *mds2Resolver) checkNoAccounts(final map[string]mds2.Answer, givens map[string]given) {
	if len(r.p.Accounts) > 0 || !r.p.States("accounts") {
		return
	}
	d := r.facts.no("accounts", "is written empty: the product has no accounts")
	for _, q := range accountQuestions {
		g, ok := givens[q.id]
		if !ok || g.answer != mds2.No || final[q.id] != mds2.No || g.entry.Note != 0 {
			continue
		}
		r.warnf(g.path, "answer No, but %s, and the No reads as %s: answer { answer = \"na\", reason = \"The product has no user accounts.\" }, or explain the No in a note ({ answer = %q, note = n })",
			d, q.no, strings.ToLower(mds2.No.String()))
	}
}
