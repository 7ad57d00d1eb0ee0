package content

import "slices"

// A product that states ports = [] and lists every interface of its parts
// (none written interfaces_complete = false), none of a network kind and
// none of kind other, with every part the manufacturer's hardware or the
// customer's own infrastructure (NoNetworkInterface), has no network
// connection of its own: the MDS2 form answers CONN-4 and CONN-6 No from
// that. Remote service by the manufacturer is not decided by it: a serial
// or USB link may reach a computer, or the customer's own infrastructure
// (a serial-to-Ethernet converter) may put the link on the customer's
// network, and a session could come over either. The documents then say
// why the answer is open instead of a bare "Not stated" beside the form's
// No (a display or removable media is no such link: rules_nolinks.go in
// the MDS2 form decides that case).

// RemoteLinks are the interfaces of such a product that may still carry a
// remote service session: those neither internal, a display nor
// removable media. nil for any other product, where remote_service.offered
// is written, or where it has no such link.
func (p *Product) RemoteLinks() []Interface {
	if p.RemoteService.Offered.Known() || !p.NoNetworkInterface() {
		return nil
	}
	if slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.InterfacesComplete.IsFalse() }) {
		return nil
	}
	var out []Interface
	for _, it := range p.Interfaces {
		if it.Internal || it.Kind == "display" || it.RemovableMedia() {
			continue
		}
		out = append(out, it)
	}
	return out
}

// RemoteLinksOpenText says, for such a product, why whether the
// manufacturer can service it remotely is open: "The device has no network
// port or network interface of its own; whether a remote service session
// can reach it over its RS-232 serial port or USB service port is not
// stated: its data reach the hospital network through the hospital's
// converter." thing is "device" or "product", net the customer's network
// for a sentence. "" for any other product.
func (p *Product) RemoteLinksOpenText(thing, net string) string {
	links := p.RemoteLinks()
	if len(links) == 0 {
		return ""
	}
	names := make([]string, len(links))
	for i, it := range links {
		names[i] = it.Name
	}
	text := "The " + thing + " has no network port or network interface of its own; whether a remote service session can reach it over its " + OrList(names) + " is not stated"
	if infra := p.CustomerInfrastructureParts(); len(infra) > 0 {
		text += ": its data reach the " + net + " through " + p.PartTheNames(infra)
	}
	return text + "."
}
