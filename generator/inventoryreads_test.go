package generator

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestProductLoadReadsEachSBOMOnce: loading a product (every version's
// inventory, its notices' and related systems' SBOMs, then its
// vulnerabilities) reads and parses each SBOM file once. The pump's
// 3.8.2 and 4.1.0 SBOMs were parsed three times each (their version's
// inventory, the notices naming their components, the vulnerabilities'
// version lists), the one-list fixture's every file once per version.
func TestProductLoadReadsEachSBOMOnce(t *testing.T) {
	example, _ := kindtest.Load(t, "../jspgen.toml", "../content")
	dir, site := buildSBOMCatalogContent(t)
	catalog, _ := kindtest.Load(t, site, dir)
	for _, tc := range []struct {
		name string
		c    *content.Content
		id   string
		want int // distinct SBOM files the product names
	}{
		{"example pump", example, "halcyon-lvp7", 4}, // three versions' and the related system's
		{"example cloud service", example, "dosewise", 1},
		{"one list of every version's files", catalog, "halcyon-lvp7", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, p := range tc.c.Products {
				if p.ID != tc.id {
					continue
				}
				asOf := content.NewDate(2026, 2, 16)
				kp, _ := kind.NewProduct(tc.c.Dir, p, asOf)
				vuln.Load(tc.c.Dir, p, kp.Inventory, asOf)
				if got := kp.Inventory.FilesRead(); got != tc.want {
					t.Errorf("%d SBOM files read, want %d (each once)", got, tc.want)
				}
				return
			}
			t.Fatalf("no product %s", tc.id)
		})
	}
}

// BenchmarkProductLoad loads the example's products as a build does
// before rendering: every version's inventory and the vulnerabilities.
func BenchmarkProductLoad(b *testing.B) {
	c, _ := kindtest.Load(b, "../jspgen.toml", "../content")
	asOf := content.NewDate(2026, 2, 16)
	for b.Loop() {
		for _, p := range c.Products {
			kp, _ := kind.NewProduct(c.Dir, p, asOf)
			vuln.Load(c.Dir, p, kp.Inventory, asOf)
		}
	}
}
