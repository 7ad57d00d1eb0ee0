package content

// StateGroup is the parts of a product whose rows in an interfaces or
// ports table are in the state the table's "Enabled" column gives at the
// same time: When is "as shipped" (the device), "as installed" (a part on
// the customer's computers or hosts) or "where the manufacturer hosts it"
// (InterfaceStateWhen).
type StateGroup struct {
	When  string
	Parts []Part
}

// InterfaceStates groups the parts with an interface listed by when their
// state in the interfaces tables holds, for a table whose rows are not all
// "as shipped": its column is then headed "Enabled", and a sentence under
// it says when that holds for each part (a manufacturer-hosted portal's
// interface beside a pump's had read "Enabled as shipped"). Nil where every
// row is as shipped, for a product of one part (InstalledParts), and for
// one only the manufacturer hosts (HostedOnly has words of its own).
func (p *Product) InterfaceStates() []StateGroup {
	return p.interfaceStates(p.Interfaces)
}

// ConnectivityStates is InterfaceStates for the plan's connectivity
// features (1.6), whose tables list only some interfaces: a gateway's
// adapter on the customer's server beside a bed's radios had read
// "Enabled as shipped".
func (p *Product) ConnectivityStates() []StateGroup {
	return p.interfaceStates(p.ConnectivityFeatures())
}

// interfaceStates groups the parts of the interfaces listed (ifaces) for
// InterfaceStates and ConnectivityStates.
func (p *Product) interfaceStates(ifaces []Interface) []StateGroup {
	if p.HostedOnly() || len(p.AllParts()) < 2 {
		return nil
	}
	var on []Part
	for _, it := range ifaces {
		on = append(on, p.PartOfInterface(it))
	}
	return p.stateGroups(on, p.InterfaceStateWhen)
}

// PortStates is InterfaceStates for the ports tables (the plan's and
// the CSD's). A part on the
// customer's computers keeps "as shipped" in a product with no device:
// what it ships is that software (PortsNotShipped). Nil too where no port
// is on the device (NoPortShipped: heading and words of its own).
func (p *Product) PortStates() []StateGroup {
	if p.HostedOnly() || p.NoPortShipped() || len(p.AllParts()) < 2 {
		return nil
	}
	var on []Part
	for _, po := range p.Ports {
		on = append(on, p.PartOfPort(po))
	}
	return p.stateGroups(on, p.portStateWhen)
}

// portStateWhen is when the state of a port of part pt holds, for
// PortStates: InterfaceStateWhen, but "as shipped" for a part on the
// customer's computers or hosts in a product with no device.
func (p *Product) portStateWhen(pt Part) string {
	if (pt.Runs.IsCustomerDevice() || pt.Runs.IsCustomerHosted()) && !p.HasDevice() {
		return "as shipped"
	}
	return p.InterfaceStateWhen(pt)
}

// InterfaceListStates is InterfaceStates for a notice's list of some of
// the product's interfaces (those to disable): a server the customer
// hosts, listed beside a pump's interfaces or alone, had its state headed
// "Enabled as shipped" there while the CSD said "once installed".
func (p *Product) InterfaceListStates(ifaces []Interface) []StateGroup {
	return p.interfaceStates(ifaces)
}

// PortListStates is PortStates for a notice's list of some of the
// product's ports (those to block, those the product needs), by the parts
// of the ports listed: the list of a pump's ports beside those of a
// server the customer hosts is headed "Enabled" with the sentence saying
// when each part's state holds, as the CSD's ports table is. A product
// whose device has no port (NoPortShipped) gets the sentence too, the
// notice having no legend of its own for it; a list of only ports the
// manufacturer hosts none (the notice says above where they listen).
func (p *Product) PortListStates(ports []Port) []StateGroup {
	if p.HostedOnly() || len(p.AllParts()) < 2 || allHostedPorts(p, ports) {
		return nil
	}
	var on []Part
	for _, po := range ports {
		on = append(on, p.PartOfPort(po))
	}
	return p.stateGroups(on, p.portStateWhen)
}

// PortListEnabled heads the state column of a notice's list of ports
// (PortListStates): "Enabled" where nothing listed is shipped (a
// hosted-only product, ports only the manufacturer hosts) or its rows
// are not all as shipped, else "Enabled as shipped". The sentence under
// the list of ports the product needs quotes it.
func (p *Product) PortListEnabled(ports []Port) string {
	if p.HostedOnly() || allHostedPorts(p, ports) || len(p.PortListStates(ports)) > 0 {
		return "Enabled"
	}
	return "Enabled as shipped"
}

// allHostedPorts reports ports all of parts the manufacturer hosts (true
// for none, as the notices' port list has it).
func allHostedPorts(p *Product, ports []Port) bool {
	for _, po := range ports {
		if !p.PartOfPort(po).Runs.IsManufacturerHosted() {
			return false
		}
	}
	return true
}

// RuleNeededState words when a firewall rule stated needed
// (FirewallRule.Enabled) is needed, for the "Needed" column of the CSD's
// rules and of a notice's connections: "As installed" for a rule of a
// port of a part on the customer's computers or hosts in a product with
// a device (its port's state is the one once installed, as the ports
// table's sentence says: portStateWhen), else "As shipped". A rule to a
// service the manufacturer hosts keeps "As shipped".
func (p *Product) RuleNeededState(r FirewallRule) string {
	if !r.Manufacturer && r.part != "" && p.portStateWhen(p.Part(r.part)) == "as installed" {
		return "As installed"
	}
	return "As shipped"
}

// stateGroups groups parts (each once, in the order of the product's
// parts) by when(part), "as shipped" first, then "as installed", then the
// hosted ones; a part of the customer's own infrastructure (when "") in
// none. Nil when every part is as shipped.
func (p *Product) stateGroups(on []Part, when func(Part) string) []StateGroup {
	has := map[string]bool{}
	for _, pt := range on {
		has[pt.ID] = true
	}
	var out []StateGroup
	mixed := false
	for _, w := range []string{"as shipped", "as installed", "where the manufacturer hosts it"} {
		g := StateGroup{When: w}
		for _, pt := range p.AllParts() {
			if has[pt.ID] && when(pt) == w {
				g.Parts = append(g.Parts, pt)
			}
		}
		if len(g.Parts) > 0 {
			out = append(out, g)
			mixed = mixed || w != "as shipped"
		}
	}
	if !mixed {
		return nil
	}
	return out
}
