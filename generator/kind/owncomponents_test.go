package kind

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestOwnComponentList: as the lifecycle page tells the versions apart,
// a version has a component list of its own only with an inventory of
// its own listing components or reading SBOM files, not another
// version's list standing in for it.
func TestOwnComponentList(t *testing.T) {
	p := &content.Product{Versions: []content.Version{{Version: "1.0"}, {Version: "2.0"}}}
	list := []inventory.Component{{}}
	for _, tc := range []struct {
		name string
		inv  *inventory.Inventory
		want bool
	}{
		{"no inventory", nil, false},
		{"nothing listed, no SBOM file", &inventory.Inventory{}, false},
		{"another version's list", &inventory.Inventory{List: list, ListedFor: "2.0"}, false},
		{"its own list", &inventory.Inventory{List: list}, true},
		{"its own SBOM file, no component in it", &inventory.Inventory{SBOMs: []inventory.SBOMFile{{Path: "sbom-1.0.cdx.json"}}}, true},
		{"its own list, marked as its own", &inventory.Inventory{List: list, ListedFor: "1.0"}, true},
	} {
		kp := Product{Product: p, ByVersion: map[string]Product{"1.0": {Product: p, Inventory: tc.inv, VersionOf: "1.0"}}}
		if got := OwnComponentList(kp, "1.0"); got != tc.want {
			t.Errorf("%s: OwnComponentList = %v, want %v", tc.name, got, tc.want)
		}
	}
	// A version the product holds no view of has no list said to be its.
	if OwnComponentList(Product{Product: p, VersionOf: "2.0", Inventory: &inventory.Inventory{List: list}}, "1.0") {
		t.Error("OwnComponentList of a version without a view = true, want false")
	}
}
