package content

import "slices"

// ListenNoneUnlisted returns, where the CSD's key facts would answer None
// to the ports listening on the customer's network, the parts there whose
// interfaces the data may not all list (InterfacesUnlisted: a control PC
// with interfaces_complete = false whose service Ethernet port lists no
// port): a port on an interface the list leaves out is not stated either,
// so the answer is "None listed", naming them (ListenNoneUnlistedText).
// Only parts that would be on the customer's network count: the device's
// and the software the customer hosts or runs on its own computers
// (PartOnCustomerSide), not a part the manufacturer hosts, the patients'
// own phones or the customer's own infrastructure, whose ports are its
// own. nil where every such list is whole, and beside no_network = true
// (StatesNoNetwork): no interface of the device joins a network, listed
// or not. nil too where ports = [] is written: it states that the product
// uses no network port at all, on whatever interface, and the CSD's
// section 3.2 says so outright, so the key facts answer None with it.
func (p *Product) ListenNoneUnlisted() []Part {
	if p.StatesNoNetwork() || (p.States("ports") && len(p.Ports) == 0) {
		return nil
	}
	return slices.DeleteFunc(p.PartsInterfacesUnlisted(), func(pt Part) bool {
		return pt.Runs.IsCustomerInfrastructure() || p.OnPatientsDevice(pt) || !p.PartOnCustomerSide(pt)
	})
}

// ListenNoneUnlistedText is the key facts' answer for ListenNoneUnlisted:
// "None listed; the interface list of the Cart console is not stated to
// be complete". thing is what a product of one part is called ("device").
// "" where ListenNoneUnlisted is nil.
func (p *Product) ListenNoneUnlistedText(thing string) string {
	parts := p.ListenNoneUnlisted()
	if len(parts) == 0 {
		return ""
	}
	if !p.MultiPart() {
		return "None listed; the " + thing + "'s interface list is not stated to be complete"
	}
	if len(parts) == 1 {
		return "None listed; the interface list of " + p.PartTheNames(parts) + " is not stated to be complete"
	}
	return "None listed; the interface lists of " + p.PartTheNames(parts) + " are not stated to be complete"
}
