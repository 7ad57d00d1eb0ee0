package mds2form

import "github.com/jspgen/jspgen/generator/content"

// signInRuleCases: PAUT-2, AUTH-1.1, PAUT-9 and PAUT-1 from accounts[].sign_in
// on a networked product (the stand-alone cases are in
// rules_nonet_test.go), each way in both directions.
func signInRuleCases() []ruleCase {
	networked := func(accounts ...content.Account) func(*world) {
		return func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			w.p.Accounts = accounts
		}
	}
	var cases []ruleCase
	for _, id := range []string{"PAUT-2", "AUTH-1.1"} {
		cases = append(cases,
			ruleCase{id, "a directory among the ways an account may sign in", networked(account("Administrator", "local"), account("Nurse", "local", "directory")),
				yesBy("accounts[1].sign_in", "lists directory for Nurse: it signs in through the customer's directory service")},
			ruleCase{id, "single sign-on through the customer's identity provider", networked(account("Radiologist", "federated")),
				yesBy("accounts[0].sign_in", "lists federated for Radiologist: it signs in through the customer's identity provider")},
			// the list may leave an account out: no No from it
			ruleCase{id, "every account signs in locally", networked(account("Administrator", "local"), account("Nurse", "local")), decidesNothing},
			ruleCase{id, "an account that does not say", networked(account("Nurse")), decidesNothing},
			ruleCase{id, "no accounts", networked(), decidesNothing},
		)
	}
	return append(cases,
		ruleCase{"PAUT-9", "single sign-on through the customer's identity provider", networked(account("Administrator", "local"), account("Radiologist", "federated")),
			yesBy("accounts[1].sign_in", "lists federated for Radiologist: it signs in through the customer's identity provider")},
		// a directory checks the password the user types each time: no
		// single sign-on
		ruleCase{"PAUT-9", "a directory only", networked(account("Nurse", "directory")), decidesNothing},
		ruleCase{"PAUT-9", "every account signs in locally", networked(account("Nurse", "local")), decidesNothing},
		ruleCase{"PAUT-9", "no accounts", networked(), decidesNothing},
		ruleCase{"PAUT-1", "a user account used without signing in", bedside,
			noBy("accounts[0].sign_in", "is written empty for Clinician: the role has no user ID or password of the product's own")},
		ruleCase{"PAUT-1", "an administrator account used without signing in", func(w *world) {
			bedside(w)
			w.p.Accounts[0].SignIn, w.p.Accounts[1].SignIn = []content.SignIn{"local"}, []content.SignIn{}
		}, noBy("accounts[1].sign_in", "is written empty for Biomed")},
		// sign_in not written is not stated
		ruleCase{"PAUT-1", "a user account that does not say", networked(account("Nurse")), decidesNothing},
		// an API client with no sign-in is no person without an ID
		ruleCase{"PAUT-1", "a service account used without signing in", func(w *world) {
			bedside(w)
			w.p.Accounts[0].Kind = "service"
		}, decidesNothing},
		// the list may leave an account out: no Yes from it
		ruleCase{"PAUT-1", "every account signs in", networked(account("Nurse", "local")), decidesNothing},
		// vrtherapy: a headset in kiosk mode (no user accounts) beside a
		// portal whose staff sign in with their own identity: the kiosk
		// part gives no No for the product's accounts
		ruleCase{"PAUT-1", "a kiosk part without sign-in beside a part whose accounts sign in", kiosk(false), decidesNothing},
		// the same kiosk role on the part where the others sign in: that
		// role has no user ID of its own there
		ruleCase{"PAUT-1", "an account without sign-in on the part where the others sign in", kiosk(true),
			noBy("accounts[0].sign_in", "is written empty for Kiosk")},
	)
}

// kiosk is a headset part used without signing in beside a portal whose
// staff sign in through the hospital's identity provider; shared puts
// the kiosk role on the portal too.
func kiosk(shared bool) func(*world) {
	return func(w *world) {
		w.p.Parts = []content.Part{{ID: "headset", Name: "Headset", Runs: "device"}, {ID: "portal", Name: "Portal", Runs: "manufacturer_hosted"}}
		k, staff := account("Kiosk"), account("Hospital staff", "federated")
		k.SignIn, k.Parts, staff.Parts = []content.SignIn{}, []string{"headset"}, []string{"portal"}
		if shared {
			k.Parts = append(k.Parts, "portal")
		}
		w.p.Accounts = []content.Account{k, staff}
	}
}
