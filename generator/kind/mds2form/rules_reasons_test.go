package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// Review 75 (compounding 3, 7; hyperbaric 10, 11): reasons that claim
// no more than the data state, and answers the data decide.
func osNoticeReasonRuleCases() []ruleCase {
	station := func(w *world) {
		w.p.Parts = []content.Part{{ID: "station", Name: "Station", Runs: "device"}, {ID: "server", Name: "Server", Runs: "customer_hosted"}}
	}
	withOS := func(w *world) {
		station(w)
		w.inv.List = []inventory.Component{{Component: sbom.Component{Name: "Windows 11 IoT Enterprise LTSC", Version: "2024", Type: "operating-system"}, Annotated: true}}
	}
	notice := func(w *world) {
		w.p.Documents.Build = []string{"mds2", "notices"}
		w.p.Notices = []content.Notice{{ID: "eos-1.0", Kind: "end_of_support", Issued: date(2026, 1, 1), Versions: []string{"1.0"}, Compensating: []string{"Keep it off the network."}}}
	}
	return []ruleCase{
		{"CSUP-2", "an operating-system component, a part on the device", withOS,
			yesBy("components", "lists Windows 11 IoT Enterprise LTSC 2024, of type operating-system, in a product with a part on the device's own hardware (Station): the product contains an operating system, which may need security patches")},
		{"MLDP-1", "an operating-system component, a part on the device", withOS,
			yesBy("components", "a product that runs an operating system can run executable software")},
		{"CSUP-2", "an operating-system component, no part on the device", func(w *world) {
			withOS(w)
			w.p.Parts = w.p.Parts[1:]
		}, decidesNothing},
		{"MLDP-1", "an operating-system component, no part on the device", func(w *world) {
			withOS(w)
			w.p.Parts = w.p.Parts[1:]
		}, decidesNothing},
		{"CSUP-2", "a library only", func(w *world) {
			withOS(w)
			w.inv.List[0].Type = "library"
		}, decidesNothing},
		{"SGUD-4", "a published notice about the version with compensating controls", notice,
			yesBy("notices[0].compensating_controls", `are the compensating controls the published notice "eos-1.0" about 1.0 recommends`)},
		{"SGUD-4", "notices not built", func(w *world) {
			notice(w)
			w.p.Documents.Build = []string{"mds2"}
		}, decidesNothing},
		{"SGUD-4", "the notice about another version", func(w *world) {
			notice(w)
			w.p.Notices[0].Versions = []string{"0.9"}
		}, decidesNothing},
		{"SGUD-4", "the notice gives no controls", func(w *world) {
			notice(w)
			w.p.Notices[0].Compensating = nil
		}, decidesNothing},
		{"CONN-3", "a port on an interface off as shipped", func(w *world) {
			eth := iface("bms", "ethernet")
			eth.DefaultEnabled = content.False
			w.p.Interfaces = []content.Interface{eth}
			w.p.Ports = []content.Port{port(502, "tcp", "in", "bms")}
		}, yesBy("ports[0]", "is 502/tcp (svc502) on the bms interface, which joins the customer's network once enabled (off as shipped)")},
		{"PAUT-14", "a local account signing in on two parts", func(w *world) {
			station(w)
			a := localAccount("User", "local")
			a.Parts = []string{"station", "server"}
			w.p.Accounts = []content.Account{a}
		}, yesBy("accounts[0].sign_in", "lists local for User, who signs in on Station and Server (accounts[0].parts): the product keeps and checks that credential on one or more of them")},
	}
}

func TestOSNoticeReasonRules(t *testing.T) {
	for _, c := range osNoticeReasonRuleCases() {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			rule, ok := derivationFor(c.id)
			if !ok {
				t.Fatalf("no rule %s in mds2Derivations", c.id)
			}
			w := newWorld()
			c.setup(w)
			got, decided := rule.derive(w.facts())
			if decided != c.want.decided {
				t.Fatalf("decided = %v, want %v (got %s)", decided, c.want.decided, got)
			}
			if !decided {
				return
			}
			if got.Answer != c.want.answer || got.Path != c.want.path {
				t.Errorf("answer %v path %q, want %v %q (%s)", got.Answer, got.Path, c.want.answer, c.want.path, got)
			}
			kindtest.SaysAll(t, "the basis", got.Says, c.want.says)
		})
	}
}
