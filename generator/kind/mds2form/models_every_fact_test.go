package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestEveryModelAnswerCitesEachModelsFact: TXCF-1 is No for both
// models, m1 from its Ethernet and m2 from its Wi-Fi, each carrying PHI.
// The reason cited m1's Ethernet as if it were m2's too. With no
// interface both have, it now cites each model's own; with one both
// have, that one alone. Either way the answer is every model's: no note.
func TestEveryModelAnswerCitesEachModelsFact(t *testing.T) {
	for _, tc := range []struct {
		name   string
		shared bool
		want   string
	}{
		{"none shared", false, "interfaces[1].carries lists PHI or PII, and interface lan is of kind Ethernet, which is no dedicated point-to-point cable on model m1; interfaces[2].carries lists PHI or PII, and interface wifi is of kind Wi-Fi, which is no dedicated point-to-point cable on model m2"},
		{"lan2 shared", true, "interfaces[3].carries lists PHI or PII, and interface lan2 is of kind Ethernet, which is no dedicated point-to-point cable"},
	} {
		w := newWorld()
		w.p.Models = []content.Model{{ID: "m1", Name: "Model One"}, {ID: "m2", Name: "Model Two"}}
		lan := iface("lan", "ethernet", "phi")
		lan.Models = []string{"m1"}
		wifi := iface("wifi", "wifi", "phi")
		wifi.Models = []string{"m2"}
		w.p.Interfaces = []content.Interface{iface("screen", "display", "phi"), lan, wifi}
		if tc.shared {
			w.p.Interfaces = append(w.p.Interfaces, iface("lan2", "ethernet", "phi"))
		}
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		row := formRow(form, "TXCF-1")
		if row.Answer != mds2.No || row.Note != 0 || row.OnModels != "" || row.From != tc.want {
			t.Errorf("%s: TXCF-1 = %v note %d on %q from %q, want No of every model from %q", tc.name, row.Answer, row.Note, row.OnModels, row.From, tc.want)
		}
	}
}
