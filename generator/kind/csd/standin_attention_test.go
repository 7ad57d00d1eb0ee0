package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestCSDStandInAttention: a version without a list of its own is never
// judged on the stand-in list, as the lifecycle page judges none: the
// list can no more show a component is in the version than that it is
// missing, whether or not the version's vulnerability records name a
// component the list lacks (NotListed).
func TestCSDStandInAttention(t *testing.T) {
	on := content.NewDate(2026, 1, 1)
	ended := component("oldlib", "library", "Acme", "abandoned", content.Date{}, inventory.OriginProductRule)
	dev := &content.Version{Version: "2.1", EndOfSupport: content.NewDate(2030, 1, 1)}
	for _, tc := range []struct {
		name      string
		record    sbom.Component
		attention int
	}{
		{"its records name only a listed component", sbom.Component{Name: "oldlib"}, 0},
		{"its records name one the list lacks", sbom.Component{Name: "modem firmware", Version: "4.1.0"}, 0},
	} {
		vs := &vuln.Set{List: []*vuln.Vulnerability{{Version: "2.1", Components: []sbom.Component{tc.record}}}}
		p := kind.Product{Product: &content.Product{}, Vulnerabilities: vs,
			Inventory: &inventory.Inventory{List: []inventory.Component{ended}, ListedFor: "3.0"}}
		d := data(on, p, dev, nil, "")
		if len(d.Attention) != tc.attention {
			t.Errorf("%s: %d components need attention, want %d (NotListed %q)", tc.name, len(d.Attention), tc.attention, d.NotListed)
		}
	}
}
