package content

// At a version's end of support the lifecycle page tells the customer to
// upgrade or replace the device: true of a device whose software is
// updated. Where no part on the device is ever updated once made
// (field_updatable = false in every version: a CGM's single-use sensor),
// the device is never upgraded, and the versions that reach end of
// support are those of the software the customer installs itself (the
// app on the patient's phone): that is what is upgraded, while the
// device's units are replaced, as the page says of them.

// UpgradedInsteadOfDevice are the parts the customer upgrades at a
// version's end of support when no part on the device is ever updated
// (field_updatable = false for each, in every version): those on the
// customer's own devices or hosted by the customer, in the product's
// order. nil where a part on the device is updated or not stated to be
// fixed (the device is then upgraded), where no part runs on the device,
// or where the customer installs no part.
func (p *Product) UpgradedInsteadOfDevice() []Part {
	views := p.versionViews()
	device := false
	var out []Part
	seen := map[string]bool{}
	for _, q := range views {
		for _, pt := range q.PartsInUse() {
			switch {
			case pt.Runs.IsDevice():
				if !pt.FieldUpdatable.IsFalse() {
					return nil
				}
				device = true
			case pt.Runs.IsCustomerDevice() || pt.Runs.IsCustomerHosted():
				if !seen[pt.ID] {
					seen[pt.ID] = true
					out = append(out, pt)
				}
			}
		}
	}
	if !device {
		return nil
	}
	return out
}

// UpgradedInsteadNames is UpgradedInsteadOfDevice for a sentence: "the
// GlucoSense app"; "" for none.
func (p *Product) UpgradedInsteadNames() string {
	return p.PartTheNames(p.UpgradedInsteadOfDevice())
}
