package content

import "testing"

// TestMDS2DescribesStore: the MDS2 form's answers about data at rest
// speak of the device's stores: a device beside a cloud and a phone app
// (homecpap) has only the device's; a product without a part on the
// device has its own software's, not a service the manufacturer hosts
// beside it nor the customer's infrastructure; a product only the
// manufacturer hosts has its service's; one without parts, its own.
func TestMDS2DescribesStore(t *testing.T) {
	parts := func(runs ...PartRuns) []Part {
		out := make([]Part, len(runs))
		for i, r := range runs {
			out[i] = Part{ID: string(r), Name: string(r), Runs: r}
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		parts []Part
		store string
		want  bool
	}{
		{"device beside a cloud: the device's store", parts("device", "manufacturer_hosted", "customer_device"), "device", true},
		{"device beside a cloud: the cloud's store", parts("device", "manufacturer_hosted", "customer_device"), "manufacturer_hosted", false},
		{"device beside an app: the app's store", parts("device", "manufacturer_hosted", "customer_device"), "customer_device", false},
		{"software only: the customer-hosted server's store", parts("customer_hosted", "manufacturer_hosted"), "customer_hosted", true},
		{"software only: the cloud beside it", parts("customer_hosted", "manufacturer_hosted"), "manufacturer_hosted", false},
		{"software only: the customer's infrastructure", parts("customer_hosted", "customer_infrastructure"), "customer_infrastructure", false},
		{"hosted only: the service's store", parts("manufacturer_hosted", "customer_infrastructure"), "manufacturer_hosted", true},
		{"no parts", nil, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Parts: tc.parts}
			if got := p.MDS2DescribesStore(DataStore{ID: "s", Part: tc.store}); got != tc.want {
				t.Errorf("MDS2DescribesStore = %v, want %v", got, tc.want)
			}
		})
	}
}
