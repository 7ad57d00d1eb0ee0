package content

import (
	"slices"
	"testing"
)

// TestPartsInUseLeavesThePartsAlone: PartsInUse of the surgical robot's
// 5.2, which does not use the Insights cloud 6.0 adds, once removed the
// cloud from the parts array every view of the product shares, so 6.0's
// CSD, built after (or beside, with two workers) 5.2's, lost the cloud
// from its parts table and its "hosted outside the hospital network"
// sentence, depending on which document was rendered first.
func TestPartsInUseLeavesThePartsAlone(t *testing.T) {
	c, diags := Load("../testdata/surgicalrobot/jspgen.toml", "../testdata/surgicalrobot/content")
	if diags.Err() != nil {
		t.Fatal(diags)
	}
	p := c.Products[0]
	ids := func(parts []Part) []string {
		var out []string
		for _, pt := range parts {
			out = append(out, pt.ID)
		}
		return out
	}
	before := ids(p.AllParts())
	old := ids(p.At("5.2").PartsInUse())
	if slices.Contains(old, "cloud") || len(old) != len(before)-1 {
		t.Fatalf("5.2 uses parts %v; want %v less cloud", old, before)
	}
	if got := ids(p.AllParts()); !slices.Equal(got, before) {
		t.Errorf("after 5.2's PartsInUse the product's parts are %v; want %v", got, before)
	}
	if got := ids(p.At("6.0").PartsInUse()); !slices.Equal(got, before) {
		t.Errorf("6.0 uses parts %v after 5.2's were asked; want all of %v", got, before)
	}
}
