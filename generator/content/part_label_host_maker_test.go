package content

import "testing"

// TestPartLabelKeepsProperNames: PartLabel lower-cased the whole runs
// label for use inside a sentence, so hostedplugin's plug-in read "(on
// halvard medical's device)". Only the label's own first word, which the
// generator writes, is lower-cased; the host maker, the hospital of an
// in-house device and every other label keep their words.
func TestPartLabelKeepsProperNames(t *testing.T) {
	for _, c := range []struct {
		name string
		p    *Product
		want string
	}{
		{"host maker", &Product{Parts: []Part{{ID: "plug", Name: "EchoMeasure plug-in", Runs: "customer_device", HostMaker: "Halvard Medical"}}},
			"EchoMeasure plug-in (on Halvard Medical's device)"},
		{"host maker in capitals", &Product{Parts: []Part{{ID: "plug", Name: "Plug-in", Runs: "customer_device", HostMaker: "ACME Imaging GmbH"}}},
			"Plug-in (on ACME Imaging GmbH's device)"},
		{"customer device", &Product{Parts: []Part{{ID: "plug", Name: "App", Runs: "customer_device"}}},
			"App (on the customer's own device)"},
		{"manufacturer hosted", &Product{Parts: []Part{{ID: "plug", Name: "Cloud", Runs: "manufacturer_hosted"}}},
			"Cloud (hosted by the manufacturer)"},
		{"in-house infrastructure", &Product{InHouse: true, Parts: []Part{{ID: "plug", Name: "Directory", Runs: "customer_infrastructure"}}},
			"Directory (hospital infrastructure)"},
	} {
		if got := c.p.PartLabel("plug"); got != c.want {
			t.Errorf("%s: PartLabel = %q, want %q", c.name, got, c.want)
		}
	}
	for in, want := range map[string]string{"": "", "On X's device": "on X's device", "Élan": "élan", "on": "on"} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
