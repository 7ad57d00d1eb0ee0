package content

import "slices"

// An app on the customer's phones or PCs, or software on a host the
// customer keeps, runs on an operating system the customer supplies and
// updates; which versions of it the product supports decides whether the
// customer may update it (an MDM team's first question). Where no
// [[platforms]] entry names such a part, the CSD says those platforms are
// not stated rather than saying nothing. check does not warn: 35 of the
// test fixtures and the example would (18 for apps on customer devices
// alone), too many for a warning to be read.

// PartsWithoutPlatforms returns, in part order, the parts of this view on
// the customer's own devices or hosts (customer_device, customer_hosted)
// that no platform names.
func (p *Product) PartsWithoutPlatforms() []Part {
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool {
		if !pt.Runs.IsCustomerDevice() && !pt.Runs.IsCustomerHosted() {
			return true
		}
		return slices.ContainsFunc(p.Platforms, func(pl Platform) bool { return slices.Contains(pl.Parts, pt.ID) })
	})
}
