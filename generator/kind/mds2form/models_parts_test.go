package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestModelsOfUntiedParts: two models (a pump and its docking rack) and
// two parts on the device whose interfaces name their part but no model.
// Every interface then counts for every model, so the form cannot say
// that no derived answer differs between the models: JSP-MODELS says
// that the data do not state which model has which part's interfaces
// and stores. With models written on the interfaces (every model's here),
// or with one part on the device, it says again that none differs.
func TestModelsOfUntiedParts(t *testing.T) {
	const none = " No answer derived from the product data differs between the models."
	const untied = " The product data do not state which of these models has the interfaces, ports and data stores of which part on the device (Pump and Rack), so the answers derived from them describe those parts together, not each model."
	setup := func(parts int, models ...string) *world {
		w := newWorld()
		w.p.Models = []content.Model{{ID: "m1", Name: "Pump"}, {ID: "m2", Name: "Rack"}}
		w.p.Parts = []content.Part{
			{ID: "pump", Name: "Pump", Runs: "device", InterfacesComplete: content.True},
			{ID: "rack", Name: "Rack", Runs: "device", InterfacesComplete: content.True},
		}
		if parts == 1 {
			w.p.Parts[1].Runs = "customer_hosted"
		}
		wifi := iface("wifi", "wifi", "phi")
		wifi.Part, wifi.Models = "pump", models
		lan := iface("lan", "ethernet", "phi")
		lan.Part, lan.Models = "rack", models
		w.p.Interfaces = []content.Interface{wifi, lan}
		return w
	}
	for _, tc := range []struct {
		name   string
		parts  int
		models []string
		want   string
	}{
		{"no models stated", 2, nil, untied},
		{"every model stated", 2, []string{"m1", "m2"}, none},
		{"one part on the device", 1, nil, none},
	} {
		w := setup(tc.parts, tc.models...)
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		got := formRow(form, "JSP-MODELS").Text
		if !strings.HasSuffix(got, tc.want) {
			t.Errorf("%s: JSP-MODELS = %q; want it to end %q", tc.name, got, tc.want)
		}
		if tc.want == untied && strings.Contains(got, none) {
			t.Errorf("%s: JSP-MODELS = %q; says no answer differs", tc.name, got)
		}
	}
}
