package content

// NoAccounts reports a product that no version gives an account: accounts
// written empty (accounts = []) and none added by a later version. The
// plan's authentication and authorization categories then say that
// nobody signs in, not that a control is still to come.
func (p *Product) NoAccounts() bool {
	base := p.Base()
	if !base.States("accounts") || len(base.Accounts) > 0 {
		return false
	}
	for _, v := range base.Versions {
		if q := base.At(v.Version); !q.States("accounts") || len(q.Accounts) > 0 {
			return false
		}
	}
	return true
}
