package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

func formRow(f *mds2.Form, id string) mds2.Row {
	for _, s := range f.Sections {
		for _, r := range s.Rows {
			if r.ID == id {
				return r
			}
		}
	}
	return mds2.Row{}
}

// TestYesOfSomeModelsHasANote: a Wi-Fi interface on one model of two
// (interfaces.models) made CONN-1.1.1 a plain Yes for both, and JSP-MODELS
// ("which answers differ between them?") named no answer. The Yes now
// refers to a note naming the model it holds for, numbered after the
// manufacturer's notes, and JSP-MODELS names the answer; the Bluetooth
// question, which no interface answers Yes, stays a plain No. An
// interface on every model, or on models the form does not cover, adds
// no note. MPII-3.6 (PHI over a wireless link), which m2's Wi-Fi alone
// makes Yes, shares the note.
func TestYesOfSomeModelsHasANote(t *testing.T) {
	setup := func(models ...string) *world {
		w := newWorld()
		w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}}
		wifi := iface("wifi", "wifi", "phi")
		wifi.Models = models
		w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), wifi}
		w.p.MDS2.Notes = []content.MDS2Note{{Number: 3, Text: "A note of the manufacturer's."}}
		return w
	}
	w := setup("m2")
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	row := formRow(form, "CONN-1.1.1")
	if row.Answer != mds2.Yes || row.Note != 4 {
		t.Fatalf("CONN-1.1.1 = %v with note %d, want Yes with note 4", row.Answer, row.Note)
	}
	want := "The answer Yes to the questions that refer to this note holds for model m2 only: for the other model this form covers (m1), the product data give No to each of those questions."
	if row.NoteText != want || len(form.Notes) != 2 || form.Notes[1] != (mds2.Note{Number: 4, Text: want, Generated: true}) || form.Notes[0].Generated {
		t.Errorf("note text %q, notes %v; want note 4: %q", row.NoteText, form.Notes, want)
	}
	if got := formRow(form, "JSP-MODELS").Text; !strings.HasSuffix(got, " Answers the product data show to differ between the models: MPII-3.6 (Yes for model m2 only, note 4); CONN-1.1 (Yes for model m2 only, note 4); CONN-1.1.1 (Yes for model m2 only, note 4).") {
		t.Errorf("JSP-MODELS = %q", got)
	}
	if row := formRow(form, "CONN-1.1.2"); row.Answer != mds2.No || row.Note != 0 {
		t.Errorf("CONN-1.1.2 = %v note %d, want a plain No", row.Answer, row.Note)
	}
	// CONN-1.1 (wireless) is Yes on m2 only too, and shares the note.
	if row := formRow(form, "CONN-1.1"); row.Answer != mds2.Yes || row.Note != 4 {
		t.Errorf("CONN-1.1 = %v note %d, want Yes with note 4", row.Answer, row.Note)
	}
	for _, models := range [][]string{nil, {"m1", "m2"}} {
		w := setup(models...)
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		if row := formRow(form, "CONN-1.1.1"); row.Answer != mds2.Yes || row.Note != 0 || len(form.Notes) != 1 {
			t.Errorf("models %v: CONN-1.1.1 = %v note %d, %d notes; want a plain Yes and the one note", models, row.Answer, row.Note, len(form.Notes))
		}
		// JSP-MODELS asks which answers differ: none does.
		if got := formRow(form, "JSP-MODELS").Text; !strings.HasSuffix(got, " No answer derived from the product data differs between the models.") {
			t.Errorf("models %v: JSP-MODELS = %q", models, got)
		}
	}
	// The form covers only m1 (its version runs on m1): m2's Wi-Fi is not
	// the device's, and the data say No.
	w = setup("m2")
	w.p.Versions[0].Models = []string{"m1"}
	form, _ = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if row := formRow(form, "CONN-1.1.1"); row.Answer != mds2.No || row.Note != 0 {
		t.Errorf("form of m1 only: CONN-1.1.1 = %v note %d, want No", row.Answer, row.Note)
	}
}

// TestNoteOfSomeModelsYesNamesThem: a Yes of some models only keeps the
// manufacturer's note on its row; check warns when that note names none
// of the models, and not when it names one by ID or name.
func TestNoteOfSomeModelsYesNamesThem(t *testing.T) {
	for _, tc := range []struct {
		note string
		warn bool
	}{
		{"Wireless on some models.", true},
		{"Only Model Two has Wi-Fi.", false},
		{"Only m2 has Wi-Fi.", false},
	} {
		w := newWorld()
		w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}}
		wifi := iface("wifi", "wifi", "phi")
		wifi.Models = []string{"m2"}
		w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), wifi}
		w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: tc.note}}
		w.p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-1.1.1": {Answer: "yes", Note: 1}}
		form, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		if row := formRow(form, "CONN-1.1.1"); row.Note != 1 {
			t.Errorf("%q: CONN-1.1.1 has note %d, want the manufacturer's 1", tc.note, row.Note)
		}
		var got bool
		for _, d := range diags {
			got = got || strings.Contains(d.String(), "CONN-1.1.1 is Yes for model m2 only (interfaces[1] is a Wi-Fi interface, on model m2 only), but its note 1 names none of them")
		}
		if got != tc.warn {
			t.Errorf("%q: warned %v, want %v: %v", tc.note, got, tc.warn, diags)
		}
	}
}

// TestYesOfSomeModelsNotDecidedForOthers: CONN-3 is Yes from a port on
// m1's Ethernet; m2's only link is USB, which may reach a computer, so
// asked of m2 alone the rule decides nothing. The form gave a plain Yes,
// reading as m2's too. It now refers to a note naming m1 and saying the
// data do not decide it for m2 (not that m2's answer is No). With a
// third model on no link at all (No for it), the note says both. With
// the Ethernet port on every model the Yes is every model's.
func TestYesOfSomeModelsNotDecidedForOthers(t *testing.T) {
	setup := func(lanModels []string, models ...content.Model) *world {
		w := newWorld()
		w.p.Models = models
		lan := iface("lan", "ethernet")
		lan.Models = lanModels
		usb := iface("usb", "usb")
		usb.Models = []string{"m1", "m2"}
		w.p.Interfaces = []content.Interface{lan, usb}
		w.p.Ports = []content.Port{port(7400, "tcp", "out", "lan")}
		w.states("ports", "interfaces")
		return w
	}
	one, two, three := content.Model{ID: "m1", Name: "One"}, content.Model{ID: "m2", Name: "Two"}, content.Model{ID: "m3", Name: "Three"}
	for _, tc := range []struct {
		name      string
		lan       []string
		models    []content.Model
		note      string // "" for a plain Yes
		jspModels string
	}{
		{"m2 not decided", []string{"m1"}, []content.Model{one, two},
			"The answer Yes to the questions that refer to this note holds for model m1: for the other model this form covers (m2), the product data do not decide those questions.",
			"CONN-3 (Yes for model m1, not decided for model m2, note "},
		{"m2 not decided, m3 No", []string{"m1"}, []content.Model{one, two, three},
			"The answer Yes to the questions that refer to this note holds for model m1: for the other models this form covers (m2 and m3), the product data give No to each of those questions for model m3 and do not decide them for model m2.",
			"CONN-3 (Yes for model m1, not decided for model m2, note "},
		{"Ethernet on every model", nil, []content.Model{one, two}, "", ""},
		// The manufacturer's own Yes answers for the models the data
		// leave open (monitoringwifi: a radio of kind other its note
		// explains): no note says it is m1's alone.
		{"the manufacturer's Yes", []string{"m1"}, []content.Model{one, two}, "", ""},
	} {
		w := setup(tc.lan, tc.models...)
		if tc.name == "the manufacturer's Yes" {
			w.p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-3": {Answer: "yes"}}
		}
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		row := formRow(form, "CONN-3")
		if row.Answer != mds2.Yes {
			t.Fatalf("%s: CONN-3 = %v, want Yes", tc.name, row.Answer)
		}
		if row.NoteText != tc.note || (tc.note == "") != (row.Note == 0) {
			t.Errorf("%s: CONN-3 note %d %q; want %q", tc.name, row.Note, row.NoteText, tc.note)
		}
		if got := formRow(form, "JSP-MODELS").Text; tc.jspModels != "" && !strings.Contains(got, tc.jspModels) || tc.jspModels == "" && strings.Contains(got, "CONN-3") {
			t.Errorf("%s: JSP-MODELS = %q, want it to name %q", tc.name, got, tc.jspModels)
		}
	}
}
