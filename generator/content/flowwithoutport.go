package content

import (
	"fmt"
	"slices"
	"strings"
)

// A data flow between two things on the customer's network (two parts of
// the product, or a part and the customer's own systems) needs a
// connection there, and the CSD's firewall rules, derived from the ports,
// deny the rest. Where no listed port could carry the flow, the final
// deny (and a notice's "block every other port") may cut it off: the
// documents say so before the deny, and check warns, as for a remote
// service (RemoteServiceWithoutPort) or a directory sign-in
// (DirectorySignInUnstated) with no port. Only a flow that no port could
// carry: Wayfind's location server pushing firmware to its gateways names
// no interface, but the gateways' own connection to the server may carry
// it, as a dispensing cabinet's connection to its server carries the
// orders and updates it fetches; which way a flow rides a connection the
// data do not decide, so that flow gets the other caveat, that its port
// is not stated (flowsPortUndecided), not this one.

// FlowGap is a data flow that no listed port could carry, with its ends.
type FlowGap struct {
	Flow     DataFlow
	From, To FlowEnd
}

// FlowsWithoutPort returns, where the firewall rules end with the final
// deny (FinalDenyRule), the data flows it may cut off
// (flowsWithoutPort).
func (p *Product) FlowsWithoutPort() []FlowGap {
	if !p.FinalDenyRule() {
		return nil
	}
	return p.flowsWithoutPort(nil)
}

// FlowsWithoutPortBesides is FlowsWithoutPort for an end-of-life or
// end-of-support notice, p being the newest version it concerns and
// needed the ports it lists as needed, of every version it concerns:
// those count as listed too. nil where it lists none (no "block every
// other port").
func (p *Product) FlowsWithoutPortBesides(needed []Port) []FlowGap {
	if len(needed) == 0 {
		return nil
	}
	return p.flowsWithoutPort(needed)
}

// flowsWithoutPort returns, in flow order, the data flows whose ends are
// both on the customer's network (flowEndOnNetwork), or one there and the
// other a part the manufacturer hosts (flowEndReached), one of them a part
// on that network a final deny isolates (flowEndIsolated), over a link that joins that
// network (flowOverNetwork: never Bluetooth, USB, serial or another
// point-to-point link, an internal link or cellular), where no port links
// its two ends (portLinks), in either direction, whatever other ports its
// interface lists: a connection the receiver opens
// carries a pull or a response (a browser's viewer, a cabinet fetching
// its orders), and whether a push rides it the data do not decide, so
// only a flow with no such connection at all is returned. Ports of p and
// more count.
func (p *Product) flowsWithoutPort(more []Port) []FlowGap {
	ports := append(slices.Clone(p.Ports), more...)
	var out []FlowGap
	for _, f := range p.DataFlows {
		from, to, ok := p.firewallFlowEnds(f)
		if !ok {
			continue
		}
		// a port on the flow's interface that goes to some other system
		// does not carry it (mrigateway's console lists only its DICOM
		// ports to the PACS, not the gateway's link into it): only a port
		// that may link the two ends counts
		if slices.ContainsFunc(ports, func(pt Port) bool {
			return p.portLinks(pt, from, to) || p.portLinks(pt, to, from) || p.hostedPortLinks(pt, from, to) || p.hostedPortLinks(pt, to, from)
		}) {
			continue
		}
		out = append(out, FlowGap{Flow: f, From: from, To: to})
	}
	return out
}

// firewallFlowEnds resolves data flow f's ends and reports whether the
// firewall advice speaks of it (flowsWithoutPort, flowsPortUndecided):
// both ends on the customer's network, or one there and the other a part
// the manufacturer hosts (an MDM service pushing updates to a tablet on
// the clinic's Wi-Fi: outbound rules reach such a part only over the
// ports listed, and the final deny blocks the rest), one of them a part
// on that network a final deny isolates, over a link that joins that
// network (flowOverNetwork).
func (p *Product) firewallFlowEnds(f DataFlow) (from, to FlowEnd, ok bool) {
	from, _ = p.ResolveFlowEnd(f.From)
	to, _ = p.ResolveFlowEnd(f.To)
	ok = from.Key != to.Key && p.flowEndReached(from) && p.flowEndReached(to) &&
		(p.flowEndIsolated(from) && p.flowEndOnNetwork(from) || p.flowEndIsolated(to) && p.flowEndOnNetwork(to)) &&
		p.flowOverNetwork(f, from, to)
	return from, to, ok
}

// flowEndOnNetwork reports a flow's end on the customer's network: a part
// on the customer's side that stays there (not a phone or tablet carried
// between networks), a part that is the customer's own infrastructure, or
// an outside system placed in the customer's infrastructure, on a server
// it hosts or (unless the product is used at home) on its own devices. A
// part the manufacturer hosts, or a system whose place is not stated, is
// not.
func (p *Product) flowEndOnNetwork(e FlowEnd) bool {
	if e.IsPart() {
		part := p.Part(e.Part)
		return part.Runs.IsCustomerInfrastructure() || p.PartOnCustomerSide(part) && !part.Roams()
	}
	return p.zoneOnCustomerNetwork(e.Zone)
}

// flowEndReached reports a flow's end a connection from the customer's
// network reaches: one on that network (flowEndOnNetwork) or a part the
// manufacturer hosts, which the firewall rules reach by outbound rules
// derived from the ports.
func (p *Product) flowEndReached(e FlowEnd) bool {
	return p.flowEndOnNetwork(e) || e.IsPart() && p.Part(e.Part).Runs.IsManufacturerHosted()
}

// zoneOnCustomerNetwork reports an outside system's zone that is on the
// customer's network: its infrastructure or a host it keeps, or its own
// computers unless the product is used at home.
func (p *Product) zoneOnCustomerNetwork(zone string) bool {
	switch zone {
	case "customer_infrastructure", "customer_hosted":
		return true
	case "customer_device":
		return !p.HomeUse.IsTrue()
	}
	return false
}

// flowEndIsolated reports a flow's end that the final deny isolates: the
// device or software on a server the customer hosts. Software on the
// customer's own computers, whose other traffic the customer's own rules
// allow, and the customer's infrastructure are not.
func (p *Product) flowEndIsolated(e FlowEnd) bool {
	if !e.IsPart() {
		return false
	}
	r := p.Part(e.Part).Runs
	return r.IsDevice() || r.IsCustomerHosted()
}

// flowOverNetwork reports a flow that goes over the customer's network:
// its interface joins it (Ethernet, Wi-Fi, a virtual adapter, a web user
// interface or an API; not internal, not cellular); without one (a flow
// between two parts), each part end has such an interface (software the
// customer hosts or the customer's infrastructure may list none) and the
// two share no other link that could carry it (Bluetooth, USB, serial, a
// radio, an internal link, an interface of kind other).
func (p *Product) flowOverNetwork(f DataFlow, from, to FlowEnd) bool {
	if f.Interface != "" {
		it := p.Interface(f.Interface)
		return it != nil && onNetworkLink(*it)
	}
	if !from.IsPart() || !to.IsPart() {
		return false
	}
	a, b := p.partLinks(p.Part(from.Part)), p.partLinks(p.Part(to.Part))
	if !a.network || !b.network {
		return false
	}
	// another link both ends have, or that an end listing no interface may have
	for _, k := range a.other {
		if b.unknown || slices.Contains(b.other, k) {
			return false
		}
	}
	for _, k := range b.other {
		if a.unknown || slices.Contains(a.other, k) {
			return false
		}
	}
	return true
}

// onNetworkLink reports an interface that joins the customer's network:
// not internal to the product, not a cellular modem (the operator's
// network), not a point-to-point link.
func onNetworkLink(it Interface) bool {
	return !it.Internal && it.Kind != "cellular" && it.Kind.JoinsHospitalNetwork()
}

// flowLinks are the kinds of link a part has: network says it joins the
// customer's network, other the other data links it has ("internal" for
// a link internal to the product), unknown that it lists no interface.
type flowLinks struct {
	network, unknown bool
	other            []string
}

// partLinks are part's links. Software the customer hosts and the
// customer's own infrastructure are on its network without an interface
// listed; a device or the customer's own computer listing none may have
// any link.
func (p *Product) partLinks(part Part) flowLinks {
	var l flowLinks
	listed := false
	for _, it := range p.Interfaces {
		if p.PartOfInterface(it).ID != part.ID {
			continue
		}
		listed = true
		switch {
		case onNetworkLink(it):
			l.network = true
		case it.Internal:
			l.other = appendNew(l.other, "internal")
		case it.Kind == "cellular", it.Kind.SignalOnly(), it.Kind == "display":
			// the operator's network, a signal, a screen: no link between the two
		case !it.Kind.Stated():
			l.unknown = true // a link whose kind is not stated may be any
		default:
			l.other = appendNew(l.other, string(it.Kind))
		}
	}
	if !listed {
		r := part.Runs
		l.network = r.IsCustomerHosted() || r.IsCustomerInfrastructure()
		l.unknown = !l.network
	}
	return l
}

// portLinks reports a port of end a's part whose other end may be b: b's
// part is its peer_part, an endpoint stands for b (or, for an outside
// system, may: endpointMayBe), or it names neither (any host).
func (p *Product) portLinks(pt Port, a, b FlowEnd) bool {
	if !a.IsPart() || p.PartOfPort(pt).ID != a.Part {
		return false
	}
	if pt.PeerPart == "" && len(pt.Endpoints) == 0 {
		return true
	}
	if b.IsPart() && pt.PeerPart == b.Part {
		return true
	}
	return slices.ContainsFunc(pt.Endpoints, func(e string) bool {
		end, known := p.ResolveFlowEnd(e)
		return end.Key == b.Key || !known && !b.IsPart() && p.endpointMayBe(e, b)
	})
}

// hostedPortLinks reports, for a flow one of whose ends is a part the
// manufacturer hosts, a port of end a's part that may carry it beyond
// portLinks: a listener of the hosted part that names no other peer_part
// (its endpoints are its own host names, not its clients': the rules let
// the parts on the customer's network reach it), or a port of the other
// end with no peer_part and an endpoint that is no known end of a flow (a
// host name, which may be the hosted part's).
func (p *Product) hostedPortLinks(pt Port, a, b FlowEnd) bool {
	if !a.IsPart() || !b.IsPart() || p.PartOfPort(pt).ID != a.Part {
		return false
	}
	if p.Part(a.Part).Runs.IsManufacturerHosted() {
		return pt.Direction != "out" && (pt.PeerPart == "" || pt.PeerPart == b.Part)
	}
	if !p.Part(b.Part).Runs.IsManufacturerHosted() || pt.PeerPart != "" {
		return false
	}
	return slices.ContainsFunc(pt.Endpoints, func(e string) bool { _, known := p.ResolveFlowEnd(e); return !known })
}

// flowEndName names a flow's end for a sentence: a part with its
// article, an outside system as the flow writes it.
func (p *Product) flowEndName(e FlowEnd) string {
	if e.IsPart() {
		return p.Part(e.Part).TheName()
	}
	return e.Label
}

// FlowsWithoutPortFinalDenyText is the CSD's caveat after its firewall
// rules for FlowsWithoutPort: the final deny, the rule after the others
// (named "the final deny" when first is set: no caveat before it names
// it), may cut those flows off, and the data do not say which connection
// each needs. "" when there is none. Plain text.
func (p *Product) FlowsWithoutPortFinalDenyText(first bool) string {
	before := fmt.Sprintf("applying rule %d", len(p.FirewallRules())+1)
	named := before
	if first {
		named += ", the final deny"
	}
	t := p.flowsWithoutPortText(p.FlowsWithoutPort(), named)
	if t != "" {
		named = before
	}
	return joinCaveats(t, p.flowsPortUndecidedText(p.FlowsPortUndecided(), named))
}

// FlowsWithoutPortBesidesText is FlowsWithoutPortFinalDenyText for an
// end-of-life or end-of-support notice (FlowsWithoutPortBesides), before
// its "block every other port". "" when there is none.
func (p *Product) FlowsWithoutPortBesidesText(needed []Port) string {
	return joinCaveats(p.flowsWithoutPortText(p.FlowsWithoutPortBesides(needed), "blocking every other port"),
		p.flowsPortUndecidedText(p.FlowsPortUndecidedBesides(needed), "blocking every other port"))
}

// flowsWithoutPortText words the caveat: "The product data state no port
// for data flow DF-05, from the A to the B: check which connection it
// needs before applying rule 5, the final deny, and allow it."
func (p *Product) flowsWithoutPortText(gaps []FlowGap, before string) string {
	if len(gaps) == 0 {
		return ""
	}
	flows := make([]string, len(gaps))
	for i, g := range gaps {
		flows[i] = p.flowGapText(g)
	}
	n := len(gaps)
	return fmt.Sprintf("The product data state no port for %s %s: check which %s %s before %s, and allow %s.",
		Plural(n, "data flow", "data flows"), AndList(flows), Plural(n, "connection", "connections"), Plural(n, "it needs", "they need"), before, Plural(n, "it", "them"))
}

// flowGapText names a flow with its ends: "DF-05, from the A to the B".
// AndList joins several with commas, so each is closed by one.
func (p *Product) flowGapText(g FlowGap) string {
	return fmt.Sprintf("%s, from %s to %s", g.Flow.ID, p.flowEndName(g.From), p.flowEndName(g.To))
}

// flowPortListed warns where FlowsWithoutPort names flows, in each
// version's view, once per flow: a hospital that applies the CSD's
// rules may cut the flow off.
func (v *productValidator) flowPortListed() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		for _, g := range vv.q.FlowsWithoutPort() {
			path := g.Flow.At
			if path == "" {
				path = fmt.Sprintf("data_flows[%d]", slices.IndexFunc(vv.q.DataFlows, func(f DataFlow) bool { return f.ID == g.Flow.ID }))
			}
			if seen[path] {
				continue
			}
			seen[path] = true
			where := "both on the customer's network"
			if !vv.q.flowEndOnNetwork(g.From) || !vv.q.flowEndOnNetwork(g.To) {
				where = "one on the customer's network and one the manufacturer hosts"
			}
			v.warnf(path, "%sdata flow %s goes from %s to %s, %s, but no port could carry it (none links its two ends in either direction; other ports on its interface, to other systems, do not): the CSD's firewall rules are derived from the ports and deny the rest, so they would cut it off, and the CSD asks the customer to check which connection it needs before the final deny; list the port that carries it, or name as its interface the one whose port does", inVersion(views, vv), g.Flow.ID, g.From.Label, g.To.Label, where)
		}
	}
}

// FlowPortsUnstated returns, where the ports are written, the data flows
// no listed port could carry (flowsWithoutPort), final deny or not: some
// connection carries each, and which end listens for it the data do not
// say, so the documents never say that no port listens (mrigateway's
// gateway reaching its console). A flow with an end that serves web
// pages on ports not stated (ServedWithoutPort) is left out: those ports
// may carry it, and the documents say already that they are not stated.
func (p *Product) FlowPortsUnstated() []FlowGap {
	if !p.States("ports") || p.NoNetwork() {
		return nil
	}
	served := p.ServedWithoutPort()
	var out []FlowGap
	for _, g := range p.flowsWithoutPort(nil) {
		if !slices.ContainsFunc(served, func(s ServedPart) bool {
			return g.From.IsPart() && s.Part.ID == g.From.Part || g.To.IsPart() && s.Part.ID == g.To.Part
		}) {
			out = append(out, g)
		}
	}
	return out
}

// FlowPortsUnstatedText says of FlowPortsUnstated that the product data
// state no port for those flows, as a clause without its full stop: "the
// product data state no port for data flow DF-04, from the A to the B".
// "" when there is none.
func (p *Product) FlowPortsUnstatedText() string {
	gaps := p.FlowPortsUnstated()
	if len(gaps) == 0 {
		return ""
	}
	flows := make([]string, len(gaps))
	for i, g := range gaps {
		flows[i] = p.flowGapText(g)
	}
	return fmt.Sprintf("the product data state no port for %s %s", Plural(len(gaps), "data flow", "data flows"), AndList(flows))
}

// FlowPortsUnstatedSentence is FlowPortsUnstatedText as a sentence.
func (p *Product) FlowPortsUnstatedSentence() string {
	t := p.FlowPortsUnstatedText()
	if t == "" {
		return ""
	}
	return strings.ToUpper(t[:1]) + t[1:] + "."
}
