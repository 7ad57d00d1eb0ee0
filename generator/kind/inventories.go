package kind

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// DropInventories empties the inventories of p and of each of its
// versions until ReloadInventories fills them again. A build holds every
// product from loading until its turn to be prepared comes, and the
// inventories, with their parsed SBOM files, were the largest part of
// that after the product files themselves; before its turn the build
// needs a product's inventories only for its vulnerabilities and the
// kind.Portfolio kinds. An emptied inventory reads as one without
// components: nothing may read it before ReloadInventories.
//
// The inventories are emptied and filled in place, not replaced, so that
// every copy of p (the build keeps one per product) sees them filled.
func (p *Product) DropInventories() {
	if p.Inventory != nil {
		*p.Inventory = inventory.Inventory{}
	}
	for _, q := range p.ByVersion {
		if q.Inventory != nil {
			*q.Inventory = inventory.Inventory{}
		}
	}
}

// ReloadInventories fills the inventories DropInventories emptied, built
// again by NewProduct(contentDir, src, asOf), which made p, from the same
// files. Their problems were reported when p was made; they are not
// reported twice.
func (p *Product) ReloadInventories(contentDir string, src *content.Product, asOf content.Date) {
	again, _ := NewProduct(contentDir, src, asOf)
	if p.Inventory != nil {
		*p.Inventory = *again.Inventory
	}
	for v, q := range p.ByVersion {
		if q.Inventory != nil {
			*q.Inventory = *again.ByVersion[v].Inventory // a version sharing p's inventory gets the same
		}
	}
}
