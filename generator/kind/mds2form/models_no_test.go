package mds2form

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// pumpsWorld: two pumps with a touchscreen and a USB port that carry PHI;
// m2 adds a Wi-Fi link carrying it, listed first (interfaces.models =
// wifiModels; none: every model).
func pumpsWorld(wifiModels ...string) *world {
	w := newWorld()
	w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}}
	wifi := iface("wifi", "wifi", "phi")
	wifi.Models = wifiModels
	w.p.Interfaces = []content.Interface{wifi, iface("screen", "display", "phi"), iface("usb", "usb", "phi")}
	return w
}

// TestNoOfSomeModelsHasANote: TXCF-1 (PII only over a dedicated cable)
// is No from m2's Wi-Fi, which carries PHI; asked of m1 alone, whose
// USB port may be a cable or a drive, the rule decides nothing. The form
// printed a plain No, as if m1's too, and JSP-MODELS left it out of the
// answers that differ. It now refers to a note saying the No is m2's and
// the data do not decide it for m1, and JSP-MODELS names it. With the
// Wi-Fi on every model the No is every model's: no note.
func TestNoOfSomeModelsHasANote(t *testing.T) {
	w := pumpsWorld("m2")
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	row := formRow(form, "TXCF-1")
	if row.Answer != mds2.No || row.Note == 0 {
		t.Fatalf("TXCF-1 = %v with note %d, want No with a note", row.Answer, row.Note)
	}
	want := "The answer No to the questions that refer to this note holds for model m2: for the other model this form covers (m1), the product data do not decide those questions."
	if row.NoteText != want {
		t.Errorf("note %q, want %q", row.NoteText, want)
	}
	if row.OnModels != "model m2, not decided for model m1" || !strings.HasSuffix(row.From, ", on model m2, not decided for model m1") {
		t.Errorf("OnModels %q, From %q", row.OnModels, row.From)
	}
	if got := formRow(form, "JSP-MODELS").Text; !strings.Contains(got, fmt.Sprintf("TXCF-1 (No for model m2, not decided for model m1, note %d)", row.Note)) {
		t.Errorf("JSP-MODELS = %q, want it to name TXCF-1", got)
	}

	w = pumpsWorld()
	form, _ = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if row := formRow(form, "TXCF-1"); row.Answer != mds2.No || row.Note != 0 || row.OnModels != "" {
		t.Errorf("Wi-Fi on every model: TXCF-1 = %v note %d on %q, want a plain No", row.Answer, row.Note, row.OnModels)
	}
	if got := formRow(form, "JSP-MODELS").Text; strings.Contains(got, "TXCF-1") {
		t.Errorf("Wi-Fi on every model: JSP-MODELS = %q names TXCF-1", got)
	}
}

// TestEveryModelsAnswerGivesEveryModelsFact: MPII-1 and MPII-3 are Yes
// for both pumps (the touchscreen shows PHI on each), but gave m2's
// Wi-Fi, listed first, as the reason, which m1 lacks. They now give the
// touchscreen. With the Wi-Fi on every model its reason stands.
func TestEveryModelsAnswerGivesEveryModelsFact(t *testing.T) {
	for _, tc := range []struct {
		wifiModels []string
		want       string
	}{
		{[]string{"m2"}, "interfaces[1].carries lists PHI or PII (interface screen)"},
		{nil, "interfaces[0].carries lists PHI or PII (interface wifi)"},
	} {
		w := pumpsWorld(tc.wifiModels...)
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		for _, id := range []string{"MPII-1", "MPII-3"} {
			if row := formRow(form, id); row.Answer != mds2.Yes || row.From != tc.want || row.Note != 0 {
				t.Errorf("Wi-Fi on %v: %s = %v from %q note %d, want a plain Yes from %q", tc.wifiModels, id, row.Answer, row.From, row.Note, tc.want)
			}
		}
	}
}

// TestEveryModelFactKeepsWholeListFacts: a fact about the whole list
// (a count of the ports, as CONN-2 gives) is every model's list: counted
// again on the entries every model has, it would miscount.
func TestEveryModelFactKeepsWholeListFacts(t *testing.T) {
	w := pumpsWorld("m2")
	f := w.facts()
	count := derivation{ID: "X", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes("interfaces", fmt.Sprintf("lists %d interfaces", len(f.p.Interfaces))), true
	}}
	d, _ := count.derive(f)
	if got := f.everyModelFact(count, d, nil); got.Says != "lists 3 interfaces" {
		t.Errorf("everyModelFact = %q, want the whole list's fact kept", got.Says)
	}
	first := derivation{ID: "Y", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes(f.ifacePath(0), "is listed first"), true
	}}
	d, _ = first.derive(f)
	if got := f.everyModelFact(first, d, nil); got.Path != "interfaces[1]" {
		t.Errorf("everyModelFact path = %q, want interfaces[1], the first interface every model has", got.Path)
	}
}

// TestAnswerOtherwiseOnAModelIsListed: NAUT-1 is No from m2's Ethernet
// port, which does not authenticate its peer; m1, with a display alone,
// joins no network, and asked of it alone the rule gives N/A. The No
// stays the form's, but JSP-MODELS, which lists the answers that differ
// between the models, left it out (and with nothing else differing would
// have said none does). It now names it. With the port on every model
// nothing differs.
func TestAnswerOtherwiseOnAModelIsListed(t *testing.T) {
	w := displayAndLAN("m2")
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if row := formRow(form, "NAUT-1"); row.Answer != mds2.No {
		t.Fatalf("NAUT-1 = %v, want No", row.Answer)
	}
	if got := formRow(form, "JSP-MODELS").Text; !strings.Contains(got, "NAUT-1 (No, but N/A for model m1, note 1)") {
		t.Errorf("JSP-MODELS = %q, want it to name NAUT-1", got)
	}
	w = displayAndLAN()
	form, _ = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if got := formRow(form, "JSP-MODELS").Text; strings.Contains(got, "NAUT-1") {
		t.Errorf("port on every model: JSP-MODELS = %q names NAUT-1", got)
	}
}

// displayAndLAN is a product of two models, m1 and m2, with a display
// that shows PHI on both and an Ethernet interface, listening on one port,
// on lanModels (every model when none is given).
func displayAndLAN(lanModels ...string) *world {
	w := newWorld()
	w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}}
	w.states("ports", "interfaces", "data_flows", "data_stores")
	lan := iface("lan", "ethernet", "configuration")
	lan.Models = lanModels
	w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), lan}
	w.p.Ports = []content.Port{port(7100, "tcp", "in", "lan")}
	return w
}
