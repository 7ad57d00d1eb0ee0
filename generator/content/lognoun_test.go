package content

import "testing"

// TestLogNoun: the logs of a product with a part the manufacturer hosts
// are the product's (its portal or cloud may keep them) unless the data
// place every store of logs on the device; health IT's are the
// product's; a device without a hosted part keeps "the device".
func TestLogNoun(t *testing.T) {
	hosted := []Part{{ID: "patch", Runs: "device"}, {ID: "portal", Runs: "manufacturer_hosted"}}
	for _, c := range []struct {
		name string
		p    Product
		want string
	}{
		{"a device", Product{}, "device"},
		{"a device with a server the customer hosts", Product{Parts: []Part{{ID: "pump", Runs: "device"}, {ID: "server", Runs: "customer_hosted"}}}, "device"},
		{"a patch whose readings a portal logs", Product{Parts: hosted}, "product"},
		{"software as a medical device on a tablet, its cloud hosted", Product{SaMD: TriOf(true), Parts: []Part{{ID: "tablet", Runs: "device"}, {ID: "cloud", Runs: "manufacturer_hosted"}},
			DataStores: []DataStore{{ID: "cache", Part: "tablet", Data: DataKinds{"phi"}}}}, "product"},
		{"logs kept on the device", Product{Parts: hosted, DataStores: []DataStore{{ID: "log", Part: "patch", Data: DataKinds{"logs"}}}}, "device"},
		{"logs kept by the portal", Product{Parts: hosted, DataStores: []DataStore{{ID: "log", Part: "portal", Data: DataKinds{"logs"}}}}, "product"},
		{"logs on both", Product{Parts: hosted, DataStores: []DataStore{{ID: "a", Part: "patch", Data: DataKinds{"logs"}}, {ID: "b", Part: "portal", Data: DataKinds{"logs"}}}}, "product"},
		{"health IT", Product{MedicalDevice: TriOf(false), Parts: []Part{{ID: "cabinet", Runs: "device"}}}, "product"},
	} {
		if got := c.p.LogNoun(); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
