package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanListenersWhoseStateIsNotStated: the navcart's workstation
// listens on 11112/TCP for the PACS's C-STORE, default_enabled not
// written, and 6.4 opened "As shipped, the parts on the customer's
// network listen on no port stated to be open", which reads as none.
// It now names the port and says its state is not stated, as installed
// for a part the manufacturer does not ship; a port stated open or off
// keeps its words.
func TestPlanListenersWhoseStateIsNotStated(t *testing.T) {
	port := func(p *kind.Product, on content.Tri) {
		p.Ports = append([]content.Port(nil), p.Ports...)
		for i := range p.Ports {
			if p.Ports[i].Number == 11112 {
				p.Ports[i].DefaultEnabled = on
			}
		}
	}
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"as written", func(*kind.Product) {},
			[]string{"The parts on the customer's network listen on 11112/TCP (Navigation workstation); whether it is open as shipped is not stated."},
			[]string{"no port stated to be open"}},
		{"the workstation on the hospital's own computer", func(p *kind.Product) {
			p.Parts = append([]content.Part(nil), p.Parts...)
			p.Parts[1].Runs = "customer_device"
		},
			[]string{"The parts on the customer's network listen on 11112/TCP (Navigation workstation); whether it is open as installed is not stated."},
			[]string{"no port stated to be open", "open as shipped"}},
		{"open as shipped", func(p *kind.Product) { port(p, content.True) },
			[]string{"As shipped, the parts on the customer's network listen on 11112/TCP (Navigation workstation)."},
			[]string{"no port stated to be open", "whether it is open"}},
		{"off as shipped", func(p *kind.Product) { port(p, content.False) },
			[]string{"As shipped, the parts on the customer's network listen on no port; 11112/TCP (Navigation workstation) can be enabled."},
			[]string{"no port stated to be open"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderFixturePlanEdited(t, "navcart", "stella-nx", tc.edit)
			kindtest.SaysAll(t, "security-plan.md", md, tc.says...)
			kindtest.SaysNone(t, "security-plan.md", md, tc.never...)
		})
	}
}
