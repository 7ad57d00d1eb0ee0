package content

import (
	"slices"
	"strings"
	"testing"
)

// TestPartsInUseLeavesThePartsAlone: a product file may write at the top
// level a part that only a later version uses (the surgical robot once
// wrote its 6.0 Insights cloud so). PartsInUse of the older version
// leaves it out; it once removed it from the parts array every view of
// the product shares, so the newer version's CSD, built after (or
// beside, with two workers) the older's, lost the part from its parts
// table and its "hosted outside the hospital network" sentence,
// depending on which document was rendered first.
func TestPartsInUseLeavesThePartsAlone(t *testing.T) {
	src := strings.Replace(partsBase, "[[interfaces]]", "[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\npatching = \"App stores.\"\n\n[[interfaces]]", 1) +
		"[[versions.changes.interfaces_added]]\nid = \"bt\"\nkind = \"bluetooth\"\npart = \"app\"\nname = \"Bluetooth\"\npurpose = \"Pairing.\"\n"
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if d.Severity == Error && (strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "parts")) {
			t.Fatal(d)
		}
	}
	ids := func(parts []Part) []string {
		var out []string
		for _, pt := range parts {
			out = append(out, pt.ID)
		}
		return out
	}
	before := ids(p.AllParts())
	old := ids(p.At("1.0").PartsInUse())
	if slices.Contains(old, "app") || len(old) != len(before)-1 {
		t.Fatalf("1.0 uses parts %v; want %v less app", old, before)
	}
	if got := ids(p.AllParts()); !slices.Equal(got, before) {
		t.Errorf("after 1.0's PartsInUse the product's parts are %v; want %v", got, before)
	}
	if got := ids(p.At("2.0").PartsInUse()); !slices.Equal(got, before) {
		t.Errorf("2.0 uses parts %v after 1.0's were asked; want all of %v", got, before)
	}
}
