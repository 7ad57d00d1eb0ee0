package estar

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/diagram"
)

// The rows of the threat model, the security controls and the
// architecture views link sections that print "None recorded", or a
// view's text without its drawing, where the product data leaves them
// incomplete; check warns of each (content's completeness, diagram.Views).
// The notes below say the same in the row, as the labeling row names its
// incomplete items, so that a linked row does not read as complete.

// threatPhaseGaps names the lifecycle phases for which the threat model
// records no threat; "" when each has one.
func threatPhaseGaps(p *content.Product) string {
	gaps := labels(p.PhasesWithoutThreat())
	switch len(gaps) {
	case 0:
		return ""
	case 1:
		return "The threat model records no threat for the " + gaps[0] + " phase of the lifecycle (threats.phase)."
	}
	return fmt.Sprintf("The threat model records no threat for %d of the %d lifecycle phases (threats.phase): %s.",
		len(gaps), len(content.ThreatPhases), strings.Join(gaps, "; "))
}

// controlCategoryGaps names the security control categories in which no
// control is recorded; "" when each has one.
func controlCategoryGaps(p *content.Product) string {
	gaps := labels(p.CategoriesWithoutControl())
	switch len(gaps) {
	case 0:
		return ""
	case 1:
		return "No control is recorded in the security control category " + gaps[0] + " (controls.category)."
	}
	return fmt.Sprintf("No control is recorded in %d of the %d security control categories (controls.category): %s.",
		len(gaps), len(content.Categories), strings.Join(gaps, "; "))
}

// labels gives each key's label (content.Label).
func labels(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = content.Label(k)
	}
	return out
}

// viewDrawingGap says which architecture views of kind the security plan
// gives in words only, without the drawing the diagram package leaves out
// with a warning: a view drawn from the data flows whose [[architecture]]
// entry is shown while no flow is there to draw, or a security use case
// that names no data flows. A hand-drawn image is a drawing; an entry
// with no_diagram says no drawing is due. "" when none lacks one.
func viewDrawingGap(p *content.Product, kind string) string {
	views := p.ViewsOf(kind)
	if kind != "security_use_case" {
		for _, v := range views {
			if !v.Generated() {
				return ""
			}
		}
		if len(views) == 0 || diagram.DrawsView(p, kind) {
			return ""
		}
		flows := "none of the product's data flows is one this view draws (data_flows)"
		if len(p.DataFlows) == 0 {
			flows = "the product data lists no data flows (data_flows)"
		}
		return "The " + plan + " gives this view in words only, without a drawing: " + flows + ", and the view's entry gives no hand-drawn image (architecture.image)."
	}
	var undrawn []string
	for _, v := range views {
		if v.Generated() && len(v.Flows) == 0 {
			undrawn = append(undrawn, "\""+v.Title+"\"")
		}
	}
	switch {
	case len(undrawn) == 0:
		return ""
	case len(views) == 1:
		return "The " + plan + " gives the security use case " + undrawn[0] + " in words only, without a drawing: its entry names no data flows (architecture.flows) and gives no hand-drawn image (architecture.image)."
	}
	why := "their entries name no data flows (architecture.flows) and give no hand-drawn image (architecture.image)"
	if len(undrawn) == 1 {
		why = "its entry names no data flows (architecture.flows) and gives no hand-drawn image (architecture.image)"
	}
	return fmt.Sprintf("The %s gives %d of the %d security use cases in words only, without a drawing: %s; %s.",
		plan, len(undrawn), len(views), strings.Join(undrawn, "; "), why)
}
