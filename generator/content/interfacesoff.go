package content

import "slices"

// NetworkInterfacesOff reports a product of device parts alone that uses
// no network port (ports written empty) and whose every network
// interface not internal to the product (Ethernet, Wi-Fi, Bluetooth,
// cellular, a virtual one, one of kind other) is off as shipped
// (default_enabled = false), each part listing every interface it has
// (InterfacesUnlisted): as shipped it joins no network, as NoNetwork's
// product does, so there is no traffic for a firewall rule to allow or
// block and none isolates it. An interface whose state as shipped is not
// stated, or a part whose list may leave one out, decides nothing.
// False where NoNetwork or NoPortNorNetworkKindInterface already holds.
func (p *Product) NetworkInterfacesOff() bool {
	if !p.States("ports") || !p.States("interfaces") || len(p.Ports) > 0 || p.NoPortNorNetworkKindInterface() {
		return false
	}
	for _, part := range p.AllParts() {
		if !part.Runs.IsDevice() || p.InterfacesUnlisted(part) {
			return false
		}
	}
	off := p.NetworkInterfacesOffList()
	return len(off) > 0 && !slices.ContainsFunc(p.Interfaces, func(it Interface) bool {
		// one whose kind is not stated may be a network interface
		return (it.Kind.Network() || !it.Kind.Stated()) && !it.Internal && !it.DefaultEnabled.IsFalse()
	})
}

// NetworkInterfacesOffList are the network interfaces not internal to the
// product, in the data's order: those NetworkInterfacesOff finds off.
func (p *Product) NetworkInterfacesOffList() []Interface {
	return slices.DeleteFunc(slices.Clone(p.Interfaces), func(it Interface) bool { return !it.Kind.Network() || it.Internal })
}

// NetworkInterfacesOffText names the interfaces of NetworkInterfacesOff
// for a sentence, by their names ("Ethernet port, Wi-Fi and Bluetooth").
func (p *Product) NetworkInterfacesOffText() string {
	var names []string
	for _, it := range p.NetworkInterfacesOffList() {
		names = append(names, it.Name)
	}
	return AndList(names)
}
