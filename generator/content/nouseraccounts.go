package content

import (
	"slices"
)

// parts.no_user_accounts says a part has no user accounts: nobody signs
// in to it as a user or administrator (a headset in kiosk mode). Without
// it, a product whose other parts have accounts could only list an
// invented account for such a part; accounts = [] would say the whole
// product has none. It says nothing of service access.

// PartsWithoutUserAccounts are the parts of this view that state
// no_user_accounts = true, in the product's order.
func (p *Product) PartsWithoutUserAccounts() []Part {
	var out []Part
	for _, pt := range p.AllParts() {
		if pt.NoUserAccounts {
			out = append(out, pt)
		}
	}
	return out
}

// NoUserAccountsText is the CSD's sentence for the parts that state
// no_user_accounts ("The LumenVR Calm headset app has no user
// accounts."), or "" where none does.
func (p *Product) NoUserAccountsText() string {
	parts := p.PartsWithoutUserAccounts()
	if len(parts) == 0 {
		return ""
	}
	return capitaliseFirst(p.PartTheNames(parts) + " " + Plural(len(parts), "has", "have") + " no user accounts.")
}

// partsWithoutUserAccounts are the parts an account of kind user or
// administrator names (accounts.parts), where every one of them states
// no_user_accounts: a contradiction. nil otherwise, and for an account
// of another kind or none written (a service's device management may
// reach such a part).
func (p *Product) partsWithoutUserAccounts(a Account) []Part {
	if (a.Kind != "user" && a.Kind != "administrator") || len(a.Parts) == 0 {
		return nil
	}
	var on []Part
	for _, id := range a.Parts {
		pt := p.Part(id)
		if pt.ID == "" || !pt.NoUserAccounts {
			return nil
		}
		if !slices.ContainsFunc(on, func(x Part) bool { return x.ID == pt.ID }) {
			on = append(on, pt)
		}
	}
	return on
}
