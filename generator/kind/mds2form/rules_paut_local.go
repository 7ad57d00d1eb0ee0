package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// PAUT-14 asks whether the device stores or manages authentication
// credentials. An account that signs in locally (sign_in = local) has
// its credential kept and checked by the product itself, but an account
// names no part: in a product of a device and a portal the manufacturer
// hosts, a local portal login says nothing of the device the form is
// about. Only where the product has a single part of its own (the
// customer's infrastructure, such as a terminal server or an identity
// provider, is not the product's) is that part known to keep the
// credential, and only then does a local sign-in answer Yes.

// An account the product signs in by itself (auto_logon = true: a shared
// clinician account logged on at start-up) presents no credential and has
// none checked, so it is no basis for "keeps and checks its credential":
// the basis is the first local account that does not log on
// automatically, and where every local account does, the local sign-ins
// decide nothing (the product may still store the automatic log-on's
// password, which the data do not say).

// checksCredential reports a local sign-in of account a whose credential
// is entered and checked: one not stated to log on automatically.
func checksCredential(a content.Account) bool {
	return slices.Contains(a.SignIn, "local") && !a.AutoLogon.IsTrue()
}

// localSignInOnOnlyPart (PAUT-14 Yes) is the first account that may sign
// in locally, and does not log on automatically, where the product has
// one part outside the customer's own infrastructure.
func (f *mds2Facts) localSignInOnOnlyPart() (fact, bool) {
	var own []content.Part
	infra := false
	for _, pt := range f.p.AllParts() {
		if pt.Runs.IsCustomerInfrastructure() {
			infra = true
			continue
		}
		own = append(own, pt)
	}
	if len(own) != 1 {
		return fact{}, false
	}
	for i, a := range f.p.Accounts {
		if !checksCredential(a) {
			continue
		}
		keeper := "the device"
		if len(f.p.Parts) > 0 {
			keeper = fmt.Sprintf("%s, the product's only part", own[0].TheName())
			if infra {
				keeper += " outside the customer's own infrastructure,"
			} else {
				keeper += ","
			}
		}
		return f.yes(f.accountPath(i)+".sign_in", fmt.Sprintf("lists local for %s: %s keeps and checks its credential", a.Role, keeper)), true
	}
	return fact{}, false
}
