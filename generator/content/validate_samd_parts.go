package content

import "strings"

// samdPartsUnstated is the parts warning of software as a medical device
// that lists no [[parts]]: it has no hardware of its own, so the implicit
// part (AllParts) says nothing of where it runs (ImplicitPartHostUnstated).
// It names every built document that draws the product's parts or
// describes them, the risk report's data-flow diagram too; "" when none
// does. updatesSaying is the updatesSaying of the implicit part.
func (v *productValidator) samdPartsUnstated(updatesSaying string) string {
	p := v.p
	var drawn []string
	if len(p.DataFlows) > 0 {
		if p.Produces("security_plan") {
			drawn = append(drawn, "the security plan's architecture views")
		}
		if p.Produces("risk_report") {
			drawn = append(drawn, "the risk report's data-flow diagram")
		}
	}
	var says []string
	switch {
	case len(drawn) == 1 && !p.Produces("security_plan"): // the diagram, one
		says = append(says, drawn[0]+" draws it in no trust zone")
	case len(drawn) > 0:
		says = append(says, strings.Join(drawn, " and ")+" draw it in no trust zone")
	}
	if updatesSaying != "" {
		says = append(says, updatesSaying+" \"Not stated\" for who installs its updates")
	}
	if len(says) == 0 {
		return ""
	}
	return "not stated: where the product runs; it is software as a medical device (samd = true) and lists no [[parts]]: " +
		strings.Join(says, "; ") +
		" (add a [[parts]] entry with runs = where it runs: \"customer_hosted\" for software on the customer's servers, \"customer_device\" for an app on the customer's own phones, tablets or computers, \"manufacturer_hosted\" for a service you host; and patching = who installs its updates)"
}
