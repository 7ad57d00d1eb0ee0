package content

import (
	"slices"
	"testing"
)

// TestSoftwareParts: the parts the product's software runs on, which the
// plan's scope and the risk report both name: every part but the
// customer's own infrastructure and a related system's part (a system
// the product relies on, not the product); a part the manufacturer hosts
// is one of them, and the implicit device part of a product that lists
// none.
func TestSoftwareParts(t *testing.T) {
	parts := []Part{
		{ID: "pump", Name: "Pump", Runs: "device"},
		{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
		{ID: "app", Name: "App", Runs: "customer_device"},
		{ID: "server", Name: "Server", Runs: "customer_hosted"},
		{ID: "idp", Name: "IdP", Runs: "customer_infrastructure"},
	}
	ids := func(p *Product) []string {
		var out []string
		for _, pt := range p.SoftwareParts() {
			out = append(out, pt.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		p    *Product
		want []string
	}{
		{"every kind of part", &Product{Parts: parts}, []string{"pump", "cloud", "app", "server"}},
		{"a related system's part", &Product{Parts: parts, RelatedSystems: []RelatedSystem{{ID: "connect", Part: "cloud"}}}, []string{"pump", "app", "server"}},
		{"a related system of another maker names no part", &Product{Parts: parts, RelatedSystems: []RelatedSystem{{ID: "cgm", Maker: "X"}}}, []string{"pump", "cloud", "app", "server"}},
		{"no part listed", &Product{}, []string{DevicePartID}},
	} {
		if got := ids(tc.p); !slices.Equal(got, tc.want) {
			t.Errorf("%s: SoftwareParts = %v; want %v", tc.name, got, tc.want)
		}
	}
}
