package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// dropComponents removes the [[components]] entries named names from a
// product file, leaving the others.
func dropComponents(names ...string) func(string) string {
	return func(s string) string {
		const head = "\n[[components]]\n"
		parts := strings.Split(s, head)
		kept := parts[:1]
	next:
		for _, p := range parts[1:] {
			for _, n := range names {
				if strings.HasPrefix(p, `name = "`+n+`"`) {
					// keep what follows the entry (a new table)
					if i := strings.Index(p, "\n["); i >= 0 {
						kept[len(kept)-1] += p[i:]
					}
					continue next
				}
			}
			kept = append(kept, p)
		}
		return strings.Join(kept, head)
	}
}

// TestComponentsInProductDataOnlyAreNotCalledSBOM: withdrawn lists
// Alamofire and OkHttp in [[components]] only, yet the CSD's 5.3 called
// them components of the SBOM whose identifiers are in the
// machine-readable file, and the plan said their support facts are in the
// annotated SBOM copy. Neither file holds them. With every component in
// the SBOM file the sentences stay as they were.
func TestComponentsInProductDataOnlyAreNotCalledSBOM(t *testing.T) {
	const (
		csdAll  = "Every component of the SBOM, grouped by type and sorted by name; the support of each is in [5.4 Software support](#5-4-software-support). The identifiers (package URL, CPE) that vulnerability scanners match are in the machine-readable file.\n"
		planAll = "The same facts are published, machine-readable, in `sbom-3.1.1.cdx.annotated.json`, a copy of the SBOM with support properties added.\n"
	)
	cases := []struct {
		name      string
		drop      []string // [[components]] entries removed from the fixture
		csd, plan string
	}{
		{"two in the product data only", nil,
			"Every component of the SBOM and of the product data, grouped by type and sorted by name; the support of each is in [5.4 Software support](#5-4-software-support). The identifiers (package URL, CPE) that vulnerability scanners match are in the machine-readable file, except those of the 2 components listed in the product data only.\n",
			"The same facts are published, machine-readable, in `sbom-3.1.1.cdx.annotated.json`, a copy of the SBOM with support properties added, except those of the 2 components listed in the product data only, which the SBOM does not hold.\n"},
		{"one in the product data only", []string{"OkHttp"},
			"Every component of the SBOM and of the product data, grouped by type and sorted by name; the support of each is in [5.4 Software support](#5-4-software-support). The identifiers (package URL, CPE) that vulnerability scanners match are in the machine-readable file, except those of the component listed in the product data only.\n",
			"The same facts are published, machine-readable, in `sbom-3.1.1.cdx.annotated.json`, a copy of the SBOM with support properties added, except those of the component listed in the product data only, which the SBOM does not hold.\n"},
		{"all in the SBOM", []string{"Alamofire", "OkHttp"}, csdAll, planAll},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			read := buildFixture(t, "withdrawn")
			if c.drop != nil {
				files, _ := buildFixtureEdited(t, "withdrawn", "sonabeat.toml", dropComponents(c.drop...))
				read = func(rel string) string { return files[rel] }
			}
			csd, plan := read("sonabeat/csd.md"), read("sonabeat/security-plan.md")
			for _, n := range c.drop { // the edit took
				kindtest.SaysNone(t, "csd.md", csd, "| "+n+" |")
			}
			kindtest.SaysAll(t, "csd.md", csd, c.csd)
			kindtest.SaysAll(t, "security-plan.md", plan, c.plan)
			if len(c.drop) == 2 {
				kindtest.SaysNone(t, "csd.md", csd, "in the product data only", "of the SBOM and of the product data")
				kindtest.SaysNone(t, "security-plan.md", plan, "in the product data only")
			}
		})
	}
}
