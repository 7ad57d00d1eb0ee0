package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestAccountKindUnstatedDecidesNothing: accounts[].kind is optional. An
// account whose kind is not written may be a person's or a service's:
// used without signing in it does not make PAUT-1 No, and signing in
// beside users who never do it keeps a hand AUTH-1 Yes from being
// warned about (it may be a user who signs in).
func TestAccountKindUnstatedDecidesNothing(t *testing.T) {
	w := newWorld()
	unknown := account("Supervisor")
	unknown.Kind = ""
	unknown.SignIn = []content.SignIn{}
	w.p.Accounts = []content.Account{unknown}
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if row, ok := form.Row("PAUT-1"); ok && row.Answer == mds2.No {
		t.Errorf("PAUT-1 derived No from an account whose kind is not written: %+v", row)
	}

	yes := content.MDS2Answer{Answer: "yes"}
	runAgainstData(t, []againstDataCase{
		{"AUTH-1 Yes, an account of unwritten kind signs in", "AUTH-1", yes, func(w *world) {
			bedside(w)
			a := account("Supervisor", "local")
			a.Kind = ""
			w.p.Accounts = append(w.p.Accounts, a)
		}, ""},
	})
}
