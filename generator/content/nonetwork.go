package content

import (
	"fmt"
	"slices"
	"strings"
)

// NoPortNorNetworkKindInterface reports a product whose own data give it
// no network port and no interface of a network kind (Ethernet, Wi-Fi,
// Bluetooth, cellular, virtual adapter, web user interface, API) but on a
// link internal to the product, and whose parts are all the
// manufacturer's hardware or the customer's own infrastructure: no
// firewall rule can be written for it. That alone does not keep it off a
// network: an interface of kind other may be one (OtherKindInterfaces),
// and a part that is the customer's infrastructure carries its data onto
// the customer's network (NetworkThroughInfrastructure). Only hardware of
// the manufacturer's counts: software that runs on a computer or phone
// the customer provides (or the manufacturer hosts) is on whatever
// network that host is on, which the product's data does not describe.
// Lists not written decide nothing.
func (p *Product) NoPortNorNetworkKindInterface() bool {
	if !p.States("ports") && !p.StatesNoNetwork() || !p.States("interfaces") || len(p.Ports) > 0 {
		return false
	}
	if slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return !pt.Runs.IsDevice() && !pt.Runs.IsCustomerInfrastructure() }) {
		return false
	}
	return !slices.ContainsFunc(p.Interfaces, func(it Interface) bool { return it.Kind.Network() && !it.Internal })
}

// NoNetworkInterface reports a product with no port and no network
// interface of its own (NoPortNorNetworkKindInterface) and no interface
// of kind other, which the README leaves open (it may be a network of its
// own), as the MDS2 form does. Its data may still reach the customer's
// network through the customer's own infrastructure
// (NetworkThroughInfrastructure); NoNetwork says it joins none.
func (p *Product) NoNetworkInterface() bool {
	return p.NoPortNorNetworkKindInterface() && len(p.OtherKindInterfaces()) == 0 && len(p.UnstatedKindInterfaces()) == 0
}

// no_network = true (StatesNoNetwork) settles what OtherKindInterfaces and
// UnstatedKindInterfaces leave open: both return none beside it.

// NetworkThroughInfrastructure reports a product with no port and no
// interface of a network kind (NoPortNorNetworkKindInterface) that has a
// part which is the customer's own infrastructure: a device whose serial
// cable goes to the hospital's serial-to-Ethernet terminal server. Its
// data reach the customer's network through that part, which the
// customer configures and secures; the device itself gets no firewall
// rule.
func (p *Product) NetworkThroughInfrastructure() bool {
	return p.NoPortNorNetworkKindInterface() && len(p.CustomerInfrastructureParts()) > 0
}

// OtherKindInterfaces returns the interfaces of kind other that are not
// internal to the product: a kind the product does not say, which may be
// a network of its own.
func (p *Product) OtherKindInterfaces() []Interface {
	if p.StatesNoNetwork() {
		return nil
	}
	var out []Interface
	for _, it := range p.Interfaces {
		if it.Kind == "other" && !it.Internal {
			out = append(out, it)
		}
	}
	return out
}

// UnstatedKindInterfaces returns the interfaces whose kind is not stated
// (interfaces.kind not written) that are not internal to the product: as
// for kind other, whether they join a network is not stated.
func (p *Product) UnstatedKindInterfaces() []Interface {
	if p.StatesNoNetwork() {
		return nil
	}
	var out []Interface
	for _, it := range p.Interfaces {
		if !it.Kind.Stated() && !it.Internal {
			out = append(out, it)
		}
	}
	return out
}

// UnsaidKindNetworkText says, for the CSD's firewall section, which
// interfaces may join a network though their kind does not say so: those
// of kind other and those whose kind is not stated, with the verb ("its
// interface of kind other (A) joins a network").
func (p *Product) UnsaidKindNetworkText() string {
	var parts []string
	n := 0
	if o := p.OtherKindInterfaces(); len(o) > 0 {
		n += len(o)
		parts = append(parts, fmt.Sprintf("its %s of kind other (%s)", ternaryWord(len(o) == 1, "interface", "interfaces"), p.OtherKindInterfaceNames()))
	}
	if u := p.UnstatedKindInterfaces(); len(u) > 0 {
		n += len(u)
		var names []string
		for _, it := range u {
			names = append(names, it.Name)
		}
		parts = append(parts, fmt.Sprintf("its %s (%s)", ternaryWord(len(u) == 1, "interface whose kind is not stated", "interfaces whose kind is not stated"), AndList(names)))
	}
	return strings.Join(parts, " and ") + ternaryWord(n == 1, " joins", " join") + " a network"
}

// OtherKindInterfaceNames names the interfaces OtherKindInterfaces
// returns for a sentence: "A", "A and B".
func (p *Product) OtherKindInterfaceNames() string {
	var names []string
	for _, it := range p.OtherKindInterfaces() {
		names = append(names, it.Name)
	}
	return AndList(names)
}

// CustomerInfrastructureParts returns, in part order, the parts that are
// the customer's own infrastructure (runs = "customer_infrastructure").
func (p *Product) CustomerInfrastructureParts() []Part {
	return p.partsWhere(PartRuns.IsCustomerInfrastructure)
}

// DeviceParts returns, in part order, the parts that are the
// manufacturer's own hardware (runs = "device").
func (p *Product) DeviceParts() []Part { return p.partsWhere(PartRuns.IsDevice) }

// partsWhere returns, in part order, the parts whose runs satisfies keep.
func (p *Product) partsWhere(keep func(PartRuns) bool) []Part {
	var out []Part
	for _, pt := range p.AllParts() {
		if keep(pt.Runs) {
			out = append(out, pt)
		}
	}
	return out
}
