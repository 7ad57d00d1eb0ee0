package content

import (
	"slices"
	"testing"
)

// TestConnectivityFeaturesOfSoftwareOnly: a SaMD with no device part (a
// plug-in on another maker's device, beside a telemetry service the
// manufacturer hosts) keeps its hosted services' interfaces, which the
// plan names as the manufacturer's, but never a related system's: the
// plan had listed a container registry the customer pulls images from as
// one of the device's connectivity features. Health IT keeps every part's.
func TestConnectivityFeaturesOfSoftwareOnly(t *testing.T) {
	product := func() *Product {
		return &Product{
			Parts: []Part{
				{ID: "plugin", Runs: "customer_device"},
				{ID: "telemetry", Runs: "manufacturer_hosted"},
				{ID: "registry", Runs: "manufacturer_hosted"},
			},
			Interfaces: []Interface{
				{ID: "plugin-net", Kind: "api", Part: "plugin"},
				{ID: "plugin-screen", Kind: "display", Part: "plugin"},
				{ID: "telemetry-api", Kind: "api", Part: "telemetry"},
				{ID: "registry-api", Kind: "api", Part: "registry"},
			},
			RelatedSystems: []RelatedSystem{{ID: "reg", Part: "registry"}},
		}
	}
	ids := func(its []Interface) []string {
		var out []string
		for _, it := range its {
			out = append(out, it.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		medical Tri
		want    []string
	}{
		{"SaMD", Unstated, []string{"plugin-net", "telemetry-api"}},
		{"health IT", False, []string{"plugin-net", "telemetry-api", "registry-api"}},
	} {
		p := product()
		p.MedicalDevice = tc.medical
		if got := ids(p.ConnectivityFeatures()); !slices.Equal(got, tc.want) {
			t.Errorf("%s: ConnectivityFeatures = %q; want %q", tc.name, got, tc.want)
		}
	}
}
