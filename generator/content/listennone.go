package content

import (
	"slices"
	"strings"
)

// ListenNoneUnlisted returns, where the CSD's key facts would answer None
// to the ports listening on the customer's network, the parts there whose
// interfaces the data may not all list (InterfacesUnlisted: a control PC
// with interfaces_complete = false whose service Ethernet port lists no
// port): a port on an interface the list leaves out is not stated either,
// so the answer is "None listed", naming them (ListenNoneUnlistedText).
// Only parts that would be on the customer's network count: the device's
// and the software the customer hosts or runs on its own computers
// (PartOnCustomerSide), not a part the manufacturer hosts, the patients'
// own phones, the phones its users own (owned_by = "users": parents' own
// phones for a hospital's camera system, OnUsersOwnDevice) or the
// customer's own infrastructure, whose ports are its own. nil where every
// such list is whole, and beside no_network = true (StatesNoNetwork): no
// interface of the device joins a network, listed or not. nil too where
// ports = [] is written: it states that the product uses no network port
// at all, on whatever interface, and the CSD's section 3.2 says so
// outright, so the key facts answer None with it.
func (p *Product) ListenNoneUnlisted() []Part {
	if p.StatesNoNetwork() || (p.States("ports") && len(p.Ports) == 0) {
		return nil
	}
	return slices.DeleteFunc(p.PartsInterfacesUnlisted(), func(pt Part) bool {
		return pt.Runs.IsCustomerInfrastructure() || p.OnPatientsDevice(pt) || OnUsersOwnDevice(pt) || !p.PartOnCustomerSide(pt)
	})
}

// OnUsersOwnDevice reports a part on phones, tablets or computers its
// users own rather than the customer (runs = "customer_device", owned_by
// = "users"): like a patient's own phone, the customer does not manage it
// and its ports are not the customer network's.
func OnUsersOwnDevice(pt Part) bool {
	return pt.Runs.IsCustomerDevice() && pt.OwnedBy == "users"
}

// ListenNoneUnlistedText is the key facts' answer for ListenNoneUnlisted:
// "None listed; " and the reason (ListenNoneUnlistedReason). thing is
// what a product of one part is called ("device"). "" where
// ListenNoneUnlisted is nil.
func (p *Product) ListenNoneUnlistedText(thing string) string {
	r := p.ListenNoneUnlistedReason(thing)
	if r == "" {
		return ""
	}
	return "None listed; " + r
}

// ListenNoneUnlistedReason says why the parts ListenNoneUnlisted returns
// may have ports the list leaves out, each as the data put it:
// interfaces_complete not written ("the interface list of the Cart
// console is not stated to be complete"), written false ("... is stated
// not to be complete"), or true while no interface names a part that a
// port or data flow uses ("no interface of RescueView is listed, though a
// data flow reaches it"). The plan and the notices say it beside their
// own "no port listens", as the CSD's key facts do. thing is what a
// product of one part is called ("device"). "" where ListenNoneUnlisted
// is nil.
func (p *Product) ListenNoneUnlistedReason(thing string) string {
	parts := p.ListenNoneUnlisted()
	if len(parts) == 0 {
		return ""
	}
	var unwritten, partial, unnamed []Part
	for _, pt := range parts {
		switch {
		case pt.InterfacesComplete.IsFalse():
			partial = append(partial, pt)
		case !pt.InterfacesComplete.Known():
			unwritten = append(unwritten, pt)
		default:
			unnamed = append(unnamed, pt)
		}
	}
	list := func(ps []Part) string {
		if !p.MultiPart() {
			return "the " + thing + "'s interface list is"
		}
		if len(ps) == 1 {
			return "the interface list of " + p.PartTheNames(ps) + " is"
		}
		return "the interface lists of " + p.PartTheNames(ps) + " are"
	}
	var out []string
	if len(unwritten) > 0 {
		out = append(out, list(unwritten)+" not stated to be complete")
	}
	if len(partial) > 0 {
		out = append(out, list(partial)+" stated not to be complete")
	}
	for _, pt := range unnamed {
		of := p.PartTheNames([]Part{pt})
		if !p.MultiPart() {
			of = "the " + thing
		}
		out = append(out, "no interface of "+of+" is listed, though "+p.usedUnnamedBy(pt)+" it")
	}
	return strings.Join(out, "; ")
}

// usedUnnamedBy names what uses a part no interface names (usedUnnamed),
// with the verb: "a port names", "a data flow reaches", "a port and a
// data flow name".
func (p *Product) usedUnnamedBy(pt Part) string {
	port := slices.ContainsFunc(p.Ports, func(po Port) bool { return p.PartOfPort(po).ID == pt.ID || po.PeerPart == pt.ID })
	flow := slices.ContainsFunc(p.DataFlows, func(f DataFlow) bool { return f.From == pt.ID || f.To == pt.ID })
	switch {
	case port && flow:
		return "a port and a data flow name"
	case port:
		return "a port names"
	}
	return "a data flow reaches"
}
