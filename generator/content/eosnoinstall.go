package content

// At a version's end of support the documents tell the customer to move
// to a supported version or replace the device: true only where the
// customer installs a version. Where every part is hosted by the
// manufacturer or is on the device and never updated once made
// (field_updatable = false), the customer installs nothing: the version
// that ends is the manufacturer's hosted software, which it moves on
// itself, and the device's units keep the software they were made with.

// EndOfSupportInstalledByNone reports that product: every part in use, in
// every version, runs where the manufacturer hosts it or on the device
// with field_updatable = false, with at least one of each. false where
// any part is the customer's to install or is not stated to be fixed.
func (p *Product) EndOfSupportInstalledByNone() bool {
	hosted, device := p.eosNoInstallParts()
	return len(hosted) > 0 && len(device) > 0
}

// eosNoInstallParts are the hosted and the never-updated device parts of
// an EndOfSupportInstalledByNone product, each once in the product's
// order; both nil where another part is in use.
func (p *Product) eosNoInstallParts() (hosted, device []Part) {
	views := p.versionViews()
	seen := map[string]bool{}
	for _, q := range views {
		for _, pt := range q.PartsInUse() {
			switch {
			case pt.Runs.IsManufacturerHosted():
				if !seen[pt.ID] {
					hosted = append(hosted, pt)
				}
			case pt.Runs.IsDevice() && pt.FieldUpdatable.IsFalse():
				if !seen[pt.ID] {
					device = append(device, pt)
				}
			default:
				return nil, nil
			}
			seen[pt.ID] = true
		}
	}
	return hosted, device
}

// EndOfSupportNoInstallText says, for the End of Support stage of such a
// product, why the customer has no version to move on from, without
// forcing what the data do not state (whether the device's units keep
// working with later hosted versions): "Caldera hosts the FrostGuard
// Cloud, so the customer installs no version of it, and the software of
// the FrostGuard sensors is never updated after manufacture; whether a
// unit keeps working with later versions of the FrostGuard Cloud is not
// stated". "" for any other product.
//
// Without withDevice the device clause is left out, for a page that says
// of the device's units itself that they keep the software they were
// made with: "…installs no version of it; whether a unit of the
// FrostGuard sensors keeps working …".
func (p *Product) EndOfSupportNoInstallText(maker string, withDevice bool) string {
	hosted, device := p.eosNoInstallParts()
	if len(hosted) == 0 || len(device) == 0 {
		return ""
	}
	h := p.PartTheNames(hosted)
	it := "it"
	if len(hosted) > 1 {
		it = "them"
	}
	d := p.PartTheNames(device)
	if !withDevice {
		return maker + " hosts " + h + ", so the customer installs no version of " + it +
			"; whether a unit of " + d + " keeps working with later versions of " + h + " is not stated"
	}
	return maker + " hosts " + h + ", so the customer installs no version of " + it +
		", and the software of " + d +
		" is never updated after manufacture; whether a unit keeps working with later versions of " + h + " is not stated"
}
