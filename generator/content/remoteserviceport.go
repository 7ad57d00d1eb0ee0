package content

import (
	"fmt"
	"strings"
)

// A remote service that is offered reaches its parts by some connection.
// Where it connects in (connection inbound or both), or how it connects
// is not stated, and no port of the parts it reaches could carry it, the
// ports list is not the whole of what the service needs: the documents
// say the listening ports are not stated, never "None", the CSD's
// firewall section asks the customer to check the connection before the
// final deny, and check warns. As for a web user interface served with
// no port (ServedWithoutPort).

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
	if !r.Offered.IsTrue() || r.Connection == "outbound" || !p.States("ports") || p.NoNetwork() {
		return nil
	}
	parts := p.RemoteServiceParts()
	if len(parts) == 0 {
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
		if len(parts) == 0 {
			parts = any
		}
	}
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

// RemoteServiceWithoutPortText says of RemoteServiceWithoutPort that the
// remote service reaches those parts by a connection whose port is not
// stated, as a clause without its full stop; "" when there is none.
// maker is the manufacturer's name.
func (p *Product) RemoteServiceWithoutPortText(maker string) string {
	parts := p.RemoteServiceWithoutPort()
	if len(parts) == 0 {
		return ""
	}
	names := p.PartTheNames(parts)
	if p.RemoteService.ManufacturerConnectsIn() {
		return fmt.Sprintf("%s's remote service connects in to %s on a port that is not stated", maker, names)
	}
	return fmt.Sprintf("%s's remote service reaches %s by a connection whose port and direction are not stated", maker, names)
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
	parts := p.RemoteServiceWithoutPort()
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("The product data state no port for the remote-service connection by which %s reaches %s: check which connection it needs before applying rule %d, the final deny, and allow it.", maker, p.PartTheNames(parts), len(p.FirewallRules())+1)
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
		v.warnf(at, "%s%s: the CSD's key facts and the security plan's ports section say the listening ports are not stated, and the CSD's firewall section asks the customer to check the remote-service connection before the final deny; list the port that carries it", in, what)
	}
}
