package content

import "slices"

// A product that states it opens no network port and connects to none,
// uses no cloud service and has no part the manufacturer hosts gives the
// manufacturer no network path to it: no remote-service session and no
// update or configuration change from the manufacturer over a network
// can reach it, whatever else it joins (a phone over Bluetooth), so
// "not stated" there would leave open what the data settle. And a part
// whose software is never updated once made (field_updatable = false) is
// updated over no network either. Lists not written decide nothing.

// NoManufacturerPath reports a product that states ports = [] and
// cloud.services = [] and has no part the manufacturer hosts.
func (p *Product) NoManufacturerPath() bool {
	if len(p.Ports) > 0 || !p.States("ports") || len(p.Cloud.Services) > 0 || !p.States("cloud.services") {
		return false
	}
	return !slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Runs.IsManufacturerHosted() })
}

// NoNetworkUpdatesText says, where remote_service.other_functions is not
// written, what the data decide of the manufacturer's updates and
// configuration changes over a network: none reaches a product with no
// path to it (NoManufacturerPath); none updates the software of parts on
// the customer's side that are all never updated once made. Training
// stays not stated, as does configuration for the second. Whole
// sentences; "" where the data decide neither. maker and name are the
// manufacturer's and the product's names for a sentence ("the X").
func (p *Product) NoNetworkUpdatesText(maker, name string) string {
	if p.NoManufacturerPath() {
		// an app store's update still travels over the phone's network:
		// what is decided is the product's own connection, which it has not
		return maker + " installs no software on " + name + " and changes none of its settings over a network connection of the product's own: it makes none. Whether " + maker + " trains " + p.TrainedUsers() + " over a network is not stated."
	}
	var side []Part
	for _, pt := range p.PartsInUse() {
		if remoteCustomerSide(pt) {
			side = append(side, pt)
		}
	}
	if len(side) == 0 || slices.ContainsFunc(side, func(pt Part) bool { return !pt.FieldUpdatable.IsFalse() }) {
		return ""
	}
	return maker + " does not update the software of " + p.PartTheNames(side) + " over a network: it is never updated once made. Whether " + maker + " changes " + name + "'s settings or trains " + p.TrainedUsers() + " over a network is not stated."
}
