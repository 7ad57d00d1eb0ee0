package content

import "slices"

// NoCustomerUsers reports a product no one at the customer uses: only
// the manufacturer hosts it (HostedOnly) and its accounts, as written,
// include no user or administrator account, only service or system ones
// (an API that the hospital's EHR calls). The CSD then addresses the
// customer's IT teams, not its biomedical engineers, and speaks of the
// customer, not of users. Accounts not written decide nothing: the
// product may have users the data do not list; nor does an account
// whose kind is not written, which may be a person's.
func (p *Product) NoCustomerUsers() bool {
	if !p.HostedOnly() || !p.States("accounts") {
		return false
	}
	return !slices.ContainsFunc(p.Accounts, func(a Account) bool { return a.Kind == "user" || a.Kind == "administrator" || a.Kind == "" })
}
