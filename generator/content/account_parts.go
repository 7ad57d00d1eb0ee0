package content

import (
	"fmt"
	"slices"
)

// accounts.parts names the parts an account signs in to. A directory
// sign-in on the customer's own computers (customer_device) is that
// host's, whose traffic the CSD leaves to the customer's own rules, even
// where a device part of the product joins the network beside them
// (directorySignInsWithoutPort).

// signsInOnCustomerHosts reports an account whose parts are all written
// and software on a computer or phone the customer keeps on its side
// (customer_device, not at home: directorySignInOnCustomerHosts).
func (p *Product) signsInOnCustomerHosts(a Account) bool {
	return len(a.Parts) > 0 && !slices.ContainsFunc(a.Parts, func(id string) bool {
		pt := p.Part(id)
		return pt.ID == "" || !pt.Runs.IsCustomerDevice() || !p.PartOnCustomerSide(pt)
	})
}

// accountParts checks accounts.parts, in each version's view (a version
// may add an account or remove a part): an empty list, an unknown part
// and a part named twice are errors, each reported once.
func (v *productValidator) accountParts() {
	errorf := v.once(v.errorf)
	for _, vv := range v.p.distinctViews() {
		q := vv.q
		known := map[string]bool{}
		for _, pt := range q.AllParts() {
			known[pt.ID] = true
		}
		for j, a := range q.Accounts {
			at := AtOr(a.At, fmt.Sprintf("accounts[%d]", j)) + ".parts"
			if a.Parts != nil && len(a.Parts) == 0 {
				errorf(at, "an empty list names no part the account signs in to: name the parts, or leave the key out")
				continue
			}
			for k, id := range a.Parts {
				path := fmt.Sprintf("%s[%d]", at, k)
				switch {
				case id == "" || q.Part(id).ID == "":
					errorf(path, "unknown part %q (want one of %s)", id, keysOf(known))
				case slices.Index(a.Parts, id) != k:
					errorf(path, "%q is listed twice", id)
				}
			}
			if on := q.partsWithoutUserAccounts(a); on != nil {
				errorf(AtOr(a.At, fmt.Sprintf("accounts[%d]", j))+".kind", "account %q is of kind %s, but its parts name only %s, which no_user_accounts says %s no user accounts: leave the account out, or correct its kind or its parts",
					a.Role, a.Kind, q.PartTheNames(on), Plural(len(on), "has", "have"))
			}
		}
	}
}
