package content

// MDS2DescribesStore reports whether the MDS2 form's answers about the
// device's data at rest (SGUD-2's permanent deletion, say) speak of store
// s: a store of a part on the device, or, for a product with no part on
// the device, of a part that is the software the form describes. A store
// of a service the manufacturer hosts beside the device, of an app on a
// phone beside the device, or of the customer's own infrastructure is not
// the form's subject, so a note on the form's answer does not tell how it
// is sanitised. A product written without parts is the device itself.
func (p *Product) MDS2DescribesStore(s DataStore) bool {
	pt := p.Part(s.Part)
	if pt.ID == "" {
		return true
	}
	if p.HasDevice() {
		return pt.Runs.IsDevice()
	}
	if pt.Runs.IsCustomerInfrastructure() {
		return false
	}
	return !pt.Runs.IsManufacturerHosted() || p.HostedOnly()
}
