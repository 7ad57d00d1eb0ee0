package content

// LoneUser reports a product whose only customer is its user at home
// (loneUser): the CSD's opening then names the people who use it, not
// "patients and caregivers", which the data do not say (an OTC app's
// user need be neither).
func (p *Product) LoneUser() bool { return p.loneUser() }
