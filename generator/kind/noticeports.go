package kind

import (
	"cmp"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// NoticePorts are the ports of every version an end-of-life or
// end-of-support notice concerns (NoticeVersionFacts, each port once),
// sorted out by what the customer is to do with each, and the
// connections to the manufacturer's services the customer keeps open.
// The notice's section "What we ask you to do" and its CSAF twin's
// customer-actions note both read them, so that the two never tell the
// customer different ports to block or keep open.
type NoticePorts struct {
	// Disable are the interfaces the notice tells the customer to disable
	// (actions.disable_interfaces), as the newest version it concerns has
	// them (NoticeFacts); an ID that version lacks is left out.
	Disable []content.Interface
	// Block are the ports whose numbers the notice tells the customer to
	// block (actions.block_ports).
	Block []content.Port
	// Internal are the ports on a link internal to the product (an
	// interface marked internal in the version that has the port): they
	// join no network of the customer's.
	Internal []content.Port
	// Physical are the ports only someone at the device reaches (every
	// endpoint of the physical zone in the version that has the port,
	// content.Product.PhysicalAccessPort): on no network of the
	// customer's.
	Physical []content.Port
	// Hosted are the ports of the parts the manufacturer hosts: they
	// listen at the manufacturer, not on the customer's network.
	Hosted []content.Port
	// Closed are the ports on an interface of Disable: disabling it
	// closes them, so they are neither needed nor kept open.
	Closed []content.Port
	// Needed are every other port of a part on the customer's network
	// (the device, customer-hosted software): the only ones the product
	// needs there, every other port of it to be blocked.
	Needed []content.Port
	// Carrier are the ports on a cellular interface of a part on the
	// customer's side: their traffic goes over the mobile operator's
	// network, not the customer's.
	Carrier []content.Port
	// Elsewhere are the parts whose remaining ports fit none of the
	// above (software on the customer's own devices, the customer's own
	// infrastructure), each once: their ports are not listed, the parts
	// are named.
	Elsewhere []content.Part
	// Reach are the outbound firewall rules from the customer's network
	// to the services the manufacturer hosts (FirewallRule.Manufacturer,
	// but not UsersUnstated) of every version the notice concerns, each
	// once: no port of the product listens for them on the customer's
	// network, yet they must stay open there while the product is used.
	Reach []content.FirewallRule
}

// SortNoticePorts sorts out the ports of the versions notice n concerns
// (NoticePorts), by number, transport and direction, each in the first
// of these that holds: to block, internal, reached only by physical
// access, hosted by the manufacturer, on
// an interface to disable, needed on the customer's network, on a
// carrier's network, elsewhere.
func SortNoticePorts(p Product, n content.Notice) NoticePorts {
	var out NoticePorts
	facts := NoticeFacts(p, n)
	for _, id := range n.Actions.DisableInterfaces {
		if it := facts.Interface(id); it != nil {
			out.Disable = append(out.Disable, *it)
		}
	}
	var ports, internal, physical []content.Port
	for _, q := range NoticeVersionFacts(p, n) {
		for _, r := range q.FirewallRules() {
			// A rule whose users the data do not place (a home product's
			// clinic portal) is no connection from the customer's network.
			if r.Manufacturer && !r.UsersUnstated() && !slices.ContainsFunc(out.Reach, func(x content.FirewallRule) bool { return sameRule(x, r) }) {
				out.Reach = append(out.Reach, r)
			}
		}
		for _, pt := range q.SortedPorts() {
			if !slices.ContainsFunc(ports, func(x content.Port) bool { return samePort(x, pt) }) {
				ports = append(ports, pt)
				if q.InternalPort(pt) {
					internal = append(internal, pt)
				} else if q.PhysicalAccessPort(pt) {
					physical = append(physical, pt)
				}
			}
		}
	}
	slices.SortStableFunc(ports, func(a, b content.Port) int {
		return cmp.Or(cmp.Compare(a.Number, b.Number), cmp.Compare(a.Transport, b.Transport), cmp.Compare(a.Direction, b.Direction))
	})
	for _, pt := range ports {
		switch {
		case slices.Contains(n.Actions.BlockPorts, pt.Number):
			out.Block = append(out.Block, pt)
		case slices.ContainsFunc(internal, func(x content.Port) bool { return samePort(x, pt) }):
			out.Internal = append(out.Internal, pt)
		case slices.ContainsFunc(physical, func(x content.Port) bool { return samePort(x, pt) }):
			out.Physical = append(out.Physical, pt)
		case p.PartOfPort(pt).Runs.IsManufacturerHosted():
			out.Hosted = append(out.Hosted, pt)
		case slices.ContainsFunc(out.Disable, func(it content.Interface) bool { return it.ID == pt.Interface }):
			out.Closed = append(out.Closed, pt)
		case p.OnCustomerSide(pt):
			out.Needed = append(out.Needed, pt)
		case p.CarrierPort(pt) && p.PartOnCustomerSide(p.PartOfPort(pt)):
			out.Carrier = append(out.Carrier, pt)
		default:
			if part := p.PartOfPort(pt); !slices.ContainsFunc(out.Elsewhere, func(e content.Part) bool { return e.ID == part.ID }) {
				out.Elsewhere = append(out.Elsewhere, part)
			}
		}
	}
	return out
}

// samePort reports two entries for the same port: number, transport,
// direction, interface, part and service (another purpose is the same
// port, described again by a later version).
func samePort(a, b content.Port) bool {
	return a.Number == b.Number && a.Transport == b.Transport && a.Direction == b.Direction &&
		a.Interface == b.Interface && a.Part == b.Part && a.Service == b.Service
}

// sameRule reports two versions' rules for the same connection: from the
// same side to the same endpoints, on the same port and service, over
// the same interfaces, needed alike (for the same feature, if any).
func sameRule(a, b content.FirewallRule) bool {
	return a.Side == b.Side && slices.Equal(a.Peers, b.Peers) && a.Port == b.Port && a.Transport == b.Transport &&
		a.Service == b.Service && slices.Equal(a.Interfaces, b.Interfaces) && a.Enabled == b.Enabled && a.OnlyOn == b.OnlyOn && a.NeededFor == b.NeededFor
}
