package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// PAUT-14's basis is never an account the product logs on automatically
// (review 84, legacy finding 9): the Vigil station's shared clinician
// account (auto_logon = true) presents no credential, so "keeps and
// checks its credential" is said of the first local account that does
// not log on by itself, and where every local account does, the local
// sign-ins decide nothing.
func TestPAUT14SkipsAutoLogonAccounts(t *testing.T) {
	autoLogon := func(role string) content.Account {
		a := localAccount(role, "local")
		a.AutoLogon = content.True
		return a
	}
	station := func(w *world) {
		w.states("data_stores")
		w.p.Parts = []content.Part{{ID: "station", Name: "Vigil central station", Runs: "device"}}
		w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "station")}
		w.p.Interfaces[0].Carries = dataKinds([]string{"phi"})
	}
	for _, c := range []ruleCase{
		{"PAUT-14", "automatic log-on first, a password account next (one part)", func(w *world) {
			station(w)
			w.p.Accounts = []content.Account{autoLogon("Clinician"), localAccount("Local administrator", "local")}
		}, yesBy("accounts[1].sign_in", "lists local for Local administrator: the Vigil central station, the product's only part, keeps and checks its credential")},
		{"PAUT-14", "auto_logon = false is a checked sign-in", func(w *world) {
			station(w)
			a := localAccount("Clinician", "local")
			a.AutoLogon = content.False
			w.p.Accounts = []content.Account{a}
		}, yesBy("accounts[0].sign_in", "lists local for Clinician: the Vigil central station, the product's only part, keeps and checks its credential")},
		{"PAUT-14", "every local account logs on automatically (one part)", func(w *world) {
			station(w)
			w.p.Accounts = []content.Account{autoLogon("Clinician")}
		}, decidesNothing},
		{"PAUT-14", "automatic log-on on a named part", func(w *world) {
			station(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "portal", Name: "Portal", Runs: "manufacturer_hosted"})
			a := autoLogon("Clinician")
			a.Parts = []string{"station"}
			b := localAccount("Biomed", "local")
			b.Parts = []string{"station"}
			w.p.Accounts = []content.Account{a, b}
		}, yesBy("accounts[1].sign_in", "lists local for Biomed, who signs in on the Vigil central station (accounts[1].parts)")},
		{"PAUT-14", "only an automatic log-on on a named part", func(w *world) {
			station(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "portal", Name: "Portal", Runs: "manufacturer_hosted"})
			a := autoLogon("Clinician")
			a.Parts = []string{"station"}
			w.p.Accounts = []content.Account{a}
		}, decidesNothing},
		{"PAUT-14", "only an automatic log-on, two parts and no portal", func(w *world) {
			station(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "viewer", Name: "Viewer", Runs: "customer_device"})
			w.p.Accounts = []content.Account{autoLogon("Clinician")}
		}, decidesNothing},
	} {
		t.Run(c.name, func(t *testing.T) {
			rule, _ := derivationFor(c.id)
			w := newWorld()
			c.setup(w)
			got, decided := rule.derive(w.facts())
			if decided != c.want.decided {
				t.Fatalf("decided = %v, want %v (got %s: %s)", decided, c.want.decided, got.Answer, got)
			}
			if !decided {
				return
			}
			if got.Answer != c.want.answer || got.Path != c.want.path {
				t.Errorf("got %s by %s, want %s by %s", got.Answer, got.Path, c.want.answer, c.want.path)
			}
			kindtest.SaysAll(t, "the basis", got.Says, c.want.says)
		})
	}
}
