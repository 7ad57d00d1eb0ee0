package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// modelsWorld: m1 has a display alone; m2 adds an Ethernet port and a
// cellular modem, both carrying PHI, with a port on each (interfaces.models
// = ["m2"]).
func modelsWorld() *world {
	w := newWorld()
	w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}}
	w.states("ports", "interfaces", "data_flows", "data_stores")
	lan, cell := iface("lan", "ethernet", "phi"), iface("cell", "cellular", "phi")
	lan.Models, cell.Models = []string{"m2"}, []string{"m2"}
	w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), lan, cell}
	w.p.Ports = []content.Port{port(7100, "tcp", "in", "lan"), port(443, "tcp", "out", "cell")}
	return w
}

// TestAnswersOfSomeModelsFromPorts: the MDS2 answers derived from
// interfaces and ports other than the hardware questions took m2's
// Ethernet and cellular modem, and their ports, as the whole form's:
// MPII-3.5 (PHI over a wired network), MPII-3.6 (wireless), MPII-3.7
// (outside the customer's network), CONN-3 and CONN-4 were plain Yes for
// m1 too, whose display is all it has, and JSP-MODELS named only the
// CONN-1.x answers. Each now refers to the note naming m2, as the
// hardware answers do.
func TestAnswersOfSomeModelsFromPorts(t *testing.T) {
	w := modelsWorld()
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	for _, id := range []string{"MPII-3.5", "MPII-3.6", "MPII-3.7", "CONN-3", "CONN-4", "CONN-1.1.3", "CONN-1.2"} {
		if row := formRow(form, id); row.Answer != mds2.Yes || row.Note != 1 {
			t.Errorf("%s = %v with note %d, want Yes with note 1 (m2 only)", id, row.Answer, row.Note)
		}
	}
	models := formRow(form, "JSP-MODELS").Text
	for _, id := range []string{"MPII-3.5", "MPII-3.6", "CONN-3", "CONN-4"} {
		if !strings.Contains(models, id+" (Yes for model m2 only, note 1)") {
			t.Errorf("JSP-MODELS does not name %s: %q", id, models)
		}
	}
	if row := formRow(form, "CONN-3"); !strings.Contains(row.From, "ports[0] is 7100/tcp (svc7100) on the lan interface, which joins the customer's network, on model m2 only") {
		t.Errorf("CONN-3 from %q", row.From)
	}
	// The same interfaces on every model: plain Yes, no note.
	w = modelsWorld()
	for i := range w.p.Interfaces {
		w.p.Interfaces[i].Models = nil
	}
	form, _ = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	for _, id := range []string{"MPII-3.5", "CONN-3", "CONN-4"} {
		if row := formRow(form, id); row.Answer != mds2.Yes || row.Note != 0 {
			t.Errorf("every model: %s = %v with note %d, want a plain Yes", id, row.Answer, row.Note)
		}
	}
}

// TestFormOfModelsWithoutTheInterface: a form about a version that runs
// on m1 alone covers m1 alone. m2's Ethernet and modem, and their ports,
// made it Yes for CONN-3, CONN-4, MPII-3.5 and MPII-3.7, and kept the
// answers about a device that joins no network from saying so; now they
// are no fact of the form's: m1 joins no network.
func TestFormOfModelsWithoutTheInterface(t *testing.T) {
	w := modelsWorld()
	w.p.Versions[0].Models = []string{"m1"}
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	for _, id := range []string{"MPII-3.5", "CONN-3", "CONN-4", "CONN-1.2"} {
		if row := formRow(form, id); row.Answer != mds2.No || row.Note != 0 {
			t.Errorf("form of m1: %s = %v with note %d, want a plain No", id, row.Answer, row.Note)
		}
	}
	// N/A, without saying that ports is written empty (it lists m2's)
	// or that the CSD lists no port (it is about m2 too, and lists them).
	if row := formRow(form, "CONN-2"); row.Answer != mds2.NA || strings.Contains(row.From, "customer security documentation") || strings.Contains(row.From, "written empty") ||
		!strings.Contains(row.From, "ports lists no port and interfaces no network interface; the device joins no network, so it uses no network port and there is no port list to provide (on the model the form covers, m1; entries of other models only are not theirs)") {
		t.Errorf("form of m1: CONN-2 = %v (%s), want N/A: m1 uses no port", row.Answer, row.From)
	}
	// The No of the Ethernet question is m1's: the product lists m2's.
	if row := formRow(form, "CONN-1.2"); !strings.Contains(row.From, "(on the model the form covers, m1; entries of other models only are not theirs)") {
		t.Errorf("form of m1: CONN-1.2 from %q", row.From)
	}
	// And the other way: the form of m2 joins a network.
	w = modelsWorld()
	w.p.Versions[0].Models = []string{"m2"}
	form, _ = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	for _, id := range []string{"MPII-3.5", "CONN-3", "CONN-4"} {
		if row := formRow(form, id); row.Answer != mds2.Yes || row.Note != 0 {
			t.Errorf("form of m2: %s = %v with note %d, want a plain Yes", id, row.Answer, row.Note)
		}
	}
}

// TestNodeAuthOfCoveredModelsOnly: NAUT-1 is No when no port of the
// device authenticates its peer. A port of m2's, whose authentication is
// not stated, left the form of m1 undecided; it is not m1's.
func TestNodeAuthOfCoveredModelsOnly(t *testing.T) {
	w := modelsWorld()
	w.p.Interfaces[0] = iface("eth0", "ethernet", "phi")
	w.p.Ports = append(w.p.Ports, port(104, "tcp", "in", "eth0"))
	w.p.Ports[0].Authenticated = content.Unstated
	w.p.Versions[0].Models = []string{"m1"}
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if row := formRow(form, "NAUT-1"); row.Answer != mds2.No {
		t.Errorf("form of m1: NAUT-1 = %v (%s), want No from m1's one port", row.Answer, row.From)
	}
}
