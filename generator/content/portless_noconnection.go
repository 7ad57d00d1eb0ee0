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

// A library sold to other device makers and built into their software
// (every part InMakersDevices) opens no network connection of its own,
// but it may report security events to the software it is built into,
// which may forward them: "No" to SIEM logging would read as "produces
// nothing a SIEM could use". Where [logging] says nothing, the CSD says
// that much is not stated, with the reason.

// PortlessInMakersSoftware reports a product of which no part opens a
// network port or connects to one (PortlessNoConnection), whose every
// part is built into the devices its customers, device makers, make
// (InMakersDevices), and whose data state no security events, logs or
// SIEM forwarding: whether it reports security events to the software it
// is built into is not stated.
func (p *Product) PortlessInMakersSoftware() bool {
	if !p.PortlessNoConnection() || p.Logging.SIEM.Supported.Known() ||
		len(p.Logging.Events) > 0 || len(p.Logging.Logs) > 0 || p.States("logging.events") || p.States("logging.logs") {
		return false
	}
	parts := p.AllParts()
	for _, pt := range parts {
		if !p.InMakersDevices(pt) {
			return false
		}
	}
	return len(parts) > 0
}
