package content

import "slices"

// IsolatedInMakersDevices reports a product that IsolatedOnCustomerNetwork
// leaves out only because its part on the customer's side is built into
// the devices its customers make and it has no network port (ports
// written empty: a library sold to device makers). No part of it has a
// port of its own, but the devices it runs in may sit on networks: how
// those devices are isolated is for the notice's network_isolation to
// say, and without it the notice says this is not stated (not that
// there is nothing to isolate).
func (p *Product) IsolatedInMakersDevices() bool {
	if !p.OnCustomerNetwork() || p.IsolatedOnCustomerNetwork() || p.NoNetwork() || p.NetworkThroughInfrastructure() {
		return false
	}
	return slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return p.PartOnCustomerSide(pt) && p.InMakersDevices(pt) })
}

// MakersDevicesIsolationUnstated is what a notice says in place of its
// network_isolation for such a product (IsolatedInMakersDevices), plain
// text, name being the product's: "No part of the RhythmCore SDK has a
// network port of its own: it runs in the devices the customer makes.
// How those devices are isolated on their networks is not stated."
func MakersDevicesIsolationUnstated(name string) string {
	return "No part of the " + name + " has a network port of its own: it runs in the devices the customer makes. How those devices are isolated on their networks is not stated."
}
