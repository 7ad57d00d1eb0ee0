package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// interfaceKindCases: each derivation that reads an interface's kind,
// with the kind stated (today's answer) and not stated (interfaces.kind
// not written): an answer only the kind decides is left open, one
// another fact decides stays decided.
func interfaceKindCases() []ruleCase {
	// one interface x of kind k on a device part, carrying carries, beside
	// others
	with := func(k string, carries []string, others ...content.Interface) func(*world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "pc", Name: "Central PC", Runs: "device", InterfacesComplete: content.True}}
			x := partIface("x", k, "pc")
			x.Carries = dataKinds(carries)
			for i := range others {
				others[i].Part = "pc"
			}
			w.p.Interfaces = append(others, x)
		}
	}
	eth := iface("eth", "ethernet", "logs")
	bt := iface("bt", "bluetooth", "logs")
	phi := []string{"phi"}
	logs := []string{"logs"}
	// a flow of PHI from the device to the EHR over x, with or without a
	// port on x
	toEHR := func(k string, withPort bool) func(*world) {
		return func(w *world) {
			with(k, nil)(w)
			f := flow("DF-01", "x", "phi")
			f.From, f.To = "pc", "Hospital EHR"
			w.p.DataFlows = []content.DataFlow{f}
			if withPort {
				pt := port(6661, "tcp", "out", "x")
				pt.Endpoints = []string{"Hospital EHR"}
				w.p.Ports = []content.Port{pt}
			}
		}
	}
	return []ruleCase{
		{"CONN-1", "an Ethernet interface", with("ethernet", logs), yesBy("interfaces[0]", "is a connectivity interface")},
		{"CONN-1", "only an interface whose kind is not stated", with("", logs), decidesNothing},
		{"CONN-1.1", "Ethernet only", with("ethernet", logs, eth), noBy("interfaces", "lists no wireless interface")},
		{"CONN-1.1", "Ethernet and one whose kind is not stated", with("", logs, eth), decidesNothing},
		{"CONN-1.1.1", "Ethernet only", with("ethernet", logs, eth), noBy("interfaces", "lists no Wi-Fi interface")},
		{"CONN-1.1.1", "Ethernet and one whose kind is not stated", with("", logs, eth), decidesNothing},
		{"CONN-1.1.3", "Ethernet only", with("ethernet", logs, eth), noBy("interfaces", "lists no cellular interface")},
		{"CONN-1.1.3", "Ethernet and one whose kind is not stated", with("", logs, eth), decidesNothing},
		{"CONN-1.2", "Bluetooth only", with("bluetooth", logs, bt), noBy("interfaces", "lists no wired interface")},
		{"CONN-1.2", "Bluetooth and one whose kind is not stated", with("", logs, bt), decidesNothing},
		{"CONN-1.2.1", "Bluetooth only", with("bluetooth", logs, bt), noBy("interfaces", "lists no Ethernet interface")},
		{"CONN-1.2.1", "Bluetooth and one whose kind is not stated", with("", logs, bt), decidesNothing},
		// another fact decides: the Ethernet interface beside it
		{"CONN-1.2.1", "Ethernet beside one whose kind is not stated", with("", logs, eth), yesBy("interfaces[0]", "is an Ethernet interface")},
		{"MPII-3.4", "PHI over Wi-Fi", with("wifi", phi), noBy("interfaces", "lists no USB or serial interface that carries PHI or PII")},
		{"MPII-3.4", "PHI over an interface whose kind is not stated", with("", phi), decidesNothing},
		{"MPII-3.5", "PHI over Ethernet", with("ethernet", phi), yesBy("interfaces[0].carries", "lists PHI or PII (interface x)")},
		{"MPII-3.5", "PHI over Wi-Fi", with("wifi", phi), noBy("interfaces", "lists no Ethernet interface that carries PHI or PII")},
		{"MPII-3.5", "PHI over an interface whose kind is not stated", with("", phi), decidesNothing},
		{"MPII-3.6", "PHI over Ethernet", with("ethernet", phi), noBy("interfaces", "lists no wireless interface that carries PHI or PII")},
		{"MPII-3.6", "PHI over an interface whose kind is not stated", with("", phi), decidesNothing},
		// another fact decides: what it carries
		{"MPII-3.6", "logs only over an interface whose kind is not stated", with("", logs), noBy("interfaces", "lists no wireless interface that carries PHI or PII")},
		{"MPII-3.10", "PHI over Wi-Fi", with("wifi", phi), noBy("interfaces", "lists no other-kind interface that carries PHI or PII")},
		{"MPII-3.10", "PHI over an interface whose kind is not stated", with("", phi), decidesNothing},
		{"MPII-2.6", "PHI to the EHR over Ethernet", toEHR("ethernet", false), yesBy("data_flows[0]", "(DF-01) carries PHI or PII over the Ethernet interface x")},
		// another fact decides: a network port is listed on it
		{"MPII-2.6", "PHI to the EHR over an interface whose kind is not stated, with a port on it", toEHR("", true),
			yesBy("data_flows[0]", "(DF-01) carries PHI or PII over the interface x (its kind is not stated; ports are listed on it)")},
		{"MPII-2.6", "PHI to the EHR over an interface whose kind is not stated, no port", toEHR("", false), decidesNothing},
	}
}

func TestInterfaceKindUnstatedRules(t *testing.T) {
	for _, c := range interfaceKindCases() {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			rule, ok := derivationFor(c.id)
			if !ok {
				t.Fatalf("no rule %s in mds2Derivations", c.id)
			}
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
				t.Errorf("got %v by %q, want %s", got.Answer, got.Path, c.want)
			}
			kindtest.SaysAll(t, "the basis", got.Says, c.want.says)
		})
	}
}
