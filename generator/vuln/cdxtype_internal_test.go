package vuln

import (
	"testing"

	cdx "github.com/CycloneDX/cyclonedx-go"

	"github.com/jspgen/jspgen/generator/sbom"
)

// typeStated is the PropertyTypeStated value c carries; "" for none.
func typeStated(c cdx.Component) string {
	if c.Properties != nil {
		for _, p := range *c.Properties {
			if p.Name == sbom.PropertyTypeStated {
				return p.Value
			}
		}
	}
	return ""
}

// TestVEXTypesOnlyWhatIsStated: the CycloneDX VEX types its subject and
// components as the SBOM or product data state; a type it must supply
// (CycloneDX requires one) is an application for the subject, a library
// for a component, marked jspgen:type:stated "false" as in the annotated
// copies. Where the software runs decides nothing. A component keeps
// the supplier the data name.
func TestVEXTypesOnlyWhatIsStated(t *testing.T) {
	for _, c := range []struct {
		name, stated, want, mark string
	}{
		{"subject states firmware", "firmware", "firmware", ""},
		{"subject states an application", "application", "application", ""},
		{"subject states none", "", "application", "false"},
		{"subject states a type CycloneDX lacks", "source", "application", "false"},
	} {
		var got cdx.Component
		typeSubject(&got, &Version{Type: c.stated})
		if string(got.Type) != c.want || typeStated(got) != c.mark {
			t.Errorf("%s: type %q stated=%q, want %q stated=%q", c.name, got.Type, typeStated(got), c.want, c.mark)
		}
	}
	for _, c := range []struct {
		name, stated, want, mark string
	}{
		{"component states an operating system", "operating-system", "operating-system", ""},
		{"component states a library", "library", "library", ""},
		{"component states an SPDX purpose CycloneDX lacks", "source", "library", ""},
		{"component states none", "", "library", "false"},
	} {
		got := vexComponent(sbom.Component{Name: "Windows Embedded Standard 7", Version: "6.1.7601", Supplier: "Microsoft", Type: c.stated})
		if string(got.Type) != c.want || typeStated(got) != c.mark {
			t.Errorf("%s: type %q stated=%q, want %q stated=%q", c.name, got.Type, typeStated(got), c.want, c.mark)
		}
		if got.Supplier == nil || got.Supplier.Name != "Microsoft" {
			t.Errorf("%s: supplier %+v, want Microsoft", c.name, got.Supplier)
		}
	}
	if got := vexComponent(sbom.Component{Name: "zlib", Version: "1.3", Type: "library"}); got.Supplier != nil {
		t.Errorf("a component of no stated supplier names %+v", got.Supplier)
	}
}
