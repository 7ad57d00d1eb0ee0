package kind

import (
	"reflect"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestReloadInventories: after DropInventories a product's inventories
// are empty, in every copy of it; ReloadInventories fills them, in every
// copy made before, with what NewProduct builds, the versions' too.
func TestReloadInventories(t *testing.T) {
	c, diags := content.Load("../../jspgen.toml", "../../content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	asOf, err := content.ParseDate("2026-06-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range c.Products {
		want, _ := NewProduct(c.Dir, src, asOf)
		p, _ := NewProduct(c.Dir, src, asOf)
		if len(p.Inventory.List) == 0 || len(p.ByVersion) < 2 {
			t.Fatalf("%s: the example product has no components or versions; the test covers nothing", src.ID)
		}
		p.DropInventories()
		held := p // what a build's list of products holds while the product waits
		if len(held.Inventory.List) != 0 || len(held.Inventory.SBOMs) != 0 {
			t.Errorf("%s: the dropped inventory still lists %d components", src.ID, len(held.Inventory.List))
		}
		for v, q := range held.ByVersion {
			if len(q.Inventory.List) != 0 {
				t.Errorf("%s %s: the dropped version inventory still lists %d components", src.ID, v, len(q.Inventory.List))
			}
		}
		p.ReloadInventories(c.Dir, src, asOf)
		if !reflect.DeepEqual(held.Inventory, want.Inventory) {
			t.Errorf("%s: the reloaded inventory differs from NewProduct's", src.ID)
		}
		for v, q := range held.ByVersion {
			if !reflect.DeepEqual(q.Inventory, want.ByVersion[v].Inventory) {
				t.Errorf("%s %s: the reloaded version inventory differs from NewProduct's", src.ID, v)
			}
		}
	}
}
