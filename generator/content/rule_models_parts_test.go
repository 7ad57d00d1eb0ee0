package content

import (
	"strings"
	"testing"
)

// TestRuleModelsPartsUntied: two models and two parts on the device
// (a pump and its docking rack) whose interfaces and stores name their
// part but no model: every entry counts for every model, and check says
// so at the first model, with the keys to write. Models written on the
// entries, one part on the device, or one model, and nothing is said.
func TestRuleModelsPartsUntied(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const models = "[[models]]\nid = \"IV-300\"\nname = \"Pump\"\n[[models]]\nid = \"DR-4\"\nname = \"Rack\"\n"
	const parts = "[[parts]]\nid = \"pump\"\nname = \"Pump\"\nruns = \"device\"\n[[parts]]\nid = \"rack\"\nname = \"Rack\"\nruns = \"device\"\n"
	const hostedRack = "[[parts]]\nid = \"pump\"\nname = \"Pump\"\nruns = \"device\"\n[[parts]]\nid = \"rack\"\nname = \"Rack\"\nruns = \"customer_hosted\"\n"
	const wifi = "[[interfaces]]\nid = \"wifi\"\npart = \"pump\"\nname = \"Wi-Fi\"\npurpose = \"x\"\n"
	const wifiModels = wifi + "models = [\"IV-300\"]\n"
	const store = "[[data_stores]]\nid = \"lib\"\npart = \"rack\"\nname = \"Library\"\ndata = [\"phi\"]\nlocation = \"flash\"\n"
	const storeModels = store + "models = [\"IV-300\", \"DR-4\"]\n"
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"no models stated", models + parts + wifi + store,
			"p.toml:3: warning: models[0]: the product has 2 models (IV-300 and DR-4) and 2 parts on the device (Pump and Rack), but no interface, port or data store of those parts states models: the documents count each of them for every model"},
		{"MDS2 built", "[documents]\nbuild = [\"mds2\"]\n" + models + parts + wifi + store,
			"p.toml:5: warning: models[0]: the product has 2 models (IV-300 and DR-4) and 2 parts on the device (Pump and Rack), but no interface, port or data store of those parts states models: the documents count each of them for every model, the MDS2 form's derived answers describe those parts together, and its JSP-MODELS answer says"},
		{"interface states models", models + parts + wifiModels + store, ""},
		{"store states every model", models + parts + wifi + storeModels, ""},
		{"one part on the device", models + hostedRack + wifi + store, ""},
		{"one model", "[[models]]\nid = \"IV-300\"\nname = \"Pump\"\n" + parts + wifi + store, ""},
		{"nothing on the device parts", models + parts, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, head+tc.src)
			got := ruleModelsPartsUntied(p)
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("got %v; want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) || got[0].Severity != Warning {
				t.Fatalf("got %v; want one warning starting %q", got, tc.want)
			}
			for _, key := range []string{"interfaces[].models", "data_stores[].models", "ports[].models"} {
				if !strings.Contains(got[0].String(), key) {
					t.Errorf("got %q; want it to name %s", got[0].String(), key)
				}
			}
		})
	}
}
