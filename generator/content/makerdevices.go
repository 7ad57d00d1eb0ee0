package content

import "slices"

// A product sold only to other device makers (customer = "manufacturer":
// a software library, say) whose part runs = customer_device is built
// into the devices those makers design and sell: their users, not the
// customer, own the units, and no phone, tablet or computer of the
// customer's is meant. "On the customer's own device", "on a phone,
// tablet or computer the customer owns" and "the application's updates"
// (an app on an owned computer) would each be false; the customer is the
// maker of the device and of its software, operating system included.

// Words of such a part: its runs label, where phrase and default patching.
const (
	makerDevicesLabel = "In the devices the customer makes"
	makerDevicesWhere = "in the devices the customer makes"
	makerDevicesPatch = "The customer, which makes the devices, maintains their operating system; " + softwareUpdatesUnsaid
	// softwareUpdatesUnsaid and softwareUpdatesRef are appUpdatesUnsaid
	// and appUpdatesRef for software built into another maker's device,
	// which is no application.
	softwareUpdatesUnsaid = "who installs the software's updates is not stated"
	softwareUpdatesRef    = "for the software's updates, see the software updates section"
)

// InMakersDevices reports a customer_device part of a product whose only
// customers are device makers, written with no other owner (owned_by),
// kind of device (host_kinds) or maker of the host (host_maker), each of
// which says where it runs in words of its own.
func (p *Product) InMakersDevices(pt Part) bool {
	return pt.Runs.IsCustomerDevice() && p.Customer.Only(CustomerManufacturer) && !p.OnPatientsDevice(pt) &&
		pt.HostMaker == "" && len(pt.HostKinds) == 0 && (pt.OwnedBy == "" || pt.OwnedBy == "customer")
}

// PortlessAPI reports an interface of kind api of a product whose ports
// are written empty: nothing of the product listens on a network port or
// connects to one, so the API is called only within the software it is
// built into (a library's C API) and connects the device to nothing.
// ConnectivityFeatures leaves it out: counted as a 524B connectivity
// feature, it read as a network API. A product whose ports are not
// written, or that lists some, decides nothing about its API.
func (p *Product) PortlessAPI(it Interface) bool {
	return it.Kind == "api" && p.States("ports") && len(p.Ports) == 0
}

// IsolatedOnCustomerNetwork reports whether a notice has a part of the
// product to isolate on the customer's network: OnCustomerNetwork, but
// for a product with no network port (ports written empty) whose parts
// there are all built into the devices its customers make
// (InMakersDevices). Those devices sit on their own users' networks, not
// on the customer's, and the part has no port to isolate: "how to
// isolate the affected versions on the customer's network is not stated"
// beside "the product needs no network port" would ask for what does not
// exist. Only the notice's isolation step asks this: elsewhere (3.3, the
// SIEM row) such a part keeps the wording of software with no port.
func (p *Product) IsolatedOnCustomerNetwork() bool {
	if !p.OnCustomerNetwork() {
		return false
	}
	portless := p.States("ports") && len(p.Ports) == 0
	return slices.ContainsFunc(p.AllParts(), func(pt Part) bool {
		return p.PartOnCustomerSide(pt) && !(portless && p.InMakersDevices(pt))
	})
}

// TrainedUsers names whom the manufacturer might train over a network, for
// a sentence that says whether it does is not stated: "its users", or,
// for a product whose only customers are device makers, "the customer's
// engineers": such a product (a library, a module) has no users of its
// own beside the makers' engineers who build it in.
func (p *Product) TrainedUsers() string {
	if p.Customer.Only(CustomerManufacturer) {
		return "the customer's engineers"
	}
	return "its users"
}

// PortlessAPIsText says, where the plan lists no connectivity feature
// because every one left is a PortlessAPI, why the product's API is none:
// "The device has no connectivity features: it uses no network port, so
// its API, the C API, connects it to no network." noun is "device" or
// "product"; "" where no PortlessAPI is written. A product sold only to
// device makers is named ("The RhythmCore SDK itself ..."), and the
// connectivity of the devices it is built into is left to their makers.
func (p *Product) PortlessAPIsText(noun string) string {
	var apis []string
	displays := 0
	for _, it := range p.Interfaces {
		switch {
		case p.PortlessAPI(it):
			apis = append(apis, it.Name)
		case it.Kind == "display":
			displays++
		}
	}
	if len(apis) == 0 {
		return ""
	}
	var besides []string
	if displays == 1 {
		besides = append(besides, "its display")
	} else if displays > 1 {
		besides = append(besides, "its displays")
	}
	if len(p.InternalLinks()) > 0 {
		besides = append(besides, "the links between its own parts")
	}
	// Sold only to device makers, the product is built into their
	// devices: "the device", after the determination left to each of
	// them for its own, read as theirs, of which the data say nothing.
	maker := p.Customer.Only(CustomerManufacturer)
	s := "The " + noun + " has no connectivity features"
	if maker {
		s = "The " + p.Name + " itself has no connectivity features"
	}
	if len(besides) > 0 {
		s += " besides " + AndList(besides)
	}
	its, verb := "its API", "connects"
	if len(apis) > 1 {
		its, verb = "its APIs", "connect"
	}
	s += ": it uses no network port, so " + its + ", " + AndList(apis) + ", " + verb + " it to no network."
	if maker {
		s += " The connectivity of the devices it is built into is for their manufacturers to state."
	}
	return s
}
