package content

import (
	"cmp"
	"fmt"
	"strings"
)

// A data flow from a part of the product to a [[flow_endpoints]] system in
// the third_party zone hands data to a system outside both the customer's
// and the manufacturer's keeping (a receiving hospital's station, another
// maker's cloud). The CSD names each such flow, so the customer learns that
// its patients' data goes on; it says who runs the recipient only where
// operated_by states it, and that it is not stated otherwise: the zone
// alone does not tell the customer whether another organisation or its
// own staff run another maker's system.

// ThirdPartyFlow is a flow that hands data from the product to a third
// party's system.
type ThirdPartyFlow struct {
	Flow       DataFlow
	Endpoint   string // the endpoint's name, as [[flow_endpoints]] writes it
	OperatedBy string // who runs it; "" when not stated
	// Onward are the flows by which the recipient, or a third party it
	// hands data to, passes data on to another third party's system (a
	// HISP passing a report on to the patient's eye doctor): naming only
	// the first hop would hide who finally holds the data.
	Onward []OnwardFlow
}

// OnwardFlow is a flow between two third parties' systems that passes on
// data the product handed to the first of them.
type OnwardFlow struct {
	Flow       DataFlow
	From       string // the sending system's name, as [[flow_endpoints]] writes it
	Endpoint   string // the receiving system's name
	OperatedBy string // who runs the receiving system; "" when not stated
}

// ThirdPartyFlows lists, in data_flows order, the flows from a part of the
// product to a [[flow_endpoints]] system whose zone is third_party.
func (p *Product) ThirdPartyFlows() []ThirdPartyFlow {
	var out []ThirdPartyFlow
	for _, d := range p.DataFlows {
		if from, _ := p.ResolveFlowEnd(d.From); !from.IsPart() {
			continue
		}
		if fe, ok := p.thirdPartyEndpoint(d.To); ok {
			out = append(out, ThirdPartyFlow{Flow: d, Endpoint: fe.Name, OperatedBy: p.thirdPartyOperator(fe), Onward: p.onwardFlows(fe)})
		}
	}
	return out
}

// thirdPartyOperator is who runs the third party's system fe: its
// operated_by, else the provider [[cloud.services]] names for it.
func (p *Product) thirdPartyOperator(fe FlowEndpoint) string {
	return cmp.Or(strings.TrimSpace(fe.OperatedBy), p.cloudServiceProvider(fe.Name))
}

// onwardFlows lists, hop by hop and each hop in data_flows order, the
// flows from the third party's system first, or from one such a flow
// reaches, to another third party's system; each system is followed
// once, so a loop ends.
func (p *Product) onwardFlows(first FlowEndpoint) []OnwardFlow {
	var out []OnwardFlow
	seen := map[string]bool{first.Name: true}
	queue := []FlowEndpoint{first}
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		for _, d := range p.DataFlows {
			src, ok := p.thirdPartyEndpoint(d.From)
			if !ok || src.Name != from.Name {
				continue
			}
			dst, ok := p.thirdPartyEndpoint(d.To)
			if !ok || dst.Name == from.Name {
				continue
			}
			out = append(out, OnwardFlow{Flow: d, From: src.Name, Endpoint: dst.Name, OperatedBy: p.thirdPartyOperator(dst)})
			if !seen[dst.Name] {
				seen[dst.Name] = true
				queue = append(queue, dst)
			}
		}
	}
	return out
}

// OperatedThirdPartyFlows is ThirdPartyFlows limited to those whose
// recipient's operator is stated: the ones the key facts can say go to
// another organisation.
func (p *Product) OperatedThirdPartyFlows() []ThirdPartyFlow {
	var out []ThirdPartyFlow
	for _, f := range p.ThirdPartyFlows() {
		if f.OperatedBy != "" {
			out = append(out, f)
		}
	}
	return out
}

// cloudServiceProvider is the provider [[cloud.services]] states for the
// service named name, "" when none is named so: a third party's system
// that is also a cloud service the product uses is run by its provider,
// which the CSD's cloud table already names.
func (p *Product) cloudServiceProvider(name string) string {
	for _, s := range p.Cloud.Services {
		if strings.EqualFold(strings.TrimSpace(s.Name), strings.TrimSpace(name)) {
			return strings.TrimSpace(s.Provider)
		}
	}
	return ""
}

// thirdPartyEndpoint is the [[flow_endpoints]] entry a flow's end names
// when it is a system (not a part) in the third_party zone. A part's ID or
// name wins over an endpoint, as ResolveFlowEnd decides.
func (p *Product) thirdPartyEndpoint(name string) (FlowEndpoint, bool) {
	end, _ := p.ResolveFlowEnd(name)
	if end.IsPart() || end.Zone != "third_party" {
		return FlowEndpoint{}, false
	}
	for _, fe := range p.FlowEndpoints {
		if fe.Matches(name) {
			return fe, true
		}
	}
	return FlowEndpoint{}, false
}

// flowEndpointOperators: operated_by names who runs a third party's
// system; on an endpoint in another zone (or one that means a part) it
// would contradict where the drawing places it.
func (v *productValidator) flowEndpointOperators() {
	for i, fe := range v.p.FlowEndpoints {
		if strings.TrimSpace(fe.OperatedBy) == "" {
			if fe.OperatedBy != "" {
				v.errorf(fmt.Sprintf("flow_endpoints[%d].operated_by", i), "is blank; leave it out when who runs %q is not stated", fe.Name)
			}
			continue
		}
		if fe.Part != "" || fe.Zone != "third_party" {
			v.errorf(fmt.Sprintf("flow_endpoints[%d].operated_by", i), "is only for a system in zone \"third_party\" (one neither the customer nor the manufacturer runs); %q is not one", fe.Name)
		}
	}
}
