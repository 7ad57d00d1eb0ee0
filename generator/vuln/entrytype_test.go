package vuln

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestEntryTypedVEXComponent: an SBOM component without a type that a
// [[components]] entry types is written in the CycloneDX VEX with that
// type, unmarked, as the annotated copy gives it; a type the SBOM states
// is kept, and a component no entry types stays a library marked
// jspgen:type:stated "false".
func TestEntryTypedVEXComponent(t *testing.T) {
	p := &content.Product{Components: []content.Component{
		{Name: "os", Version: "1", Type: "operating-system"},
		{Name: "fw", Version: "2", Type: "firmware"},
	}}
	in := []sbom.Component{{Name: "os", Version: "1"}, {Name: "fw", Version: "2", Type: "application"}, {Name: "lib", Version: "3"}}
	typed := entryTyped(p, in)
	if in[0].Type != "" {
		t.Errorf("entryTyped changed its argument: %+v", in[0])
	}
	for i, want := range []struct {
		typ    string
		marked bool
	}{{"operating-system", false}, {"application", false}, {"library", true}} {
		c := vexComponent(typed[i])
		marked := c.Properties != nil && len(*c.Properties) > 0 && (*c.Properties)[0].Name == sbom.PropertyTypeStated
		if string(c.Type) != want.typ || marked != want.marked {
			t.Errorf("%s: type %q marked %v, want %q marked %v", typed[i].Name, c.Type, marked, want.typ, want.marked)
		}
	}
}
