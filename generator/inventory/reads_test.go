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
	c, diags := content.Load(filepath.Join("..", "..", "jspgen.toml"), filepath.Join("..", "..", "content"))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Products {
		if p.ID != "halcyon-lvp7" {
			continue
		}
		vs, d := LoadVersions(c.Dir, p, "4.2.1")
		if err := d.Err(); err != nil {
			t.Fatal(err)
		}
		if len(vs.ByVersion) != 3 || len(p.Notices) == 0 {
			t.Fatalf("%d versions, %d notices: the example changed, update the test", len(vs.ByVersion), len(p.Notices))
		}
		if vs.reads != 4 {
			t.Errorf("%d SBOM files read; want 4, each once", vs.reads)
		}
		return
	}
	t.Fatal("no example product")
}

// TestLoadVersionsCurrentInTheMiddle: with an older version current (a
// site built as of a date when 4.1.0 was), the later version still gets
// the inventory of its own SBOM file, not the current version's list.
func TestLoadVersionsCurrentInTheMiddle(t *testing.T) {
	c, diags := content.Load(filepath.Join("..", "..", "jspgen.toml"), filepath.Join("..", "..", "content"))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Products {
		if p.ID != "halcyon-lvp7" {
			continue
		}
		vs, _ := LoadVersions(c.Dir, p, "4.1.0")
		for _, v := range []string{"3.8.2", "4.2.1"} {
			inv := vs.ByVersion[v]
			if inv == nil || inv.ListedFor != "" || inv == vs.Inventory {
				t.Errorf("version %s: not its own inventory (%+v)", v, inv)
			}
		}
		return
	}
	t.Fatal("no example product")
}
