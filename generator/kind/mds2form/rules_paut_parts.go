package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// localSignInOnNamedPart (PAUT-14 Yes) is the first account that may sign
// in locally, not automatically (checksCredential), and names, in accounts.parts, a part the form speaks for:
// that part keeps and checks its credential (sign_in = local). A part in
// the customer's own infrastructure is the customer's, and one the
// manufacturer hosts (a portal) is not the device the form is about
// (localSignInOnOnlyPart), so neither decides.
func (f *mds2Facts) localSignInOnNamedPart() (fact, bool) {
	for i, a := range f.p.Accounts {
		if !checksCredential(a) {
			continue
		}
		var on []content.Part
		for _, id := range a.Parts {
			pt := f.p.Part(id)
			if pt.ID == "" || pt.Runs.IsCustomerInfrastructure() || pt.Runs.IsManufacturerHosted() || !f.onModelsAsked(pt) {
				continue
			}
			on = append(on, pt)
		}
		if len(on) == 0 {
			continue
		}
		// parts says where the account signs in, not which part keeps the
		// credential: of several, name none of them as its store.
		where := "there"
		if len(on) > 1 {
			where = "on one or more of them"
		}
		return f.yes(f.accountPath(i)+".sign_in", fmt.Sprintf("lists local for %s, who signs in on %s (%s.parts): the product keeps and checks that credential %s",
			a.Role, f.p.PartTheNames(on), f.accountPath(i), where)), true
	}
	return f.localSignInNoPortal()
}

// localSignInNoPortal (PAUT-14 Yes) is the first account that may sign in
// locally, not automatically (checksCredential), and names no part, where no part of the product is hosted by
// the manufacturer: whichever part it signs in to is one the form speaks
// for, and keeps and checks its credential. Beside a manufacturer's
// portal the sign-in may be the portal's (the AED), which decides nothing.
func (f *mds2Facts) localSignInNoPortal() (fact, bool) {
	if len(f.p.Models) > 1 {
		return fact{}, false // an account names no model: which model's part it signs in on is not stated
	}
	if len(f.p.Parts) < 2 || slices.ContainsFunc(f.p.AllParts(), func(pt content.Part) bool { return pt.Runs.IsManufacturerHosted() }) {
		return fact{}, false // one part or none: localSignInOnOnlyPart
	}
	for i, a := range f.p.Accounts {
		if len(a.Parts) > 0 || !checksCredential(a) {
			continue
		}
		return f.yes(f.accountPath(i)+".sign_in", fmt.Sprintf("lists local for %s: a part of the product keeps and checks its credential (parts lists none hosted by the manufacturer)", a.Role)), true
	}
	return fact{}, false
}

// onModelsAsked reports whether part pt is on the models the facts are
// about: always for a product of one model or none, else where an
// interface or data store of those models (the facts' view) is the
// part's. A part names no model, and an account signing in on the
// central station is no reason for a transmitter model's Yes.
func (f *mds2Facts) onModelsAsked(pt content.Part) bool {
	if len(f.p.Models) < 2 {
		return true
	}
	return slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool { return f.p.PartOfInterface(it).ID == pt.ID }) ||
		slices.ContainsFunc(f.p.DataStores, func(d content.DataStore) bool { return f.p.PartOfStore(d).ID == pt.ID })
}
