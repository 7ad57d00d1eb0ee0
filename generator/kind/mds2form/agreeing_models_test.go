package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestAgreeingAnswerNamesTheModels: monitoringwifi's CONN-1.1 Yes is the
// manufacturer's (its note: a telemetry radio of kind other), and the
// form said the product data agree, citing the Wi-Fi interface of one
// model as if it were every model's, while CONN-1.1.1 beside it said
// "on model SPM-B12W only". The fact an agreeing answer cites now names
// the models it holds for, as a derived answer's does; the manufacturer's
// Yes keeps its own note and gets no generated one. Here CONN-3 is Yes
// from a port on m1's Ethernet; m2's only link is USB, so the data do
// not decide it for m2. With the Ethernet on every model the fact is
// every model's and names none.
func TestAgreeingAnswerNamesTheModels(t *testing.T) {
	const some = ", on model m1, not decided for model m2"
	for _, tc := range []struct {
		name    string
		lan     []string           // the Ethernet's models; nil: every model
		answer  content.MDS2Answer // zero: none given, so derived
		agrees  bool               // want the manufacturer's answer, the data agreeing
		suffix  string             // want From to end so; "" to name no model
		noteNum int                // want this note on the row (0: a generated one)
	}{
		{"derived, m1 only", []string{"m1"}, content.MDS2Answer{}, false, some, 0},
		{"the manufacturer's, m1 only", []string{"m1"}, content.MDS2Answer{Answer: "yes"}, true, some, 0},
		{"the manufacturer's with its note, m1 only", []string{"m1"}, content.MDS2Answer{Answer: "yes", Note: 1}, true, some, 1},
		{"the manufacturer's, every model", nil, content.MDS2Answer{Answer: "yes", Note: 1}, true, "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			lanAndUSB(w, tc.lan)
			w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "The manufacturer's reason."}}
			if tc.answer.Answer != "" {
				w.p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-3": tc.answer}
			}
			form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			row := formRow(form, "CONN-3")
			if row.Answer != mds2.Yes || row.Agrees() != tc.agrees {
				t.Fatalf("CONN-3 = %v, agreeing %v (from %q); want Yes, agreeing %v", row.Answer, row.Agrees(), row.From, tc.agrees)
			}
			if tc.suffix != "" && !strings.HasSuffix(row.From, tc.suffix) {
				t.Errorf("CONN-3 from %q, want it to end %q", row.From, tc.suffix)
			}
			if tc.suffix == "" && strings.Contains(row.From, "model") {
				t.Errorf("CONN-3 from %q, want no model named", row.From)
			}
			if tc.noteNum != 0 && row.Note != tc.noteNum || tc.noteNum == 0 && tc.agrees && row.Note != 0 {
				t.Errorf("CONN-3 note %d, want %d", row.Note, tc.noteNum)
			}
		})
	}
}

// lanAndUSB gives w's product two models, m1 and m2, a USB interface on
// both and an Ethernet interface on lanModels (every model when nil)
// with an outbound port on it: CONN-3 (inside the customer's network) is
// then the Ethernet's, decided for its models only.
func lanAndUSB(w *world, lanModels []string) {
	w.p.Models = []content.Model{{ID: "m1", Name: "One"}, {ID: "m2", Name: "Two"}}
	lan := iface("lan", "ethernet")
	lan.Models = lanModels
	usb := iface("usb", "usb")
	usb.Models = []string{"m1", "m2"}
	w.p.Interfaces = []content.Interface{lan, usb}
	w.p.Ports = []content.Port{port(7400, "tcp", "out", "lan")}
	w.states("ports", "interfaces")
}
