package content

import (
	"fmt"
	"slices"
	"strings"
)

// UnshippedPorts are the parts that have the network ports of a product
// with hardware of its own none of whose ports is on that hardware
// (Product.PortsNotShipped).
type UnshippedPorts struct {
	// Installed run on the customer's computers or servers
	// (customer_device, customer_hosted): the manufacturer ships their
	// software, not the computer, so their ports' state is theirs once
	// installed.
	Installed []Part
	// Hosted are the parts the manufacturer hosts: their ports' state is
	// where it hosts them.
	Hosted []Part
}

// PortsNotShipped returns the parts with ports of a product that has a
// device part and no port on it (a recorder that joins no network, with
// analysis software on the customer's own PCs): "as shipped", said of
// such a product's ports, reads as the state of the shipped device, which
// has none. Nil when some port is on the device, when the product has no
// port, or when it has no device: the software such a product ships is
// what "as shipped" is said of, and a product only the manufacturer hosts
// has words of its own (HostedOnly). A port of the customer's own
// infrastructure is not the product's and decides nothing; nil too when
// only such ports are left.
func (p *Product) PortsNotShipped() *UnshippedPorts {
	if !p.HasDevice() || len(p.Ports) == 0 {
		return nil
	}
	var u UnshippedPorts
	seen := map[string]bool{}
	for _, po := range p.Ports {
		pt := p.PartOfPort(po)
		switch {
		case pt.Runs.IsCustomerInfrastructure(), seen[pt.ID]:
		case pt.Runs.IsCustomerDevice(), pt.Runs.IsCustomerHosted():
			u.Installed = append(u.Installed, pt)
		case pt.Runs.IsManufacturerHosted():
			u.Hosted = append(u.Hosted, pt)
		default:
			// the device, or a part whose place is not known: as shipped
			return nil
		}
		seen[pt.ID] = true
	}
	if len(u.Installed) == 0 && len(u.Hosted) == 0 {
		return nil
	}
	return &u
}

// NoPortShipped reports a product whose ports are all on parts that do
// not ship with it (PortsNotShipped): a port table's state column then
// reads "Enabled", not "As shipped".
func (p *Product) NoPortShipped() bool { return p.PortsNotShipped() != nil }

// PortsAsInstalled reports a product of NoPortShipped with ports on the
// customer's computers or servers: the ports on the customer's network
// are in their state "as installed" there.
func (p *Product) PortsAsInstalled() bool {
	u := p.PortsNotShipped()
	return u != nil && len(u.Installed) > 0
}

// ListeningState words the state in which the CSD's key facts and the
// plan give the ports that listen on the customer's network: "as
// shipped" for those of the device, "as installed" for those of software
// the customer installs on its computers or servers, and both, naming the
// parts, where the listeners are on both (a bed that only connects out,
// beside a gateway the hospital installs that listens). A part that
// serves with no port listed (ServedWithoutPort) counts as a listener.
// PortsAsInstalled decides, as for every port, where none listens.
func (p *Product) ListeningState() string {
	var served []Part
	for _, s := range p.ServedWithoutPort() {
		served = append(served, s.Part)
	}
	return p.portState(func(po Port) bool { return po.Direction != "out" }, served)
}

// ConnectingState is ListeningState for the connections the key facts
// list as opened from the customer's network: those of the outbound
// firewall rules, by the parts each names as its side (a rule whose side
// is the customer's network or its own systems names none), and those of
// the parts no rule covers, but an app on a patient's own phone, which
// opens nothing from that network (UnruledPorts; a port whose direction
// is not stated is not counted as opening a connection).
func (p *Product) ConnectingState() string {
	return p.portState(func(Port) bool { return false }, p.connectingParts())
}

// connectingParts are the parts ConnectingState words the state of.
func (p *Product) connectingParts() []Part {
	var opens []Part
	for _, r := range p.FirewallRules() {
		if r.Direction != "out" || r.UsersUnstated() {
			continue
		}
		for _, pt := range p.AllParts() {
			if slices.ContainsFunc(strings.Split(r.Side, "; "), func(e string) bool { return e == pt.Name || strings.HasPrefix(e, pt.Name+", ") }) {
				opens = append(opens, pt)
			}
		}
	}
	for _, po := range p.UnruledPorts() {
		if pt := p.PartOfPort(po); po.Direction != "in" && po.DirectionStated() && !p.CarrierPort(po) && !(pt.Runs.IsCustomerDevice() && p.PatientsDevices()) {
			opens = append(opens, pt)
		}
	}
	return opens
}

// portState is ListeningState and ConnectingState: the ports of the
// direction that match, and the parts also counted. Only a product with a
// device part tells the two apart: the software such a product ships is
// what "as shipped" is said of (PortsNotShipped).
func (p *Product) portState(match func(Port) bool, also []Part) string {
	if !p.HasDevice() {
		return "as shipped"
	}
	var shipped, installed []string
	add := func(pt Part) {
		switch {
		case pt.ID == "", pt.Runs.IsCustomerInfrastructure(), pt.Runs.IsManufacturerHosted():
		case pt.Runs.IsCustomerDevice(), pt.Runs.IsCustomerHosted():
			installed = appendNew(installed, pt.Name)
		default:
			shipped = appendNew(shipped, pt.Name)
		}
	}
	for _, po := range p.Ports {
		if match(po) && !p.InternalPort(po) && !p.CarrierPort(po) && !p.PhysicalAccessPort(po) {
			add(p.PartOfPort(po))
		}
	}
	for _, pt := range also {
		add(pt)
	}
	// in part order, whatever order the ports or rules came in
	byPart := func(names []string) []string {
		var out []string
		for _, pt := range p.AllParts() {
			if slices.Contains(names, pt.Name) {
				out = appendNew(out, pt.Name)
			}
		}
		return out
	}
	shipped, installed = byPart(shipped), byPart(installed)
	switch {
	case len(shipped) > 0 && len(installed) > 0:
		return fmt.Sprintf("as shipped (%s) or installed (%s)", AndList(shipped), AndList(installed))
	case len(installed) > 0:
		return "as installed"
	case len(shipped) > 0:
		return "as shipped"
	case p.PortsAsInstalled():
		return "as installed"
	}
	return "as shipped"
}
