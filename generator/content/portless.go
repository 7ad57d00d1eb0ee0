package content

import (
	"fmt"
	"slices"
)

// PortlessOffCustomerNetwork reports a product whose written ports list
// holds no port and no part of which is on the customer's network
// (OnCustomerNetwork): a USB-only home device with a desktop app on the
// patient's own computer. It has no traffic for a firewall to filter and
// nothing to keep off a network, yet NoNetwork is false for it, as its
// app runs on a computer that is on some network. An unwritten ports list
// decides nothing.
func (p *Product) PortlessOffCustomerNetwork() bool {
	return p.States("ports") && len(p.Ports) == 0 && !p.OnCustomerNetwork()
}

// PartConnectsOut reports whether a port of part is one it connects from
// (direction "out" or "both"): only then does an app on a computer or
// phone the customer owns connect from whatever network that device is
// on. A port whose direction is not stated is not known to connect.
func (p *Product) PartConnectsOut(part Part) bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		return p.PartOfPort(pt).ID == part.ID && pt.Direction != "in" && pt.DirectionStated()
	})
}

// PartConnectsWords ends the notice's sentence on where a part on a
// device the customer or its users own runs (after PartRunsWhere): " and
// connects from whatever network that device is on" where a port of its
// own connects out (PartConnectsOut); where its ports' directions are
// not stated, that they are not; where it has no port, that none is
// listed; "" where its ports only listen.
func (p *Product) PartConnectsWords(part Part) string {
	if p.PartConnectsOut(part) {
		return " and connects from whatever network that device is on"
	}
	own, undirected := 0, 0
	for _, pt := range p.Ports {
		if p.PartOfPort(pt).ID != part.ID {
			continue
		}
		own++
		if !pt.DirectionStated() {
			undirected++
		}
	}
	switch {
	case own == 0:
		return ", and no port of its own is listed"
	case undirected == 0:
		return ""
	case own == 1:
		return ", and whether its port opens or accepts connections is not stated"
	case undirected == own:
		return ", and whether its ports open or accept connections is not stated"
	}
	return fmt.Sprintf(", and whether %s of its ports %s or accept%s connections is not stated", Plural(undirected, "one", fmt.Sprint(undirected)), Plural(undirected, "opens", "open"), Plural(undirected, "s", ""))
}

// PortlessAppsOnNetwork reports a product whose written ports list holds
// no port though a part is on the customer's network (OnCustomerNetwork):
// an app on the clinic's own tablet, or a server of the customer's, beside
// a device whose every listed interface is internal to the product or
// joins no IP network of the customer's or a carrier's (a prosthetic hand
// on Bluetooth Low Energy). Nothing opens a port or connects to one, so no
// firewall rule is given, and blocking all traffic of the tablet would
// block what else it does. A part the manufacturer hosts or the
// customer's own infrastructure leaves it to the other sentences.
func (p *Product) PortlessAppsOnNetwork() bool {
	if !p.States("ports") || len(p.Ports) > 0 || !p.States("interfaces") || !p.OnCustomerNetwork() || p.NoPortNorNetworkKindInterface() {
		return false
	}
	for _, pt := range p.AllParts() {
		switch {
		case pt.Runs.IsDevice():
			if p.InterfacesUnlisted(pt) || slices.ContainsFunc(p.Interfaces, func(it Interface) bool {
				return p.PartOfInterface(it).ID == pt.ID && !it.Internal && (it.Kind.JoinsHospitalNetwork() || !it.Kind.Stated())
			}) {
				return false
			}
		case pt.Runs.IsCustomerDevice(), pt.Runs.IsCustomerHosted():
		default:
			return false
		}
	}
	return true
}

// PortlessAppsOnNetworkText says why 3.3 gives no firewall rule where
// PortlessAppsOnNetwork holds: "No firewall rule is given: the Kestrel
// Hand has no network interface (Bluetooth only), and Kestrel Fit and
// Kestrel Go open no network port and connect to none." A device with
// an interface whose kind is not stated (one internal to the product:
// PortlessAppsOnNetwork holds for no other) is not said to have no
// network interface: it joins no network of the customer's, and whether
// that interface is a network interface is not stated.
func (p *Product) PortlessAppsOnNetworkText() string {
	var devices []string
	var others []Part
	for _, pt := range p.AllParts() {
		if !pt.Runs.IsDevice() {
			others = append(others, pt)
			continue
		}
		var its []Interface
		network, unstated := false, 0
		for _, it := range p.Interfaces {
			if p.PartOfInterface(it).ID != pt.ID {
				continue
			}
			its = append(its, it)
			network = network || !it.Internal && it.Kind.Network()
			if !it.KindStated() {
				unstated++
			}
		}
		s := pt.TheName() + " has no network interface"
		if network || unstated > 0 {
			s = pt.TheName() + p.InHouseWords(" joins no network of the customer's")
		}
		switch kinds := InterfaceKindWords(its); {
		case unstated == 1:
			s += " (" + AndList(kinds) + "; whether that interface is a network interface is not stated)"
		case unstated > 1:
			s += " (" + AndList(kinds) + "; whether those interfaces are network interfaces is not stated)"
		case len(kinds) > 0:
			s += " (" + AndList(kinds) + " only)"
		}
		devices = append(devices, s)
	}
	verb := "opens no network port and connects to none"
	if len(others) > 1 {
		verb = "open no network port and connect to none"
	}
	apps := p.PartTheNames(others) + " " + verb
	if len(devices) == 0 {
		return "No firewall rule is given: " + apps + "."
	}
	return "No firewall rule is given: " + AndList(devices) + ", and " + apps + "."
}
