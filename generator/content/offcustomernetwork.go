package content

import (
	"slices"
	"strings"
)

// NoPartOnCustomerNetwork reports a product that its parts and interfaces
// alone keep off the customer's network, its ports written or not: every
// part is the device, hosted by the manufacturer or on the patients' own
// devices (OnPatientsDevice), each device part lists every interface it
// has (InterfacesUnlisted), and every interface of
// a device part is cellular (the mobile operator's network: CarrierPort),
// internal to the product, or one that carries no IP traffic, so no port
// the ports list could hold would be on the customer's network. An
// unwritten ports list then decides nothing that matters to the customer's
// network. Software on a computer or phone the customer owns is on
// whatever network that host is on, which the data do not describe, and
// the customer's own infrastructure is the customer's: with either, an
// unwritten ports list leaves it open (PortlessOffCustomerNetwork).
func (p *Product) NoPartOnCustomerNetwork() bool {
	return p.offCustomerNetwork(false)
}

// ListedOffCustomerNetwork returns the device parts whose listed
// interfaces would keep the product off the customer's network
// (NoPartOnCustomerNetwork but for them) while the list may leave some
// out (InterfacesUnlisted): nil when NoPartOnCustomerNetwork holds or
// would not hold with whole lists.
func (p *Product) ListedOffCustomerNetwork() []Part {
	if p.offCustomerNetwork(false) || !p.offCustomerNetwork(true) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(p.DeviceParts()), func(pt Part) bool { return !p.InterfacesUnlisted(pt) })
}

// offCustomerNetwork is NoPartOnCustomerNetwork, reading a device part's
// interfaces as whole when listedOnly.
func (p *Product) offCustomerNetwork(listedOnly bool) bool {
	if !p.States("interfaces") || p.OnCustomerNetwork() {
		return false
	}
	for _, part := range p.AllParts() {
		switch {
		// an app on the patients' own phones is on their networks, not
		// the customer's (PartOnCustomerSide)
		case part.Runs.IsManufacturerHosted(), p.OnPatientsDevice(part):
		case part.Runs.IsDevice():
			// a list that may leave interfaces out (Ethernet, Wi-Fi)
			// decides nothing
			if !listedOnly && p.InterfacesUnlisted(part) {
				return false
			}
			for _, it := range p.Interfaces {
				if p.PartOfInterface(it).ID == part.ID && !it.Internal && it.Kind != "cellular" && it.Kind.CarriesIP() {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// ConnectsOverCarrier reports a part with an interface of kind cellular
// that is not internal to the product: whatever its ports, it reaches a
// network over the mobile operator's.
func (p *Product) ConnectsOverCarrier(partID string) bool {
	for _, it := range p.Interfaces {
		if p.PartOfInterface(it).ID == partID && !it.Internal && it.Kind == "cellular" {
			return true
		}
	}
	return false
}

// HomeHostParts returns, in part order, the parts that run on a phone or
// computer the customer itself owns at home: the customer_device parts of
// a product used at home with no customer organisation written (home_use
// = true, customer not written: the patient or user is the customer, and
// PatientsDevices is false). PartOnCustomerSide leaves them out, as no
// firewall rule of the customer's is written for them, but such a host
// is on whatever network its owner puts it on, often the customer's own
// home network: the documents then say only that no part listens there
// (HomeHostsListen false) and that the part connects from whatever
// network its device is on, never that no part is on that network.
func (p *Product) HomeHostParts() []Part {
	if !p.HomeUse.IsTrue() || p.PatientsDevices() {
		return nil
	}
	return p.partsWhere(PartRuns.IsCustomerDevice)
}

// HomeHostsListen reports a port of a HomeHostParts part that is not
// stated to be only outbound (it listens, or its direction is not
// stated): then not even "no part listens on the customer's network" is
// decided.
func (p *Product) HomeHostsListen() bool {
	hosts := p.HomeHostParts()
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		id := p.PartOfPort(pt).ID
		return slices.ContainsFunc(hosts, func(h Part) bool { return h.ID == id }) && (pt.Direction != "out" || !pt.DirectionStated())
	})
}

// HomeHostsText is the security plan's sentence on the ports of a
// product none of whose parts is on the customer's network as the
// documents count it (OnCustomerNetwork false), where a part runs on a
// device the customer owns at home (HomeHostParts): "No part of the
// product listens on the customer's network: the SonaBeat app runs on a
// device the customer owns and connects from whatever network that
// device is on." Where such a part may listen (HomeHostsListen), only
// where it runs is said. "" without such a part.
func (p *Product) HomeHostsText() string {
	hosts := p.HomeHostParts()
	if len(hosts) == 0 {
		return ""
	}
	var where []string
	for _, pt := range hosts {
		where = append(where, pt.TheName()+" "+p.PartRunsWhere(pt)+p.PartConnectsWords(pt))
	}
	if p.HomeHostsListen() {
		return capitaliseFirst(strings.Join(where, "; ")) + p.InHouseWords(", on whatever network that device is on; whether it is the customer's network is not stated.")
	}
	return p.InHouseWords("No part of the product listens on the customer's network: ") + strings.Join(where, "; ") + "."
}
