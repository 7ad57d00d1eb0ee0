package content

import (
	"fmt"
	"strings"
)

// SignIn is where an account's sign-in is checked: by the product itself
// or by a service of the customer's. MDS2 PAUT-2 and AUTH-1.1 ask whether
// users can sign in through an external service.
type SignIn string

var signIns = []SignIn{"local", "directory", "federated"}

// Values lists the ways of signing in.
func (SignIn) Values() []string {
	out := make([]string, len(signIns))
	for i, s := range signIns {
		out[i] = string(s)
	}
	return out
}

// External reports a sign-in checked by a service outside the product: the
// customer's directory or identity provider.
func (s SignIn) External() bool { return s == "directory" || s == "federated" }

// WithoutSignIn reports an account whose sign_in is written empty: the
// role uses the product without signing in. The decoder makes a written
// empty array an empty, non-nil list; a sign_in not written stays nil
// and says nothing.
func (a Account) WithoutSignIn() bool { return a.SignIn != nil && len(a.SignIn) == 0 }

// accountAuthentication refuses an account's authentication written
// empty or blank, except of one used without signing in, which has none
// to describe. Not written, it is not stated: the CSD's accounts table
// says so and ruleAccountsUnstated warns (a sparse specification may say
// that an account exists and not how it authenticates). Every entry as
// written is checked, those a version adds or changes too.
func (v *productValidator) accountAuthentication() {
	check := func(path string, list []Account) {
		for i, a := range list {
			if strings.TrimSpace(a.Authentication) != "" || a.WithoutSignIn() || !v.p.Source.Has(fmt.Sprintf("%s[%d].authentication", path, i)) {
				continue
			}
			v.errorf(fmt.Sprintf("%s[%d].authentication", path, i), "must not be empty or blank (how it authenticates; leave it out where that is not stated, or, for an account used without signing in, write sign_in = [] instead)")
		}
	}
	check("accounts", v.p.Accounts)
	for i, ver := range v.p.Versions {
		path := fmt.Sprintf("versions[%d].changes.", i)
		check(path+"accounts_added", ver.Changes.AccountsAdded)
		check(path+"accounts_changed", ver.Changes.AccountsChanged)
	}
}
