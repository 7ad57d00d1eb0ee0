package content

// NothingOnCustomerNetwork reports a product of which nothing is the
// customer's to block or isolate on its network, though it has network
// interfaces (NoNetwork and DeviceOffNetwork are false): the ports are
// written and none is on the customer's side (HasCustomerSidePorts: the
// manufacturer's hosted services, links internal to the product,
// cellular), no part runs on the customer's hosts or infrastructure, and
// each part on a customer's device is an app carried between networks
// (Part.Roams) or, for patients at home, on their own computer. A sensor
// that talks only to the manufacturer's cloud, a consumer's watch and
// phone apps. Ports not written decide nothing.
func (p *Product) NothingOnCustomerNetwork() bool {
	if !p.States("ports") || p.NoNetwork() || p.DeviceOffNetwork() {
		return false
	}
	if p.HasCustomerSidePorts() {
		return false
	}
	for _, pt := range p.AllParts() {
		switch {
		case pt.Runs.IsDevice(), pt.Runs.IsManufacturerHosted():
		case pt.Roams(), p.PatientAudience() && pt.Runs.IsCustomerDevice() && pt.HostMaker == "":
		default:
			return false
		}
	}
	return true
}
