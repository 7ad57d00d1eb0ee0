package lifecycle

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestSupportedOwnListIsThePlans: the page takes a supported version's
// components as stated exactly when the plan's rule
// (kind.OwnComponentList) says the version has a list of its own, and
// names the version whose list stands in for it only when another's does.
func TestSupportedOwnListIsThePlans(t *testing.T) {
	ga, on := content.NewDate(2025, time.January, 1), content.NewDate(2026, time.January, 1)
	list := []inventory.Component{{}}
	p := &content.Product{Versions: []content.Version{{Version: "1.0", GeneralAvailability: ga}}}
	for _, tc := range []struct {
		name      string
		view      bool // the product holds a view of version 1.0
		inv       *inventory.Inventory
		stated    bool
		listedFor string
	}{
		{"no view of the version", false, nil, false, ""},
		{"no inventory", true, nil, false, ""},
		{"nothing listed, no SBOM file", true, &inventory.Inventory{}, false, ""},
		{"another version's list", true, &inventory.Inventory{List: list, ListedFor: "2.0"}, false, "2.0"},
		{"another version's list, empty", true, &inventory.Inventory{ListedFor: "2.0"}, false, ""},
		{"its own list", true, &inventory.Inventory{List: list}, true, ""},
		{"its own SBOM file, no component in it", true, &inventory.Inventory{SBOMs: []inventory.SBOMFile{{Path: "sbom-1.0.cdx.json"}}}, true, ""},
		{"its own list, marked as its own", true, &inventory.Inventory{List: list, ListedFor: "1.0"}, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kp := kind.Product{Product: p, VersionOf: "2.0", Inventory: &inventory.Inventory{List: list}}
			if tc.view {
				kp.ByVersion = map[string]kind.Product{"1.0": {Product: p, Inventory: tc.inv, VersionOf: "1.0"}}
			}
			svs := supported(kp, on)
			if len(svs) != 1 {
				t.Fatalf("supported versions = %d, want 1", len(svs))
			}
			sv := svs[0]
			if own := kind.OwnComponentList(kp, "1.0"); sv.Stated != own || own != tc.stated {
				t.Errorf("Stated = %v, OwnComponentList = %v; want both %v", sv.Stated, own, tc.stated)
			}
			if sv.ListedFor != tc.listedFor {
				t.Errorf("ListedFor = %q, want %q", sv.ListedFor, tc.listedFor)
			}
			if !tc.stated && sv.Listed != 0 {
				t.Errorf("Listed = %d for a version without a list of its own, want 0", sv.Listed)
			}
		})
	}
}
