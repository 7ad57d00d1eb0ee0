package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVendorIsTheVersionsMaker: a CSAF vendor branch names the company
// that made the versions under it: a version another company made
// (versions.manufacturer) sits under that company, the site's own
// versions under the site's manufacturer, each maker once, in the order
// of its first version; the publisher stays the site's manufacturer.
func TestVendorIsTheVersionsMaker(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	site := c.Site.Manufacturer.Name
	const other = "Former Maker Ltd"
	if len(p.Versions) < 3 {
		t.Fatal("the example has fewer than three versions")
	}
	var versions []string
	for i := range p.Versions {
		versions = append(versions, p.Versions[i].Version)
	}
	p.Versions[0].Manufacturer = other
	p.Versions[2].Manufacturer = other
	vendors := func(bs []csaf.Branch) map[string][]string {
		out := map[string][]string{}
		for _, b := range bs {
			if b.Category != "vendor" {
				t.Errorf("top branch %q is a %s, want a vendor", b.Name, b.Category)
			}
			for _, name := range b.Branches {
				for _, v := range name.Branches {
					out[b.Name] = append(out[b.Name], v.Name)
				}
			}
		}
		return out
	}
	branches, ids := versionBranch(env, p, versions)
	got := vendors(branches)
	want := []string{versions[0], versions[2]}
	if len(branches) != 2 || branches[0].Name != other || branches[1].Name != site {
		t.Fatalf("vendors %v, want %s then %s", got, other, site)
	}
	if g := got[other]; len(g) != 2 || g[0] != want[0] || g[1] != want[1] {
		t.Errorf("%s's versions %v, want %v", other, g, want)
	}
	if g := got[site]; len(g) != len(versions)-2 || g[0] != versions[1] {
		t.Errorf("%s's versions %v, want every other version", site, g)
	}
	if len(ids) != len(versions) {
		t.Errorf("product IDs %v, want one per version", ids)
	}
	// One version another company made: its maker alone, not the site.
	only, _ := versionBranch(env, p, versions[:1])
	if len(only) != 1 || only[0].Name != other {
		t.Errorf("vendor of %s: %v, want %s alone", versions[0], vendors(only), other)
	}
	// A model's end-of-support notice: each vendor holds the family with
	// the models running the versions it made.
	models := modelBranch(env, p, p.Models[:1], versions)
	if len(models) != 2 || models[0].Name != other || models[1].Name != site {
		t.Fatalf("model tree vendors %+v, want %s then %s", models, other, site)
	}
	if fam := models[0].Branches; len(fam) != 1 || fam[0].Category != "product_family" || len(fam[0].Branches) != 1 || len(fam[0].Branches[0].Branches) != 2 {
		t.Errorf("%s's model tree %+v, want the family, one model, its two versions", other, fam)
	}
	if pub := meta(env, p.Product, versions[:1], "csaf_vex", "t", "ID", []csaf.Revision{{Date: "2026-01-01T00:00:00.000Z", Number: "1", Summary: "s"}}).Publisher; pub.Name != site {
		t.Errorf("publisher %q, want the site's manufacturer %q, who publishes the document", pub.Name, site)
	}
}
