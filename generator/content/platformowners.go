package content

import (
	"slices"
	"strings"
)

// A platform is supplied by whoever owns the hardware it runs on: the
// customer for a host it keeps or its own computers, but the clinicians
// for their own phones (Part.OwnedBy users or customer_or_users) and the
// patients for a product a customer provides to them at home, on their
// own devices (OnPatientsDevice). "The hospital supplies" the iOS of a
// clinician's own iPhone would name the wrong owner, as the parts'
// wording (PartWhere) would.

// OwnersOf names, as the subject of a sentence, who supplies the
// hardware the parts run on: "the hospital", "the hospital or its
// users", "the users", "the patients or caregivers", or "the user" for
// a product whose only customer is its user at home (loneUser);
// customer is how the document names the customer ("hospital",
// "customer").
func (p *Product) OwnersOf(parts []Part, customer string) string {
	var theCustomer, users, patients bool
	var makers []string
	for _, pt := range parts {
		switch {
		case pt.Runs.IsCustomerDevice() && pt.HostMaker != "" && !p.OnPatientsDevice(pt):
			// another maker's device: that maker supplies its platform
			if !slices.Contains(makers, pt.HostMaker) {
				makers = append(makers, pt.HostMaker)
			}
		case p.OnPatientsDevice(pt):
			patients = true
		case !pt.Runs.IsCustomerDevice():
			theCustomer = true
		default:
			if _, ok := p.userOwned(pt); !ok {
				theCustomer = true
				break
			}
			users = true
			theCustomer = theCustomer || pt.OwnedBy == "customer_or_users"
		}
	}
	var who []string
	if p.loneUser() {
		// the patient at home is the only customer, owner and user: one
		// owner, "the user", whatever the part's wording says
		return OrList(append([]string{"the user"}, makers...))
	}
	if theCustomer || (!users && !patients && len(makers) == 0) {
		who = append(who, "the "+customer)
	}
	if users {
		if theCustomer {
			who = append(who, "its users")
		} else {
			who = append(who, "the users")
		}
	}
	if patients {
		who = append(who, "the patients or caregivers")
	}
	who = append(who, makers...)
	return OrList(who)
}

// PlatformParts returns, in part order, the parts of this view that run
// on some of the platforms.
func (p *Product) PlatformParts(pls []Platform) []Part {
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool {
		return !slices.ContainsFunc(pls, func(pl Platform) bool { return slices.Contains(pl.Parts, pt.ID) })
	})
}

// PlatformsSuppliedBy is the subject and verb for the platforms: "the
// hospital supplies", "the hospital or its users supply".
//
// A platform the manufacturer supplies with its parts
// (Platform.FromMaker) is supplied by "the manufacturer": "the
// manufacturer supplies", "the hospital or the manufacturer supply".
func (p *Product) PlatformsSuppliedBy(pls []Platform, customer string) string {
	if own := p.PlatformsFromOwners(pls); len(own) < len(pls) {
		if len(own) == 0 {
			return "the manufacturer supplies"
		}
		return p.OwnersOf(p.PlatformParts(own), customer) + " or the manufacturer supply"
	}
	who := p.OwnersOf(p.PlatformParts(pls), customer)
	if who == "the "+customer || who == "the user" || !strings.Contains(who, " or ") && !strings.HasPrefix(who, "the ") {
		return who + " supplies"
	}
	return who + " supply"
}
