package plan

import "github.com/jspgen/jspgen/generator/diagram"

// NoViewText is 6.2's sentence for a view of kind that is neither drawn
// nor described, where "None recorded." would read as nothing to assess:
// a multi-patient harm view left out while software comes from the
// physical zone (diagram.NoFleetViewText), else one left out because no
// data flow is of the kinds it is drawn from (noFleetFlowsText). ""
// otherwise.
func (d *PlanData) NoViewText(kind string) string {
	if kind != "multi_patient_harm" {
		return ""
	}
	p := d.product.Product
	if s := diagram.NoFleetViewText(p); s != "" {
		return s
	}
	if diagram.DrawsView(p, kind) {
		return ""
	}
	return p.InHouseWords(noFleetFlowsText)
}

// noFleetFlowsText says why the multi-patient harm view is missing when
// the data give neither a view of the kind nor a flow it is drawn from,
// and that this does not show the product has no such path: the rule
// looks only at a few kinds of data (a diagnostic system's images, or a
// shared update channel, are not among them). It changes no rule.
const noFleetFlowsText = "No multi-patient harm view is recorded. The view is drawn from the data flows in which a part or system that the customer or the manufacturer hosts sends therapy data, configuration or software toward the product's own parts or the systems that run them, or receives or passes on alarms; the product data list no such flow, and no view of this kind is written in the product data. Other ways one compromise could reach many patients (for example, results or images that one shared system gives every user, or software from one shared update channel) are not drawn from these data, so the missing view does not show that the product has none."
