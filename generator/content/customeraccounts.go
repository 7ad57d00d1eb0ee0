package content

// CustomerManagesAccounts reports an account, of any version, that the
// customer creates, changes and removes (accounts.customer_managed =
// true): only then are accounts among the controls the customer holds
// over a product only its manufacturer hosts (partial hosted-stages).
// One whose management is not stated is not counted: the data do not
// say the customer manages it.
func (p *Product) CustomerManagesAccounts() bool {
	for _, a := range p.everyAccount() {
		if a.entry.CustomerManaged.IsTrue() {
			return true
		}
	}
	return false
}
