package inventory

import (
	"testing"

	"github.com/jspgen/jspgen/generator/sbom"
)

// TestTypeUnstated: a component of an SBOM file that states no type is
// the one the annotated copy marks; one with a type, or one only the
// product data list, is not.
func TestTypeUnstated(t *testing.T) {
	for _, c := range []struct {
		name string
		c    Component
		want bool
	}{
		{"SBOM component without a type", Component{Component: sbom.Component{Name: "linux-kernel"}, SBOMFile: "s.spdx.json"}, true},
		{"SBOM component with a type", Component{Component: sbom.Component{Name: "os", Type: "operating-system"}, SBOMFile: "s.spdx.json"}, false},
		{"product data only", Component{Component: sbom.Component{Name: "tool"}}, false},
	} {
		if got := c.c.TypeUnstated(); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
