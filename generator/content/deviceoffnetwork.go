package content

import "slices"

// DeviceOffNetwork reports a product whose device parts have no network
// interface (no interface of a network kind or of kind other that is not
// internal to the product, no port written) while its other parts are
// apps on the phones or tablets of the customer or its users (Part.Roams),
// or, for patients at home (PatientAudience), on their own computers: a
// wheelchair controller with Bluetooth to its app and a USB service port.
// NoNetwork is false for it, since the app's host is on whatever network
// it is on, yet nothing of the device is on a network to isolate, and the
// app's host is not the customer's to isolate either. Interfaces not
// written decide nothing.
func (p *Product) DeviceOffNetwork() bool {
	if !p.States("interfaces") || p.NoNetwork() {
		return false
	}
	device := false
	for _, pt := range p.AllParts() {
		switch {
		case pt.Runs.IsDevice():
			device = true
		case pt.Roams(), p.PatientAudience() && pt.Runs.IsCustomerDevice() && pt.HostMaker == "":
		default:
			return false
		}
	}
	if !device || slices.ContainsFunc(p.Ports, func(pt Port) bool { return p.PartOfPort(pt).Runs.IsDevice() }) {
		return false
	}
	return !slices.ContainsFunc(p.Interfaces, func(it Interface) bool {
		return p.PartOfInterface(it).Runs.IsDevice() && !it.Internal && (it.Kind.Network() || it.Kind.Unsaid())
	})
}
