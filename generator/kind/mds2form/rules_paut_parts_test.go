package mds2form

import "github.com/jspgen/jspgen/generator/content"

// PAUT-14 from a local sign-in on a part the account names (review 73,
// rtls finding 2): the Wayfind server forwards directory sign-ins to
// LDAP (its interface carries credentials, which is no Yes), and its
// break-glass account signs in locally on it, which is. TestDerivationRules
// runs them (allRuleCases).
func pautPartsRuleCases() []ruleCase {
	rtls := func(w *world) {
		w.p.Parts = []content.Part{{ID: "tags", Name: "Wayfind tags", Runs: "device"},
			{ID: "server", Name: "Wayfind location server", Runs: "customer_hosted"},
			{ID: "portal", Name: "Wayfind portal", Runs: "manufacturer_hosted"},
			{ID: "ldap", Name: "Hospital directory", Runs: "customer_infrastructure"}}
		vnic := partIface("vnic", "virtual_nic", "server")
		vnic.Carries = dataKinds([]string{"pii", "credentials"})
		w.p.Interfaces = []content.Interface{vnic}
		w.states("data_stores")
	}
	account := func(role string, parts []string, signIn ...content.SignIn) content.Account {
		a := localAccount(role, signIn...)
		a.Parts = parts
		return a
	}
	return []ruleCase{
		{"PAUT-14", "directory sign-in only, the interface passes credentials on", func(w *world) {
			rtls(w)
			w.p.Accounts = []content.Account{account("Console user", []string{"server"}, "directory")}
		}, decidesNothing},
		{"PAUT-14", "a local account on the server", func(w *world) {
			rtls(w)
			w.p.Accounts = []content.Account{account("Console user", []string{"server"}, "directory"),
				account("Break-glass administrator", []string{"server"}, "local")}
		}, yesBy("accounts[1].sign_in", "lists local for Break-glass administrator, who signs in on the Wayfind location server (accounts[1].parts): the product keeps and checks that credential there")},
		{"PAUT-14", "a local account on the manufacturer's portal only", func(w *world) {
			rtls(w)
			w.p.Accounts = []content.Account{account("Facility manager", []string{"portal"}, "local")}
		}, decidesNothing},
		{"PAUT-14", "a local account on the customer's directory only", func(w *world) {
			rtls(w)
			w.p.Accounts = []content.Account{account("Directory admin", []string{"ldap"}, "local")}
		}, decidesNothing},
		{"PAUT-14", "a local account naming no part", func(w *world) {
			rtls(w)
			w.p.Accounts = []content.Account{localAccount("Break-glass administrator", "local")}
		}, decidesNothing},
	}
}
