package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

func localAccount(role string, signIn ...content.SignIn) content.Account {
	if signIn == nil {
		signIn = []content.SignIn{}
	}
	return content.Account{Role: role, Kind: "user", Authentication: "PIN", SignIn: signIn}
}

// PAUT-14 from a local sign-in: only where the product's one part of its
// own is known to keep the credential. Session 69 derived it from any
// local account, and the AED's portal login (a part the manufacturer
// hosts) made the AED itself answer Yes.
func TestPAUT14LocalSignInOnTheOnlyPart(t *testing.T) {
	analyzerAndTermServer := func(w *world) {
		w.p.Parts = []content.Part{{ID: "analyzer", Name: "GX-7 analyzer", Runs: "device"},
			{ID: "termserver", Name: "Hospital terminal server", Runs: "customer_infrastructure"}}
		scanner := partIface("scanner", "usb", "analyzer")
		scanner.Carries = dataKinds([]string{"credentials"})
		w.p.Interfaces = []content.Interface{scanner}
	}
	for _, c := range []ruleCase{
		// serialonly (review 69, finding 13): the badge scanner passes a
		// badge number on; the local sign-in is what says the analyzer
		// keeps the credentials.
		{"PAUT-14", "local sign-in, one part besides the customer's infrastructure", func(w *world) {
			analyzerAndTermServer(w)
			w.p.Accounts = []content.Account{localAccount("Operator", "local")}
		}, yesBy("accounts[0].sign_in", "lists local for Operator: the GX-7 analyzer, the product's only part outside the customer's own infrastructure, keeps and checks its credential")},
		{"PAUT-14", "local sign-in, the product lists no parts", func(w *world) {
			w.states("data_stores")
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			w.p.Accounts = []content.Account{localAccount("Clinician"), localAccount("Biomed", "directory", "local")}
		}, yesBy("accounts[1].sign_in", "lists local for Biomed: the device keeps and checks its credential")},
		{"PAUT-14", "local sign-in, one part", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pump", Name: "Infusion pump", Runs: "device"}}
			w.p.Accounts = []content.Account{localAccount("Service", "local")}
		}, yesBy("accounts[0].sign_in", "lists local for Service: the Infusion pump, the product's only part, keeps and checks its credential")},
		// A store listing credentials says it more directly.
		{"PAUT-14", "a store with credentials before a local sign-in", func(w *world) {
			w.p.DataStores = []content.DataStore{store("keys", "credentials")}
			w.p.Accounts = []content.Account{localAccount("Service", "local")}
		}, yesBy("data_stores[0].data", "lists credentials (keys)")},
		// The AED fixture: a device, the maker's portal and a PC viewer.
		// The local login may be the portal's: it says nothing of the
		// device.
		{"PAUT-14", "local sign-in, several parts of the product", func(w *world) {
			w.states("data_stores")
			w.p.Parts = []content.Part{{ID: "aed", Name: "AED", Runs: "device"},
				{ID: "portal", Name: "Readiness portal", Runs: "manufacturer_hosted"},
				{ID: "viewer", Name: "Viewer", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "portal")}
			w.p.Interfaces[0].Carries = dataKinds([]string{"pii"})
			w.p.Accounts = []content.Account{localAccount("Facility manager", "local")}
		}, decidesNothing},
		{"PAUT-14", "one part, sign-in not local", func(w *world) {
			w.states("data_stores")
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			w.p.Accounts = []content.Account{localAccount("Clinician"), localAccount("Admin", "directory"),
				{Role: "Service", Kind: "service", Authentication: "Service password"}}
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
