package content

// customerOwnSystem is the responsibility table's words for the
// customer's own infrastructure in a column its entry does not answer.
const customerOwnSystem = "Not stated (the customer's own system)"

// OwnSystemWords is what the CSD's responsibility table says of a part
// that is the customer's own infrastructure (runs =
// "customer_infrastructure": its database, directory or storage bucket)
// in a column whose key (patching, backup, monitoring) the part leaves
// unwritten and that nothing else answers: who does that work (the
// customer, its vendor, a cloud provider, or the manufacturer under a
// service contract) is not stated, but the cell says whose system it is,
// so that it does not read as a gap in the product. "" for any other
// part.
func (p *Product) OwnSystemWords(pt Part) string {
	if !pt.Runs.IsCustomerInfrastructure() {
		return ""
	}
	return p.InHouseWords(customerOwnSystem)
}
