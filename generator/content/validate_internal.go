package content

import (
	"fmt"
	"slices"
	"strings"
)

// internalLinks checks the interfaces marked internal (a link between the
// product's own parts, joined to no network of the customer's) in the
// product's facts and every version's: the documents leave their ports
// out of the ports the customer's network sees and out of the firewall
// rules, so a mark that is not true would hide a port the customer must
// know about.
//
//   - A cellular radio always joins a carrier's network, and Wi-Fi is open
//     to anything in range: marked internal, each is a warning (Wi-Fi only
//     where security does not say how the link is kept private).
//   - The customer's own infrastructure is not the product's: an
//     interface of such a part marked internal is a warning.
//   - A port on an internal interface whose peer_part runs elsewhere is
//     reached over a network that is not the product's: an error when one
//     end is hosted by the manufacturer, on a customer's own device or the
//     customer's infrastructure, a warning otherwise (the device and a
//     server the customer hosts on a dedicated cable). Not so a direct
//     link between the device and the product's app on a phone, tablet
//     or computer beside it (directLink: a USB cable, Bluetooth, Wi-Fi
//     Direct): no network lies between the two ends.
//   - A port on an internal interface whose endpoint is where a service
//     the manufacturer hosts listens, or a cloud service's endpoint, leaves
//     the product: an error.
//   - A connection listed at both ends, each naming the other's part, is
//     internal at both ends or at neither: a warning at the end that is
//     not.
//   - A cable or radio interface marked internal on a product of one part
//     (no [[parts]], or one): no part of the product is at its other end,
//     so it is internal only as a link inside that part: a warning that
//     says so and how to fix it otherwise.
func (v *productValidator) internalLinks() {
	p := v.p
	// A version that changes nothing shares the previous one's view.
	views := slices.Compact(p.versionViews())
	seen := map[string]bool{} // path and message: a fact every version inherits is told once
	add := func(sev Severity, path, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if !seen[path+"\x00"+msg] {
			seen[path+"\x00"+msg] = true
			v.add(sev, path, "%s", msg)
		}
	}
	for _, q := range views {
		for i, it := range q.Interfaces {
			if !it.Internal {
				continue
			}
			path := AtOr(it.At, fmt.Sprintf("interfaces[%d]", i)) + ".internal"
			switch it.Kind {
			case "cellular":
				add(Warning, path, "interface %q is a cellular radio marked internal, but a cellular radio joins a carrier's network, not only the product's own parts; the documents leave its ports out of the customer's port lists, firewall rules and MDS2 network answers (remove internal unless nothing but the product's own parts can reach it)", it.ID)
			case "wifi":
				if strings.TrimSpace(it.Security) != "" {
					break // security says how the link is kept private, as the warning asks
				}
				add(Warning, path, "interface %q is a Wi-Fi radio marked internal, which anything in range can try to join; the documents leave its ports out of the customer's port lists, firewall rules and MDS2 network answers (keep internal only for a private radio link that only the product's own parts join, and say in security how it is kept private)", it.ID)
			}
			if part := q.PartOfInterface(it); part.Runs.IsCustomerInfrastructure() {
				add(Warning, path, "interface %q is marked internal but belongs to %q, the customer's own infrastructure, which is not part of the product: a link there is the customer's network", it.ID, part.ID)
			}
			// One part: no other part can hold the link's other end, so
			// a cable or radio marked internal joins that part to
			// something the product data do not list (cellular and
			// Wi-Fi are warned about above).
			if all := q.AllParts(); len(all) == 1 && it.Kind.Hardware() && it.Kind != "cellular" && it.Kind != "wifi" {
				add(Warning, path, "interface %q is marked internal, but the product lists no part besides %s, so no part of the product is at the link's other end; the documents leave its ports out of the customer's port lists, firewall rules and MDS2 network answers (keep internal only for a link between components inside %s, such as a bus between two of its processors; where the other end is a part of the product, list it in [[parts]] and mark its end internal too; where it is other equipment, such as a separate instrument, remove internal)", it.ID, partWords(all[0]), partWords(all[0]))
			}
		}
		for i, pt := range q.Ports {
			if !q.InternalPort(pt) {
				continue
			}
			path := AtOr(pt.At, fmt.Sprintf("ports[%d]", i))
			own, peer := q.PartOfPort(pt), q.Part(pt.PeerPart)
			// where says what makes the port internal: its interface, or
			// its own mark (Port.Internal), whose fix is on the port.
			where, fix := fmt.Sprintf("is on interface %q, marked internal", pt.Interface), "remove internal from the interface"
			if pt.Internal && !q.InternalInterface(pt.Interface) {
				where, fix = "is marked internal", "remove internal from the port"
				if pt.PeerPart == "" || peer.ID == "" {
					add(Warning, path+".internal", "port %d/%s is marked internal but names no part of the product in peer_part: a port only the product's own parts reach names the part at its other end (add peer_part, or remove internal)", pt.Number, pt.Transport)
				}
			}
			// two of the customer's networks: its cloud tenancy and its
			// premises (a server or its container platform there)
			if pt.PeerPart != "" && peer.ID != "" && peer.Runs == own.Runs && peer.InCloudTenancy() != own.InCloudTenancy() && peer.Hosting != "" && own.Hosting != "" {
				add(Warning, path+".peer_part", "port %d/%s %s, but the other end, %q, %s while %q %s: a link internal to the product joins parts that run in the same place (%s when the connection crosses a network that is not the product's own)",
					pt.Number, pt.Transport, where, peer.ID, peer.RunsWhere(), own.ID, own.RunsWhere(), fix)
			}
			if pt.PeerPart != "" && peer.ID != "" && peer.Runs != own.Runs && !q.directLink(pt) {
				sev := Warning
				for _, r := range []PartRuns{own.Runs, peer.Runs} {
					if r.IsManufacturerHosted() || r.IsCustomerDevice() || r.IsCustomerInfrastructure() {
						sev = Error
					}
				}
				add(sev, path+".peer_part", "port %d/%s %s, but the other end, %q, %s while %q %s: a link internal to the product joins parts that run in the same place (%s when the connection crosses a network that is not the product's own)",
					pt.Number, pt.Transport, where, peer.ID, peer.RunsWhere(), own.ID, own.RunsWhere(), fix)
			}
			for j, e := range pt.Endpoints {
				if what := q.outsideEndpoint(e); what != "" {
					add(Error, fmt.Sprintf("%s.endpoints[%d]", path, j), "port %d/%s %s, but its endpoint %q is %s, outside the product's internal link (%s, or the endpoint from the port)",
						pt.Number, pt.Transport, where, e, what, fix)
				}
			}
			for k, o := range q.Ports {
				if pt.PeerPart == "" || o.Part != pt.PeerPart || o.PeerPart != pt.Part || o.Number != pt.Number || o.Transport != pt.Transport || q.InternalPort(o) {
					continue
				}
				if pt.Internal && !q.InternalInterface(pt.Interface) {
					add(Warning, AtOr(o.At, fmt.Sprintf("ports[%d]", k))+".internal", "port %d/%s of %q is the other end of %q's port %d/%s, marked internal, but it is not: mark both ends of the link internal, or neither",
						o.Number, o.Transport, o.Part, pt.Part, pt.Number, pt.Transport)
					continue
				}
				add(Warning, AtOr(o.At, fmt.Sprintf("ports[%d]", k))+".interface", "port %d/%s of %q is the other end of %q's port on interface %q, marked internal, but its own interface %q is not: mark both ends of the link internal, or neither",
					o.Number, o.Transport, o.Part, pt.Part, pt.Interface, o.Interface)
			}
		}
	}
}

// outsideEndpoint says what endpoint e is when it lies outside the
// product: where a service the manufacturer hosts listens (on an
// interface not internal, a port whose direction is stated), or an endpoint of a cloud service; "" else.
func (p *Product) outsideEndpoint(e string) string {
	for _, l := range p.Ports {
		if l.Direction != "out" && l.DirectionStated() && !p.InternalPort(l) && p.PartOfPort(l).Runs.IsManufacturerHosted() && slices.Contains(l.Endpoints, e) {
			return fmt.Sprintf("where %s, hosted by the manufacturer, listens", p.PartOfPort(l).Name)
		}
	}
	for _, s := range p.Cloud.Services {
		if slices.Contains(s.Endpoints, e) {
			return fmt.Sprintf("an endpoint of the cloud service %s", s.Name)
		}
	}
	return ""
}

// directLink reports a port that joins the device to the product's own
// software on a customer's phone, tablet or computer (customer_device)
// by a link the two set up between themselves, with no network in
// between: a cable (USB, serial) or a radio (Wi-Fi Direct, Bluetooth,
// NFC, infrared, a proprietary radio), marked internal at both ends
// where the other end lists its port. A handheld ultrasound probe and
// its app on a phone are such a pair. Ethernet, cellular and the
// software interfaces (an API, a web user interface, a virtual adapter)
// cross a network, so a link over one of them is never direct. A Wi-Fi
// interface marked internal is still warned about: it is direct only
// when the product keeps it so.
func (p *Product) directLink(pt Port) bool {
	own, peer := p.PartOfPort(pt), p.Part(pt.PeerPart)
	if !(own.Runs.IsDevice() && peer.Runs.IsCustomerDevice() || own.Runs.IsCustomerDevice() && peer.Runs.IsDevice()) {
		return false
	}
	direct := func(id string) bool {
		it := p.Interface(id)
		if it == nil || !it.Internal || !it.Kind.Hardware() {
			return false
		}
		switch it.Kind {
		case "ethernet", "cellular", "other", "removable_media", "display":
			return false
		}
		return true
	}
	if !direct(pt.Interface) {
		return false
	}
	for _, o := range p.Ports {
		if o.Part == pt.PeerPart && o.PeerPart == pt.Part && o.Number == pt.Number && o.Transport == pt.Transport && !direct(o.Interface) {
			return false
		}
	}
	return true
}

// partWords names part pt in a check message: "the device" for the part
// a product without [[parts]] has, else its ID in quotes.
func partWords(pt Part) string {
	if pt.implicit {
		return "the device"
	}
	return fmt.Sprintf("%q", pt.ID)
}
