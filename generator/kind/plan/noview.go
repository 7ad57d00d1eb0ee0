package plan

import "github.com/jspgen/jspgen/generator/diagram"

// NoViewText is 6.2's sentence for a view of kind that is neither drawn
// nor described, where "None recorded." would read as nothing to assess:
// a multi-patient harm view left out while software comes from the
// physical zone (diagram.NoFleetViewText). "" otherwise.
func (d *PlanData) NoViewText(kind string) string {
	if kind != "multi_patient_harm" {
		return ""
	}
	return diagram.NoFleetViewText(d.product.Product)
}
