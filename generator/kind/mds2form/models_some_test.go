package mds2form

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// monitorsWorld: three monitors with a touchscreen and a USB port that
// carry PHI; m1 adds Ethernet and m2 Wi-Fi carrying it; extra are listed
// after those.
func monitorsWorld(extra ...content.Interface) *world {
	w := newWorld()
	w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}, {ID: "m3", Name: "Model Three"}}
	lan := iface("lan", "ethernet", "phi")
	lan.Models = []string{"m1"}
	wifi := iface("wifi", "wifi", "phi")
	wifi.Models = []string{"m2"}
	w.p.Interfaces = append([]content.Interface{iface("screen", "display", "phi"), iface("usb", "usb", "phi"), lan, wifi}, extra...)
	return w
}

// TestSomeModelsAnswerCitesTheirFacts: TXCF-1 is No for m1 (its
// Ethernet carries PHI) and m2 (its Wi-Fi does), not decided for m3 (USB
// alone). The reason cited m1's Ethernet "on models m1 and m2", which m2
// lacks. With no interface both have, it now cites each model's own;
// with one both have, that one.
func TestSomeModelsAnswerCitesTheirFacts(t *testing.T) {
	both := iface("lan2", "ethernet", "phi")
	both.Models = []string{"m1", "m2"}
	for _, tc := range []struct {
		name  string
		extra []content.Interface
		want  string
	}{
		{"none shared", nil, "interfaces[2].carries lists PHI or PII, and interface lan is of kind Ethernet, which is no dedicated point-to-point cable on model m1; interfaces[3].carries lists PHI or PII, and interface wifi is of kind Wi-Fi, which is no dedicated point-to-point cable on model m2, not decided for model m3"},
		{"lan2 shared", []content.Interface{both}, "interfaces[4].carries lists PHI or PII, and interface lan2 is of kind Ethernet, which is no dedicated point-to-point cable, on models m1 and m2, not decided for model m3"},
	} {
		w := monitorsWorld(tc.extra...)
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		row := formRow(form, "TXCF-1")
		if row.Answer != mds2.No || row.Note == 0 || row.From != tc.want {
			t.Errorf("%s: TXCF-1 = %v note %d from %q, want No with a note from %q", tc.name, row.Answer, row.Note, row.From, tc.want)
		}
		if row.OnModels != "models m1 and m2, not decided for model m3" {
			t.Errorf("%s: OnModels %q", tc.name, row.OnModels)
		}
	}
}

// TestSomeModelsAnswerWithoutOpenCitesTheirFacts: CONN-1.2.2 (USB ports)
// is Yes for m1 and m2, each from a USB port of its own, and No for m3.
// The reason cited m1's port "on models m1 and m2 only". It now cites
// each model's; with a port both have, that one, "on models m1 and m2
// only" as before.
func TestSomeModelsAnswerWithoutOpenCitesTheirFacts(t *testing.T) {
	usb := func(id string, models ...string) content.Interface {
		it := iface(id, "usb", "configuration")
		it.Models = models
		return it
	}
	for _, tc := range []struct {
		name string
		ifs  []content.Interface
		want string
	}{
		{"own ports", []content.Interface{usb("u1", "m1"), usb("u2", "m2")}, "interfaces[1] is a USB interface on model m1; interfaces[2] is a USB interface on model m2"},
		{"shared port", []content.Interface{usb("u1", "m1"), usb("u2", "m2"), usb("u12", "m1", "m2")}, "interfaces[3] is a USB interface, on models m1 and m2 only"},
	} {
		w := newWorld()
		w.p.Models = []content.Model{{ID: "m1"}, {ID: "m2"}, {ID: "m3"}}
		w.p.Interfaces = append([]content.Interface{iface("screen", "display", "phi")}, tc.ifs...)
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		row := formRow(form, "CONN-1.2.2")
		if row.Answer != mds2.Yes || row.Note == 0 || row.From != tc.want {
			t.Errorf("%s: CONN-1.2.2 = %v note %d from %q, want Yes with a note from %q", tc.name, row.Answer, row.Note, row.From, tc.want)
		}
	}
}

// TestAnswerOtherwiseOnAModelHasANote: CONN-2 is Yes from the port
// list, but N/A for m1, which joins no network. JSP-MODELS listed it,
// but the row, and so the JSON and CSV, gave a plain Yes with no note.
// It now refers to a generated note, which JSP-MODELS cites. With the
// port on every model nothing differs and there is no note.
func TestAnswerOtherwiseOnAModelHasANote(t *testing.T) {
	w := displayAndLAN("m2")
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	row := formRow(form, "CONN-2")
	want := "The answer Yes to the questions that refer to this note holds for model m2 only: for the other model this form covers (m1), the product data give N/A to each of those questions."
	if row.Answer != mds2.Yes || row.Note == 0 || row.NoteText != want {
		t.Fatalf("CONN-2 = %v note %d %q, want Yes with note %q", row.Answer, row.Note, row.NoteText, want)
	}
	if !hasGeneratedNote(form, row.Note, want) {
		t.Errorf("form notes lack note %d %q", row.Note, want)
	}
	if got := formRow(form, "JSP-MODELS").Text; !strings.Contains(got, fmt.Sprintf("CONN-2 (Yes, but N/A for model m1, note %d)", row.Note)) {
		t.Errorf("JSP-MODELS = %q, want it to cite CONN-2's note", got)
	}
	w = displayAndLAN()
	form, _ = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if row := formRow(form, "CONN-2"); row.Answer != mds2.Yes || row.Note != 0 {
		t.Errorf("port on every model: CONN-2 = %v note %d, want a plain Yes", row.Answer, row.Note)
	}
}

func hasGeneratedNote(form *mds2.Form, n int, text string) bool {
	for _, note := range form.Notes {
		if note.Number == n && note.Text == text && note.Generated {
			return true
		}
	}
	return false
}
