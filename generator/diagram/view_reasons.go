package diagram

import "github.com/jspgen/jspgen/generator/content"

// NotDrawnReason says, for a document that does not provide an
// architecture view of kind (content.ViewKinds), why: the product data
// has no [[architecture]] entry of the kind and, for a view drawn from
// the data alone, what its rule looks for and that the data has none of
// it. It says only that: the multi-patient harm view's rule looks for a
// few kinds of data, and a product none of whose flows is of them (a
// diagnostic system whose orders and images cover every patient) may
// still have a path to many patients, which the data alone do not draw.
func NotDrawnReason(p *content.Product, kind string) string {
	const base = "The product data has no architecture for this view (architecture)"
	switch {
	case kind == "security_use_case":
		return base + "."
	case len(p.DataFlows) == 0 || kind == "global_system":
		return base + ", and " + FlowsLacking("global_system") + "."
	case kind == "multi_patient_harm":
		if left := fleetSendersLeftOut(p); left != "" {
			// Flows named next: not "no such flow" (fleetSendersLeftOut).
			return base + ". Drawn from the data alone, the view shows only the data flows in which " + hostedSenderWords + " sends therapy data, configuration or software " + fleetTarget + ", or receives or passes on alarms (data_flows, parts.runs, flow_endpoints.zone); " + left + "; other paths by which one compromise could reach many patients are not drawn from the data alone." + unassessedFleetReason(p)
		}
		return base + ". Drawn from the data alone, the view shows only the data flows in which a part or system hosted by the customer or by the manufacturer sends therapy data, configuration or software " + fleetTarget + ", or receives or passes on alarms (data_flows, parts.runs, flow_endpoints.zone), and the product data has no such flow; other paths by which one compromise could reach many patients are not drawn from the data alone." + unassessedFleetReason(p)
	case kind == "updatability":
		return base + ". Drawn from the data alone, the view shows the data flows that carry software (data_flows.data), and the product data has no such flow."
	}
	return base + "."
}
