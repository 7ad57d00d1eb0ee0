package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentWarningForTheSupportedVersionsOwn: the warning that a
// component's support ends before the current version's is given while
// the version is supported. (Its list holds its own components only:
// another version's SBOM file the product lists is that version's, see
// generator's TestSBOMFilesOfEveryVersionInOneList.) Once the version's
// own support has ended on the as-of date it does not say "is supported
// until", nor anything else: no stage is left to change. A component's
// end of support already past reads "ended on".
func TestComponentWarningForTheSupportedVersionsOwn(t *testing.T) {
	c := kindtest.LoadExample(t)
	base, _ := kindtest.Product(t, c, kindtest.Example) // current version 4.2.1, end of support 2028-12-31
	file := func(path, subject string) inventory.SBOMFile {
		return inventory.SBOMFile{Path: path, Document: &sbom.Document{Subject: &sbom.Component{Name: "Halcyon", Version: subject}}}
	}
	comp := func(name, file string, support content.SupportLevel, eos content.Date) inventory.Component {
		return inventory.Component{Component: sbom.Component{Name: name, Version: "1"}, Support: support, EndOfSupport: eos, SBOMFile: file, SBOMFiles: []string{file}}
	}
	inv := &inventory.Inventory{
		SBOMs: []inventory.SBOMFile{file("sbom.cdx.json", "4.2.1"), file("sbom-any.cdx.json", "")},
		List: []inventory.Component{
			comp("libown", "sbom.cdx.json", "no_longer_maintained", content.Date{}),
			comp("libany", "sbom-any.cdx.json", "maintained", content.NewDate(2026, 1, 31)),
			{Component: sbom.Component{Name: "libfile", Version: "1"}, Support: "abandoned"}, // a [[components]] entry of no SBOM file
		},
		Noticed: map[string][]*inventory.Component{},
	}
	for _, tc := range []struct {
		name string
		asOf content.Date
		want []string
	}{
		{"supported", content.NewDate(2026, 2, 16), []string{
			"component libown 1: it is no longer maintained while version 4.2.1 is supported until 2028-12-31",
			"component libany 1: its support ended on 2026-01-31, before version 4.2.1's end of support on 2028-12-31",
			"component libfile 1: it is abandoned while version 4.2.1 is supported until 2028-12-31",
		}},
		{"before the component's end", content.NewDate(2025, 12, 1), []string{
			"component libown 1: it is no longer maintained while version 4.2.1 is supported until 2028-12-31",
			"component libany 1: its support ends 2026-01-31, before version 4.2.1's end of support on 2028-12-31",
			"component libfile 1: it is abandoned while version 4.2.1 is supported until 2028-12-31",
		}},
		{"on the version's end of support", content.NewDate(2028, 12, 31), nil},
		{"after the version's end of support", content.NewDate(2029, 3, 1), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base
			p.Inventory = inv
			var got []string
			for _, d := range check(kindtest.Env(c, tc.asOf), p) {
				if strings.Contains(d.Message, "lifecycle stage") {
					got = append(got, d.Message)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("got %d warnings, want %d:\n  %s", len(got), len(tc.want), strings.Join(got, "\n  "))
			}
			kindtest.SaysAll(t, "the warnings", strings.Join(got, "\n"), tc.want...)
		})
	}
}
