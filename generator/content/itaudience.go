package content

import "slices"

// ITTeamsLookAfter reports a product the customer's IT staff look after,
// not its biomedical (clinical) engineers, who look after medical
// equipment: health IT that is not a medical device, and software with
// no part on medical hardware, neither the product's own (runs =
// "device") nor another maker's medical device it is installed on
// (host_maker): only servers, computers, phones and hosted services.
func (p *Product) ITTeamsLookAfter() bool {
	if p.MedicalDevice.IsFalse() {
		return true
	}
	return !slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Runs.IsDevice() || pt.HostMaker != "" })
}
