package content

// PortlessNoConnection reports a product of which, by its data, no part
// opens a network port or connects to one: its ports list is written and
// holds no port, and every part runs on the device or on a host or
// device of the customer's (PortlessAppsOnNetwork, or
// PortlessOffCustomerNetwork: a home device and its app on the user's
// own phone), none hosted by the manufacturer, none the customer's own
// infrastructure and no interface that may join a network without a port
// of the product (NoPortNorNetworkKindInterface). Such a product
// forwards no events to a SIEM or log collector (the CSD's key facts and
// 12.1).
func (p *Product) PortlessNoConnection() bool {
	if p.PortlessAppsOnNetwork() {
		return true
	}
	if !p.PortlessOffCustomerNetwork() || p.NoPortNorNetworkKindInterface() {
		return false
	}
	for _, pt := range p.AllParts() {
		if !pt.Runs.IsDevice() && !pt.Runs.IsCustomerDevice() && !pt.Runs.IsCustomerHosted() {
			return false
		}
	}
	return true
}
