package content

// PlatformsOffCustomer reports a product whose platforms all run on
// hardware the customer does not supply: the patients' or the users' own
// phones and computers, or another maker's device (OwnersOf). The CSD's
// 4.1 then does not call what it requires of the customer's
// infrastructure something "beyond the platforms below": they are not
// the customer's. A product whose only customer is its user at home
// (loneUser) supplies them itself, and the wording stays.
func (p *Product) PlatformsOffCustomer() bool {
	parts := p.PlatformParts(p.Platforms)
	if len(p.Platforms) == 0 || len(parts) == 0 || p.loneUser() {
		return false
	}
	const customer = "customer"
	for _, pt := range parts {
		if p.OwnersOf([]Part{pt}, customer) == "the "+customer || p.OwnersOf([]Part{pt}, customer) == "the "+customer+" or its users" {
			return false
		}
	}
	return true
}
