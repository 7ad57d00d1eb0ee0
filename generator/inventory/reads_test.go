package inventory

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestLoadVersionsReadsEachFileOnce: the example names four SBOM files
// (its three versions' and the Connect server's, a related system), some
// of them in several places (a version's list, the notices'); loading
// every version's inventory reads and parses each once.
func TestLoadVersionsReadsEachFileOnce(t *testing.T) {
	dir, p := example(t)
	vs, d := LoadVersions(dir, p, "4.2.1")
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	if len(vs.ByVersion) != 3 || len(p.Notices) == 0 {
		t.Fatalf("%d versions, %d notices: the example changed, update the test", len(vs.ByVersion), len(p.Notices))
	}
	if vs.reads != 4 {
		t.Errorf("%d SBOM files read; want 4, each once", vs.reads)
	}
}

// example is the example's content folder and its product, as written.
func example(t *testing.T) (string, *content.Product) {
	t.Helper()
	c, diags := content.Load(filepath.Join("..", "..", "jspgen.toml"), filepath.Join("..", "..", "content"))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Products {
		if p.ID == "halcyon-lvp7" {
			return c.Dir, p
		}
	}
	t.Fatal("no example product")
	return "", nil
}

// TestLoadVersionsCurrentInTheMiddle: with an older version current (a
// site built as of a date when 4.1.0 was), the later version still gets
// the inventory of its own SBOM file, not the current version's list, and
// every version the related systems' SBOMs.
func TestLoadVersionsCurrentInTheMiddle(t *testing.T) {
	dir, p := example(t)
	vs, _ := LoadVersions(dir, p, "4.1.0")
	for _, v := range []string{"3.8.2", "4.2.1"} {
		inv := vs.ByVersion[v]
		if inv == nil || inv.ListedFor != "" || inv == vs.Inventory {
			t.Errorf("version %s: not its own inventory (%+v)", v, inv)
			continue
		}
		// The related systems' SBOMs are the product's: every
		// version's inventory has them.
		if len(vs.Inventory.Related) == 0 || len(inv.Related) != len(vs.Inventory.Related) {
			t.Errorf("version %s: %d related systems' SBOMs, the current version %d", v, len(inv.Related), len(vs.Inventory.Related))
		}
	}
}
