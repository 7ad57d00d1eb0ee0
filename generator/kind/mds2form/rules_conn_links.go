package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// insideNetworkOrLinks (CONN-3): the rule of insideNetworkOrOwnLinks
// (ports, or no link at all), else Yes from a data flow between a part
// of the product on the device or on a server the customer hosts and a
// system the data place in the customer's infrastructure or on a server
// it hosts (linkFromOwnSide: a data manager forwarding results to the
// hospital's laboratory system). Such a flow is communication with
// another system in the customer's environment whether or not its port
// is stated; check only held it against a hand No, so that it demanded
// an answer the data already gave.
func (f *mds2Facts) insideNetworkOrLinks() (fact, bool) {
	if d, ok := f.insideNetworkOrOwnLinks(); ok {
		return d, true
	}
	return f.linkFromOwnSide()
}

// linkFromOwnSide is the first flow of content.Product.CustomerLinks
// (no point-to-point link) whose end in the product is a part on the
// device or hosted by the customer, and whose other end is a part that
// is the customer's own infrastructure or a system [[flow_endpoints]]
// place there or on a server the customer hosts. A flow from a part the
// manufacturer hosts (a portal a clinic's browser opens over the
// internet) is no communication of the device's inside that network,
// and a system on the customer's own computers may be the very host the
// product runs on (a plug-in's host): neither decides.
func (f *mds2Facts) linkFromOwnSide() (fact, bool) {
	var ids []string
	for _, l := range f.p.CustomerLinks() {
		ids = append(ids, l.Flows...)
	}
	ownSide := func(e content.FlowEnd) bool {
		return e.IsPart() && (e.Zone == "device" || e.Zone == "customer_hosted")
	}
	inside := func(e content.FlowEnd) bool {
		return e.Zone == "customer_infrastructure" || !e.IsPart() && e.Zone == "customer_hosted"
	}
	for i, d := range f.p.DataFlows {
		if !slices.Contains(ids, d.ID) {
			continue
		}
		from, _ := f.p.ResolveFlowEnd(d.From)
		to, _ := f.p.ResolveFlowEnd(d.To)
		own, sys := from, to
		if !ownSide(own) {
			own, sys = to, from
		}
		if !ownSide(own) || !inside(sys) {
			continue
		}
		return f.yes(f.flowPath(i), fmt.Sprintf("is %s, by which %s, which %s, exchanges data with %s, which the data place on the customer's network",
			d.ID, f.p.Part(own.Part).TheName(), f.p.PartRunsWhere(f.p.Part(own.Part)), sys.Label)), true
	}
	return fact{}, false
}
