package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// A data flow can hand the device's data to a system outside the
// product that another organisation runs: a partner's phone app and
// cloud service that forward a home meter's results to the clinic
// (inrhome). cloud.services lists only the services the product uses, so
// services = [] beside such a flow does not say that the device talks to
// nothing outside the customer's network: CONN-4 then takes no No from
// it (outsideNetwork). Where the system the flow reaches is a cloud
// service, or one the manufacturer hosts, the data say the device's data
// leave the customer's network, whoever runs it: CONN-4 Yes.

// handoffFlow is a data flow between a part of the product on the
// customer's side and an outside system ([[flow_endpoints]], not a
// part) that is a cloud service (its related system's kind), one the
// manufacturer hosts (zone manufacturer_hosted), or one another
// organisation runs (zone third_party with operated_by written). A flow
// on a link internal to the product is none.
type handoffFlow struct {
	i     int
	local content.Part
	end   content.FlowEndpoint
	// cloud is the cloud service the end is (related_system), nil if it
	// names none.
	cloud *content.RelatedSystem
}

// outside reports whether the data place the flow's other end outside
// the customer's network: a cloud service not the customer's own, or a
// system the manufacturer hosts.
func (h handoffFlow) outside() bool {
	if h.cloud != nil {
		return !h.cloud.Runs.IsCustomerHosted() && !h.cloud.Runs.IsCustomerInfrastructure()
	}
	return h.end.Zone == "manufacturer_hosted"
}

// handoffFlows lists the product's handoff flows, in data-flow order.
func (f *mds2Facts) handoffFlows() []handoffFlow {
	var out []handoffFlow
	for i, d := range f.p.DataFlows {
		if d.Interface != "" && f.p.InternalInterface(d.Interface) {
			continue
		}
		for _, ends := range [2][2]string{{d.From, d.To}, {d.To, d.From}} {
			local := f.flowPart(ends[0])
			if !customerSide(local) {
				continue
			}
			end, ok := f.outsideEndpoint(ends[1])
			if !ok {
				continue
			}
			h := handoffFlow{i: i, local: local, end: end}
			if rs := f.p.RelatedSystem(end.RelatedSystem); end.RelatedSystem != "" && rs != nil && rs.Kind == "cloud_service" {
				h.cloud = rs
			}
			if h.cloud == nil && end.Zone != "manufacturer_hosted" && (end.Zone != "third_party" || strings.TrimSpace(end.OperatedBy) == "") {
				continue
			}
			out = append(out, h)
			break
		}
	}
	return out
}

// outsideEndpoint is the [[flow_endpoints]] entry a data flow's end
// names, where it is an outside system, not a part of the product.
func (f *mds2Facts) outsideEndpoint(name string) (content.FlowEndpoint, bool) {
	if e, ok := f.p.ResolveFlowEnd(name); !ok || e.IsPart() {
		return content.FlowEndpoint{}, false
	}
	for _, fe := range f.p.FlowEndpoints {
		if fe.Part == "" && fe.Matches(name) {
			return fe, true
		}
	}
	return content.FlowEndpoint{}, false
}

// flowToOutsideService (CONN-4 Yes) is the first handoff flow whose
// other end the data place outside the customer's network: a cloud
// service (related_systems kind cloud_service, not hosted by the
// customer), whoever runs it, or a system the manufacturer hosts.
func (f *mds2Facts) flowToOutsideService() (fact, bool) {
	for _, h := range f.handoffFlows() {
		if !h.outside() {
			continue
		}
		d := f.p.DataFlows[h.i]
		from, to := h.local.Name, h.end.Name
		if f.flowPart(d.From).ID != h.local.ID {
			from, to = to, from
		}
		is := "a system the manufacturer hosts (flow_endpoints zone manufacturer_hosted)"
		if h.cloud != nil {
			is = fmt.Sprintf("a cloud service (related_systems %s)", h.cloud.ID)
			if !strings.EqualFold(strings.TrimSpace(h.cloud.Name), strings.TrimSpace(h.end.Name)) {
				is = h.cloud.Name + ", " + is
			}
		}
		return f.yes(f.flowPath(h.i), fmt.Sprintf("(%s) goes from %s to %s; %s is %s, outside the customer's network", d.ID, from, to, h.end.Name, is)), true
	}
	return fact{}, false
}
