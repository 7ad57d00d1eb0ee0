package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckNoAccounts: beside accounts = [] (the product has none), a
// hand No to a question that presupposes accounts or passwords (PAUT-5:
// every password can be changed) reads as fixed passwords: warned about,
// with N/A suggested. A note, an N/A, accounts listed or not written,
// and a question about what the device supports (PAUT-8, multi-factor)
// are not.
func TestCheckNoAccounts(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	for _, tc := range []struct {
		name     string
		id       string
		answer   content.MDS2Answer
		accounts []content.Account
		written  bool
		want     string
	}{
		{"PAUT-5 No, no accounts", "PAUT-5", no, nil, true,
			`answer No, but accounts (content/p.toml:1) is written empty: the product has no accounts, and the No reads as passwords that cannot be changed: answer { answer = "na", reason = "The product has no user accounts." }, or explain the No in a note ({ answer = "no", note = n })`},
		{"PAUT-4 No, no accounts", "PAUT-4", no, nil, true, "the No reads as default accounts the documentation does not list"},
		{"PAUT-10 No, no accounts", "PAUT-10", no, nil, true, "the No reads as user accounts that cannot be disabled or locked"},
		{"PAUT-5 No with its note", "PAUT-5", content.MDS2Answer{Answer: "no", Note: 2}, nil, true, ""},
		{"PAUT-5 N/A", "PAUT-5", content.MDS2Answer{Answer: "na", Reason: "No accounts."}, nil, true, ""},
		{"PAUT-5 No, accounts listed", "PAUT-5", no, []content.Account{account("Operator", "local")}, true, ""},
		{"PAUT-5 No, accounts not written", "PAUT-5", no, nil, false, ""},
		{"PAUT-8 No, no accounts: no multi-factor is true", "PAUT-8", no, nil, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			if tc.written {
				w.states("accounts")
			}
			w.p.Accounts = tc.accounts
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r := &mds2Resolver{p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkNoAccounts(map[string]mds2.Answer{tc.id: a}, givens(giv(tc.id, tc.answer)))
			wantWarning(t, r.diags, tc.want)
		})
	}
}
