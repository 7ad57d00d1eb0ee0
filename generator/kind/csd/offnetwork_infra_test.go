package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOffNetworkControlsBesideInfrastructure: serialonly's analyzer has
// no port and no network interface, but its serial cable goes to the
// hospital's terminal server (a part that is the customer's own
// infrastructure), and its barcode scanner is of kind other: isolating
// that server is the network control the hospital needs, so the CSD is
// not warned of it as printed for a version that joins no network. Only
// with neither does the warning come.
func TestOffNetworkControlsBesideInfrastructure(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/serialonly/jspgen.toml", "../../testdata/serialonly/content")
	p, _ := kindtest.Product(t, c, "gx7")
	tests := []struct {
		name                 string
		keepInfra, keepOther bool
		want                 bool
	}{
		{"terminal server and a scanner of kind other", true, true, false},
		{"terminal server only", true, false, false},
		{"scanner of kind other only", false, true, false},
		{"neither (joins no network)", false, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vp := p.At("3.2.0")
			if vp.VersionOf != "3.2.0" {
				t.Fatal("no view of version 3.2.0")
			}
			cp := *vp.Product
			cp.RecommendedControls = []content.RecommendedControl{{ID: "RC-01", Category: "network_segmentation", Title: "Isolate the terminal server", Priority: "required", At: "recommended_controls[0]"}}
			if !tc.keepInfra {
				cp.Parts = slices.DeleteFunc(slices.Clone(cp.Parts), func(pt content.Part) bool { return pt.Runs.IsCustomerInfrastructure() })
			}
			if !tc.keepOther {
				cp.Interfaces = slices.DeleteFunc(slices.Clone(cp.Interfaces), func(it content.Interface) bool { return it.Kind == "other" })
			}
			vp.Product = &cp
			got := offNetworkControls(vp)
			if warned := len(got) > 0; warned != tc.want {
				t.Errorf("warned = %v, want %v: %v", warned, tc.want, got)
			}
		})
	}
}
