package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
)

// mds2HostedRuleCases: answers about PII kept or sent by a product whose
// device hardware (radar sensors) sits beside software the customer hosts
// (a server on the hospital's VM cluster), as in testdata/fallradar:
// MPII-2's basis says where the store is, MPII-2.4 reads
// data_stores[].database, MPII-3.5 does not take a virtual adapter for a
// wired port, and PAUT-1 does not say the role never signs in.
func mds2HostedRuleCases() []ruleCase {
	hosted := func(w *world) {
		w.p.Parts = []content.Part{
			{ID: "sensors", Name: "Radar sensors", Runs: "device"},
			{ID: "server", Name: "Fall server", Runs: "customer_hosted"},
		}
		wifi := partIface("wifi", "wifi", "sensors")
		wifi.Carries = content.DataKinds{"alarms"}
		w.p.Interfaces = []content.Interface{wifi}
	}
	db := func(database content.Tri, data ...string) func(*world) {
		return func(w *world) {
			hosted(w)
			s := store("db", data...)
			s.Part, s.Database = "server", database
			w.p.DataStores = []content.DataStore{s}
		}
	}
	vnic := func(carries ...string) func(*world) {
		return func(w *world) {
			hosted(w)
			it := partIface("vnic", "virtual_nic", "server")
			if carries != nil {
				it.Carries = dataKinds(carries)
			}
			w.p.Interfaces = append(w.p.Interfaces, it)
		}
	}
	return []ruleCase{
		// MPII-2: the basis names the part that keeps the store and where
		// it runs, so that the Yes agrees with a note saying the device's
		// own hardware keeps none.
		{"MPII-2", "a PHI store on a server the customer hosts", db(content.Unstated, "phi"),
			yesBy("data_stores[0].data", "lists PHI or PII (db), a store of the Fall server, on a server the customer hosts, a part of the product that is not the device's own hardware")},
		{"MPII-2", "a PHI store on the device itself", func(w *world) {
			db(content.Unstated, "phi")(w)
			w.p.DataStores[0].Part = "sensors"
		}, yesBy("data_stores[0].data", "lists PHI or PII (db)")},

		// MPII-2.4: database = true on a store holding PHI or PII.
		{"MPII-2.4", "a PHI store marked database", db(content.True, "phi", "alarms"),
			yesBy("data_stores[0].database", "is true for db, a store of the Fall server, on a server the customer hosts, a part of the product that is not the device's own hardware; it holds PHI or PII")},
		{"MPII-2.4", "a PHI store that does not say whether it is a database", db(content.Unstated, "phi"), decidesNothing},
		{"MPII-2.4", "a PHI store that is not a database", db(content.False, "phi"),
			noBy("data_stores[0].database", "is false for db")},
		{"MPII-2.4", "a database of alarms only", db(content.True, "alarms"), decidesNothing},
		{"MPII-2.4", "a PHI store not a database beside one that does not say", func(w *world) {
			db(content.False, "phi")(w)
			s := store("files", "pii")
			s.Part = "server"
			w.p.DataStores = append(w.p.DataStores, s)
		}, decidesNothing},
		{"MPII-2.4", "a database of the manufacturer's cloud beside the device", func(w *world) {
			db(content.True, "phi")(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"})
			w.p.DataStores[0].Part = "cloud"
		}, decidesNothing},

		// MPII-3.5: a virtual adapter of a VM the hospital runs is not the
		// device's wired port; a physical Ethernet port still decides.
		{"MPII-3.5", "the hospital VM's virtual adapter carries PHI", vnic("phi"), decidesNothing},
		{"MPII-3.5", "a flow of PHI over the hospital VM's virtual adapter", func(w *world) {
			vnic()(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-03", From: "Hospital ADT system", To: "server", Interface: "vnic", Data: content.DataKinds{"phi", "pii"}}}
		}, decidesNothing},
		{"MPII-3.5", "a flow of PHI over a virtual adapter that lists alarms only", func(w *world) {
			vnic("alarms")(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-03", From: "Hospital ADT system", To: "server", Interface: "vnic", Data: content.DataKinds{"phi"}}}
		}, decidesNothing},
		{"MPII-3.5", "the sensors' Ethernet beside the virtual adapter", func(w *world) {
			vnic("phi")(w)
			eth := partIface("eth", "ethernet", "sensors")
			eth.Carries = content.DataKinds{"pii"}
			w.p.Interfaces = append(w.p.Interfaces, eth)
		}, yesBy("interfaces[2].carries", "lists PHI or PII (interface eth)")},

		// PAUT-1: an app reached through the iPad's passcode has no user ID
		// or password of the product's own; that is not "no sign-in".
		{"PAUT-1", "an app user with sign_in written empty", func(w *world) {
			w.p.Accounts = []content.Account{{Role: "Surgical team", Kind: "user", SignIn: []content.SignIn{}}}
		}, noBy("accounts[0].sign_in", "is written empty for Surgical team: the role has no user ID or password of the product's own")},
		{"PAUT-1", "an app user who signs in locally", func(w *world) {
			w.p.Accounts = []content.Account{{Role: "Surgical team", Kind: "user", SignIn: []content.SignIn{"local"}}}
		}, decidesNothing},
	}
}
