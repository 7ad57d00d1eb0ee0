package content

// NoAccounts reports a product that no version gives an account: accounts
// written empty (accounts = []) and none added by a later version
// (everyAccount lists the first version's and every version's additions).
// The plan's authentication and authorization categories then say that
// nobody signs in, not that a control is still to come.
func (p *Product) NoAccounts() bool {
	base := p.Base()
	return base.States("accounts") && len(base.everyAccount()) == 0
}
