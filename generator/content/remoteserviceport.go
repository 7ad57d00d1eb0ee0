package content

import (
	"fmt"
	"slices"
	"strings"
)

// A remote service that is offered reaches its parts by some connection.
// Where it connects in (connection inbound or both), or how it connects
// is not stated, and no port of the parts it reaches could carry it, the
// ports list is not the whole of what the service needs: the documents
// say the listening ports are not stated, never "None", the CSD's
// firewall section asks the customer to check the connection before the
// final deny, and check warns. As for a web user interface served with
// no port (ServedWithoutPort). Through the customer's own remote-access
// means (connection customer_access: a VPN, a screen share it starts) no
// port of the product is expected: the documents say so instead.

// RemoteServiceWithoutPort returns the parts on the customer's side that
// the remote service reaches (remote_service.parts; not written: the
// device's parts, else every part it could reach) where
// remote_service.offered = true, connection is inbound, both or not
// stated, the ports are written (and the product joins a network), and
// none of those parts has a port that could carry the connection: none
// listens (direction in or both, not internal) for anything the
// manufacturer's connection could be (MayCarryRemoteService), and, with
// connection not stated, none connects to a part the manufacturer hosts.
// nil otherwise.
func (p *Product) RemoteServiceWithoutPort() []Part {
	r := p.RemoteService
	// a product that joins no network has a warning of its own
	// (remoteServiceFacts)
	// through the customer's own remote-access means, no port of the
	// product carries it: the customer's rules for that means do
	if !r.Offered.IsTrue() || r.Connection == "outbound" || r.ThroughCustomerAccess() || !p.States("ports") || p.NoNetwork() {
		return nil
	}
	parts, _ := p.remoteServiceReached()
	for _, part := range parts {
		for _, pt := range p.Ports {
			if pt.Part != part.ID || p.InternalPort(pt) {
				continue
			}
			if pt.Direction != "out" && p.MayCarryRemoteService(pt) {
				return nil
			}
			if r.Connection == "" && pt.PeerPart != "" && p.Part(pt.PeerPart).Runs.IsManufacturerHosted() {
				return nil
			}
		}
	}
	return parts
}

// remoteServiceReached returns the parts on the customer's side that
// the remote service may reach: remote_service.parts; not written, the
// device's parts (the device as a whole) where they are all the product
// has there, else every part on the customer's side it could reach.
// unstated reports either of the last two where it is more than one part: the data then
// do not say which of them it reaches (the maker's software on the
// customer's server is as likely a target as the device beside it), so
// the documents name the product, not those parts.
func (p *Product) remoteServiceReached() (parts []Part, unstated bool) {
	if parts = p.RemoteServiceParts(); len(parts) > 0 {
		return parts, false
	}
	var any []Part
	for _, pt := range p.AllParts() {
		if !remoteCustomerSide(pt) || !p.PartOnCustomerSide(pt) {
			continue
		}
		any = append(any, pt)
		if pt.Runs.IsDevice() {
			parts = append(parts, pt)
		}
	}
	if len(parts) > 0 && len(parts) == len(any) {
		// several device parts: the data do not say which of them the
		// service reaches (a radio-only transmitter beside the PC a VPN
		// reaches), so none is named
		return parts, len(parts) > 1
	}
	return any, len(any) > 1
}

// remoteServiceReachGuessed reports a remote service offered, with
// remote_service.parts not written, on a product with more than one part
// on the customer's side, one of them a device part, beside another part
// or, with device parts only, where the documents say what it reaches
// (through the customer's own means, or by a connection no port
// carries): they then say which of its parts it reaches is not stated.
func (p *Product) remoteServiceReachGuessed() bool {
	if !p.RemoteService.Offered.IsTrue() || len(p.RemoteService.Parts) > 0 || p.NoNetwork() {
		return false
	}
	parts, unstated := p.remoteServiceReached()
	if !unstated || !slices.ContainsFunc(parts, func(pt Part) bool { return pt.Runs.IsDevice() }) {
		return false
	}
	if slices.ContainsFunc(parts, func(pt Part) bool { return !pt.Runs.IsDevice() }) {
		return true
	}
	// device parts only: the documents speak of what it reaches only
	// where it goes through the customer's own means or no port carries it
	return p.remoteServiceCustomerAccessText("x") != "" || p.RemoteServiceWithoutPortText("x") != "" || p.remoteServiceOutboundCaveat("x", "x") != ""
}

// remoteServiceReachedNames names what the remote service reaches, for
// a sentence: the parts remoteServiceReached returns, or "the product"
// where it does not say which of them (unstated true).
func (p *Product) remoteServiceReachedNames() (names string, unstated bool) {
	parts, unstated := p.remoteServiceReached()
	if unstated || len(parts) == 0 {
		// no part on the customer's side: the customer's own
		// remote-access means still reach the product
		return "the product", unstated
	}
	return p.PartTheNames(parts), false
}

// RemoteServiceWithoutPortText says of RemoteServiceWithoutPort that the
// remote service reaches those parts by a connection whose port is not
// stated, as a clause without its full stop; where the manufacturer
// connects through the customer's own remote-access means
// (connection customer_access), it says that instead; "" otherwise.
// maker is the manufacturer's name.
func (p *Product) RemoteServiceWithoutPortText(maker string) string {
	if s := p.remoteServiceCustomerAccessText(maker); s != "" {
		return s
	}
	if len(p.RemoteServiceWithoutPort()) == 0 {
		return ""
	}
	names, unstated := p.remoteServiceReachedNames()
	which := ""
	if unstated {
		which = "; which of its parts it reaches is not stated"
	}
	if p.RemoteService.ManufacturerConnectsIn() {
		return fmt.Sprintf("%s's remote service connects in to %s on a port that is not stated%s", maker, names, which)
	}
	return fmt.Sprintf("%s's remote service reaches %s by a connection whose port and direction are not stated%s", maker, names, which)
}

// remoteServiceCustomerAccessText says, where an offered remote service
// goes through the customer's own remote-access means, that the
// manufacturer reaches the parts through it and that the customer runs
// it (its rules are the customer's); "" otherwise. A clause without its
// full stop.
func (p *Product) remoteServiceCustomerAccessText(maker string) string {
	r := p.RemoteService
	if !r.Offered.IsTrue() || !r.ThroughCustomerAccess() || p.NoNetwork() {
		return ""
	}
	names, unstated := p.remoteServiceReachedNames()
	which := ""
	if unstated {
		which = "; which of its parts it reaches is not stated"
	}
	who := p.customerWord()
	// "means", not "tool or VPN": a screen share the customer starts
	// is one too, and the data do not say which it is
	return fmt.Sprintf("%s's remote service reaches %s through the %s's own remote-access means, which the %s runs and controls under its own rules%s", maker, names, who, who, which)
}

// RemoteServiceWithoutPortSentence is RemoteServiceWithoutPortText as a
// sentence.
func (p *Product) RemoteServiceWithoutPortSentence(maker string) string {
	t := p.RemoteServiceWithoutPortText(maker)
	if t == "" {
		return ""
	}
	return strings.ToUpper(t[:1]) + t[1:] + "."
}

// RemoteServiceFinalDenyText is the CSD's caveat after the firewall
// rules where they end with the final deny and
// RemoteServiceWithoutPort names parts: the deny would cut the remote
// service off, and the data do not say which connection to allow. ""
// otherwise. maker is the manufacturer's name.
func (p *Product) RemoteServiceFinalDenyText(maker string) string {
	if !p.FinalDenyRule() {
		return ""
	}
	return p.remoteServiceCaveat(maker, fmt.Sprintf("applying rule %d, the final deny", len(p.FirewallRules())+1))
}

// RemoteServiceBesidesText is RemoteServiceFinalDenyText for an
// end-of-life or end-of-support notice and its CSAF twin, p being the
// version the notice describes and needed the ports it lists as needed,
// before its "block every other port": "" where it lists none.
func (p *Product) RemoteServiceBesidesText(maker string, needed []Port) string {
	if len(needed) == 0 {
		return ""
	}
	return p.remoteServiceCaveat(maker, "blocking every other port")
}

// remoteServiceCaveat words the caveat of RemoteServiceFinalDenyText
// before the step named by before ("applying rule 5, the final deny"):
// the remote-service connection no port carries, or the customer's own
// remote-access means, whose own rules decide what it connects to.
func (p *Product) remoteServiceCaveat(maker, before string) string {
	if s := p.remoteServiceCustomerAccessText(maker); s != "" {
		// the customer's own means (a VPN, a screen share it starts)
		// may need no connection to the product's hosts at all: its
		// rules, not the product data, say what it connects to
		return fmt.Sprintf("%s: let those rules decide what that means may connect to before %s.", strings.ToUpper(s[:1])+s[1:], before)
	}
	if len(p.RemoteServiceWithoutPort()) == 0 {
		// opened from the customer's side, with no port for it
		// (remoteservice_outbound.go)
		return p.remoteServiceOutboundCaveat(maker, before)
	}
	names, unstated := p.remoteServiceReachedNames()
	if unstated {
		names += ", nor which of its parts it reaches"
	}
	return fmt.Sprintf("The product data state no port for the remote-service connection by which %s reaches %s: check which connection it needs before %s, and allow it.", maker, names, before)
}

// remoteServicePortListed warns where RemoteServiceWithoutPort names
// parts, in each version's view, once per key.
func (v *productValidator) remoteServicePortListed() {
	seen := map[string]bool{}
	for i, vv := range v.p.distinctViews() {
		q := vv.q
		parts := q.RemoteServiceWithoutPort()
		if len(parts) == 0 {
			continue
		}
		names := q.PartTheNames(parts)
		// the listeners that serve other systems only, named so that "no
		// port listens" is not read against them
		listens := "listens"
		if other := q.listenersForOthers(parts); len(other) > 0 {
			listens = "listens for it (" + AndList(other) + ")"
		}
		key := "connection"
		what := fmt.Sprintf("remote_service.connection = %q says the manufacturer connects in to %s, but no port of %s %s", q.RemoteService.Connection, names, names, listens)
		if q.RemoteService.Connection == "" {
			key = "offered"
			what = fmt.Sprintf("remote_service.offered = true, but no port of %s %s or connects to a part the manufacturer hosts, and how the remote service connects is not stated (connection not written)", names, listens)
		}
		at := q.PatchKey("remote_service", key)
		if seen[at] {
			continue
		}
		seen[at] = true
		in := ""
		if i > 0 {
			in = "in version " + vv.version + ", "
		}
		// where the documents also say which of its parts it reaches is
		// not stated, the remedy names remote_service.parts too, unless
		// remoteServiceParts already asks for it
		fix := "list the port that carries it"
		if reached, unstated := q.remoteServiceReached(); unstated && !q.remoteServiceReachGuessed() {
			fix = fmt.Sprintf("they also say which of its parts it reaches is not stated, as remote_service.parts is not written and the product has %s on the customer's side; list the port that carries it, and write remote_service.parts", q.PartTheNames(reached))
		}
		v.warnf(at, "%s%s: the CSD's key facts and the security plan's ports section say the listening ports are not stated, and the CSD's firewall section asks the customer to check the remote-service connection before the final deny; %s", in, what, fix)
	}
}
