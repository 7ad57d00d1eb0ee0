package content

import (
	"fmt"
	"slices"
	"strings"
)

// A data flow between two things on the customer's network that some
// listed port links, but only by a connection its receiver opens (the
// receiver connects out to the sender, or the sender listens for it),
// may ride that connection (a pull, a response) or need one of its own
// (a push to a port of the receiver that the data do not list): the data
// do not decide which. Wayfind's location server pushing firmware to its
// gateways names no interface, and the only listed connection between
// the two is the one the gateways open to the server. The final deny,
// and a notice's "block every other port", would cut the flow off if it
// needs its own connection: the documents say that its port is not
// stated, beside the flows no port could carry (FlowsWithoutPort). A
// flow that names its interface, where a port of that interface links
// its two ends, rides that connection (a web console's pages to the
// browsers that open it): the data decide it.

// flowsPortUndecided returns, in flow order, the data flows that
// flowsWithoutPort would consider (their ends and link) and that some
// port of p, or of more, links, but none that the data put the flow on:
// no port of the sender that it opens (out, both or direction not
// stated) to the receiver, no port of the receiver that listens (in,
// both or not stated) for the sender, and no port on the flow's own
// interface between the two, and the flow's interface is no web user
// interface or API (which answers those that connect to it). Each comes
// with the ports that name its other end (peer_part, endpoints), all
// for connections the receiver opens; a flow that only a port open to
// any host may link is left out, as that port may carry it, and so is a
// flow with an end the manufacturer hosts (reached by outbound rules
// only, over the ports to it).
func (p *Product) flowsPortUndecided(more []Port) []undecidedFlow {
	ports := append(slices.Clone(p.Ports), more...)
	var out []undecidedFlow
	for _, f := range p.DataFlows {
		from, to, ok := p.firewallFlowEnds(f)
		if !ok || p.flowEndHosted(from) || p.flowEndHosted(to) {
			continue // a part the manufacturer hosts: its rules are outbound only, and it is reached only over the ports to it
		}
		// a web user interface or an API answers the requests of those
		// that connect to it: a flow over one rides their connections
		served := false
		if it := p.Interface(f.Interface); it != nil {
			served = serves(it.Kind) || it.Kind == "api"
		}
		var linking []Port
		carried := false
		for _, pt := range ports {
			fromSide, toSide := p.portLinks(pt, from, to), p.portLinks(pt, to, from)
			if !fromSide && !toSide {
				continue
			}
			if fromSide && pt.Direction != "in" || toSide && pt.Direction != "out" ||
				f.Interface != "" && pt.Interface == f.Interface || served {
				carried = true
				break
			}
			// a port open to any host may join the two, but is not said to
			if pt.PeerPart != "" || len(pt.Endpoints) > 0 {
				linking = append(linking, pt)
			}
		}
		if carried || len(linking) == 0 {
			// carried; or no port named for the other end (flowsWithoutPort,
			// or a port open to any host, may speak of it)
			continue
		}
		out = append(out, undecidedFlow{FlowGap: FlowGap{Flow: f, From: from, To: to}, Ports: linking})
	}
	return out
}

// undecidedFlow is a flow of flowsPortUndecided, with the ports that link
// its ends, every one opened by its receiver.
type undecidedFlow struct {
	FlowGap
	Ports []Port
}

// FlowsPortUndecided returns flowsPortUndecided where the firewall rules
// end with the final deny (FinalDenyRule).
func (p *Product) FlowsPortUndecided() []undecidedFlow {
	if !p.FinalDenyRule() {
		return nil
	}
	return p.flowsPortUndecided(nil)
}

// FlowsPortUndecidedBesides is FlowsPortUndecided for an end-of-life or
// end-of-support notice, as FlowsWithoutPortBesides: nil where it lists
// no port as needed.
func (p *Product) FlowsPortUndecidedBesides(needed []Port) []undecidedFlow {
	if len(needed) == 0 {
		return nil
	}
	return p.flowsPortUndecided(needed)
}

// flowsPortUndecidedText words the caveat for flows, before the final
// deny or "blocking every other port" (before): "The product data state
// no port for data flow DF-05, from the A to the B: the connection
// listed between the two, on TCP 8883, is opened by the B, and
// whether the flow rides it is not stated. Find out which connection it
// uses before applying rule 5, and allow it." "" when there is none.
// Plain text.
func (p *Product) flowsPortUndecidedText(flows []undecidedFlow, before string) string {
	if len(flows) == 0 {
		return ""
	}
	var b []string
	for _, u := range flows {
		var ports []string
		for _, pt := range u.Ports {
			if t := p.portText(pt.Number, pt.Transport, false, true); !slices.Contains(ports, t) {
				ports = append(ports, t)
			}
		}
		m := len(ports)
		b = append(b, fmt.Sprintf("The product data state no port for data flow %s: the %s listed between the two, on %s, %s opened by %s, and whether the flow uses %s or a connection of its own is not stated.",
			p.flowGapText(u.FlowGap), Plural(m, "connection", "connections"), AndList(ports),
			Plural(m, "is", "are"), p.flowEndName(u.To), Plural(m, "it", "them")))
	}
	n := len(flows)
	return strings.Join(b, " ") + fmt.Sprintf(" Find out which %s before %s, and allow %s.",
		Plural(n, "connection that flow uses", "connections those flows use"), before, Plural(n, "it", "them"))
}

// joinCaveats joins two caveats, either of which may be "", with a
// space.
func joinCaveats(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// flowEndHosted reports a flow's end that is a part the manufacturer
// hosts.
func (p *Product) flowEndHosted(e FlowEnd) bool {
	return e.IsPart() && p.Part(e.Part).Runs.IsManufacturerHosted()
}
