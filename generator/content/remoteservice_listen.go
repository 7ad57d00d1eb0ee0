package content

import "fmt"

// An outbound remote service is opened from the customer's side, so no
// listener there is needed for the manufacturer's own connection; but
// where a flow that reaches a part the service works on has no port
// (FlowPortsUnstated: mrigateway's gateway relaying sessions to its
// console, DF-04), which end of that hop listens the data do not say,
// and "nothing on the customer's side listens" would assert it.

// RemoteServiceListenUnstated returns, for remote service whose
// connection is outbound (the templates ask only then), the clause that says which of its hops the
// data leave open (FlowPortsUnstated with an end that is a part the
// service reaches: remote_service.parts, or any part where it names
// none): "the product data state no port for data flow DF-04, from the A
// to the B, so whether anything on the customer's side listens for the
// service is not stated". "" where there is none: the documents then say
// that nothing listens. Plain text; hosp is the customer's word.
func (p *Product) RemoteServiceListenUnstated(hosp string) string {
	reached := map[string]bool{}
	for _, pt := range p.RemoteServiceParts() {
		reached[pt.ID] = true
	}
	var flows []string
	for _, g := range p.FlowPortsUnstated() {
		if len(reached) == 0 && (g.From.IsPart() || g.To.IsPart()) || reached[g.From.Part] && g.From.IsPart() || reached[g.To.Part] && g.To.IsPart() {
			flows = append(flows, p.flowGapText(g))
		}
	}
	if len(flows) == 0 {
		return ""
	}
	return fmt.Sprintf("the product data state no port for %s %s, so whether anything on the %s's side listens for the service's sessions is not stated",
		Plural(len(flows), "data flow", "data flows"), AndList(flows), hosp)
}
