package estar

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLinkedRowsNameTheirGaps: the threat model, security controls and
// architecture view rows link sections the data leaves incomplete (a
// lifecycle phase with no threat, a control category with no control, a
// view shown in words without its drawing, of which check warns); each
// row then says so, as the labeling row names its incomplete items.
// The example, complete, has no such note.
func TestLinkedRowsNameTheirGaps(t *testing.T) {
	const (
		threatModel = "Threat model"
		controls    = "Security controls"
		global      = "Architecture view: Global system view"
		useCases    = "Architecture view: Security use case views"
	)
	p, _ := kindtest.Product(t, kindtest.LoadExample(t), kindtest.Example)
	for _, e := range []string{threatModel, controls, global, useCases} {
		if r := rowOf(Rows(p), e); !r.Provided() || r.Note != "" {
			t.Errorf("example: %s: want provided without a note, got %+v", e, r)
		}
	}

	// A fresh load: the product is shared by its loads.
	p, _ = kindtest.Product(t, kindtest.LoadExample(t), kindtest.Example)
	p.Threats = slices.DeleteFunc(p.Threats, func(th content.Threat) bool { return th.Phase != "interoperation" })
	p.Controls = slices.DeleteFunc(p.Controls, func(c content.Control) bool { return c.Category != "integrity" })
	p.DataFlows = nil
	n := 0
	for i, v := range p.Architecture {
		if v.Kind == "security_use_case" {
			if n == 0 {
				p.Architecture[i].Flows, p.Architecture[i].Image, p.Architecture[i].NoDiagram = nil, "", false
			}
			n++
		}
	}
	rows := Rows(p)
	for _, c := range []struct{ element, want string }{
		{threatModel, "The threat model records no threat for 5 of the 6 lifecycle phases (threats.phase): Supply chain; Manufacturing; Deployment; Maintenance and update; Decommissioning."},
		{controls, "No control is recorded in 7 of the 8 security control categories (controls.category): Authentication; Authorization; Cryptography; Confidentiality; Event detection and logging; Resiliency and recovery; Updatability and patchability."},
		{global, "The Product Security Plan gives this view in words only, without a drawing: the product data lists no data flows (data_flows), and the view's entry gives no hand-drawn image (architecture.image)."},
		{useCases, "in words only, without a drawing:"},
	} {
		r := rowOf(rows, c.element)
		if !r.Provided() || !strings.Contains(r.Note, c.want) {
			t.Errorf("%s: want provided with a note containing %q, got %+v", c.element, c.want, r)
		}
	}
	if n == 0 {
		t.Error("the example has no security use case entry")
	}
}
