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
// shared update channel, are not among them). It changes no rule. The
// sender it names is the one the rule takes (diagram's hosted zones, as
// hostedSenderWords says it): a system the customer or the manufacturer
// hosts, not an app on a phone, tablet or computer, nor a sender at the
// device, which it says so that a flow from such an app (a wheelchair's
// firmware sent from the app on the user's phone) does not contradict
// "no such flow".
const noFleetFlowsText = "No multi-patient harm view is recorded. The view is drawn from the data flows in which a system that the customer or the manufacturer hosts, such as a server or a cloud service, sends therapy data, configuration or software toward the product's own parts or the systems that run them, or receives or passes on alarms (a phone, tablet or personal computer, such as one that runs one of the product's apps, or anything at the device itself, is not such a system); the product data list no such flow, and no view of this kind is written in the product data. Other ways one compromise could reach many patients (for example, results or images that one shared system gives every user, or software from one shared update channel) are not drawn from these data, so the missing view does not show that the product has none."
