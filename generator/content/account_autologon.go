package content

import "fmt"

// accountAutoLogon refuses auto_logon = true on an account written as used
// without signing in (sign_in = []): such a role signs in nowhere, so
// there is no log-on for the product to make by itself. Every entry as
// written is checked, those a version adds or changes too.
func (v *productValidator) accountAutoLogon() {
	check := func(path string, list []Account) {
		for i, a := range list {
			if a.AutoLogon.IsTrue() && a.WithoutSignIn() {
				v.errorf(fmt.Sprintf("%s[%d].auto_logon", path, i), "auto_logon = true beside sign_in = [] (used without signing in): an automatic log-on is a sign-in; list where it is checked in sign_in (local for the product's own), or leave auto_logon out")
			}
		}
	}
	check("accounts", v.p.Accounts)
	for i, ver := range v.p.Versions {
		path := fmt.Sprintf("versions[%d].changes.", i)
		check(path+"accounts_added", ver.Changes.AccountsAdded)
		check(path+"accounts_changed", ver.Changes.AccountsChanged)
	}
}
