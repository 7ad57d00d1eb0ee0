package content

import (
	"fmt"
	"strings"
)

// A [[flow_endpoints]] name may be one of the [[related_systems]] (another
// maker's stethoscope that streams to the device, the manufacturer's
// portal written by name): related_system says which. The data-in-transit
// table then names the system, and its maker, beside the flow's end, and
// the related-systems section lists the flows the system takes part in,
// so the two read as one thing. Without the link nothing is inferred from
// the names alone.

// RelatedFlow is one data flow that a related system takes part in.
type RelatedFlow struct {
	Flow  DataFlow
	Sends bool   // the system is the flow's from; else its to
	Peer  string // the other end, as the data-in-transit table names it
}

// FlowEndRelated is the related system a data flow's end names through a
// [[flow_endpoints]] entry's related_system, or nil. A part's ID wins over
// an endpoint, as ResolveFlowEnd decides.
func (p *Product) FlowEndRelated(name string) *RelatedSystem {
	if end, _ := p.ResolveFlowEnd(name); end.IsPart() {
		return nil
	}
	for _, fe := range p.FlowEndpoints {
		if fe.RelatedSystem != "" && fe.Matches(name) {
			return p.RelatedSystem(fe.RelatedSystem)
		}
	}
	return nil
}

// FlowEndCell names a data flow's end for the data-in-transit table: as
// FlowEnd does, followed by the related system it is and that system's
// maker, where a [[flow_endpoints]] entry links one.
func (p *Product) FlowEndCell(name string) string {
	out := p.FlowEnd(name)
	s := p.FlowEndRelated(name)
	if s == nil {
		return out
	}
	var what []string
	if !strings.EqualFold(strings.TrimSpace(s.Name), strings.TrimSpace(out)) {
		what = append(what, s.Name)
	}
	if m := strings.TrimSpace(s.Maker); m != "" {
		what = append(what, "made by "+m)
	} else if len(what) == 0 {
		what = append(what, "a related system")
	}
	return out + " (" + strings.Join(what, ", ") + ")"
}

// RelatedFlows lists, in data_flows order, the flows whose from or to is a
// [[flow_endpoints]] name linked to the system.
func (p *Product) RelatedFlows(s RelatedSystem) []RelatedFlow {
	var out []RelatedFlow
	is := func(name string) bool {
		r := p.FlowEndRelated(name)
		return r != nil && r.ID == s.ID
	}
	for _, d := range p.DataFlows {
		switch {
		case is(d.From):
			out = append(out, RelatedFlow{Flow: d, Sends: true, Peer: p.FlowEnd(d.To)})
		case is(d.To):
			out = append(out, RelatedFlow{Flow: d, Peer: p.FlowEnd(d.From)})
		}
	}
	return out
}

// RelatedDirectLink says how another maker's system whose hosting the data
// do not state reaches the product, when every flow it takes part in runs
// over a point-to-point link (Bluetooth, USB, serial, NFC, infrared, a
// radio link, a contact closure) of a part on the device: "Directly to
// the cart PC, over Bluetooth". Such a system is hardware beside the device (a peripheral),
// for which "Hosted: Not stated" says nothing; the documents print this
// instead. "" otherwise: a system with no linked flows, one reached over
// a network or over an interface of unknown kind keeps its Hosted row.
func (p *Product) RelatedDirectLink(s RelatedSystem) string {
	if strings.TrimSpace(s.Maker) == "" || p.RelatedHosting(s) != "" {
		return ""
	}
	flows := p.RelatedFlows(s)
	if len(flows) == 0 {
		return ""
	}
	var peers, links []string
	for _, f := range flows {
		i := p.Interface(f.Flow.Interface)
		if i == nil || !directLink(i.Kind) || !p.PartOfInterface(*i).Runs.IsDevice() {
			return ""
		}
		peers = appendNew(peers, p.FlowEnd(p.PartOfInterface(*i).ID))
		links = appendNew(links, p.InterfaceShort(i.ID))
	}
	return fmt.Sprintf("Directly to %s, over %s", AndList(peers), AndList(links))
}

// directLink reports an interface kind that joins the device to one peer
// beside it, not to a network of hosts the customer or a carrier runs: a
// contact closure is one too (a nurse-call cable), carrying a signal only.
func directLink(k InterfaceKind) bool {
	switch k {
	case "bluetooth", "usb", "serial", "nfc", "infrared", "radio", "contact":
		return true
	}
	return false
}

// flowEndpointRelated checks each related_system: a known ID, on an
// endpoint that is not a part (a related system that is a part names it
// with its own part key, and flows name the part).
func (v *productValidator) flowEndpointRelated() {
	ids := map[string]bool{}
	for _, s := range v.p.RelatedSystems {
		ids[s.ID] = true
	}
	for i, fe := range v.p.FlowEndpoints {
		if fe.RelatedSystem == "" {
			continue
		}
		path := fmt.Sprintf("flow_endpoints[%d].related_system", i)
		switch {
		case !ids[fe.RelatedSystem]:
			if len(ids) == 0 {
				v.errorf(path, "unknown related system %q: the product lists no [[related_systems]]", fe.RelatedSystem)
			} else {
				v.errorf(path, "unknown related system %q (want one of the [[related_systems]] IDs: %s)", fe.RelatedSystem, keysOf(ids))
			}
		case fe.Part != "":
			v.errorf(path, "%q means the part %q; a related system that is a part names it with its own part key, so leave related_system out here", fe.Name, fe.Part)
		}
	}
}
