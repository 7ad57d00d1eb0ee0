package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
)

// Cases for MPII-3.5 and MPII-3.6 beside a data flow of PHI that names
// no interface (unnamedLinkPII), and for MPII-2 beside a store in the
// manufacturer's cloud (storesPII).

// cabledSensor is the wearablemds2 variant: a sensor cabled by USB to an
// app on the patient's phone, which uploads to the manufacturer's cloud
// over a link the data do not name.
func cabledSensor(w *world) {
	w.p.HomeUse = content.True
	w.p.Parts = []content.Part{{ID: "patch", Name: "Patch", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	usb := partIface("usb", "usb", "patch")
	usb.Carries = content.DataKinds{"phi"}
	w.p.Interfaces = []content.Interface{usb}
	w.p.DataFlows = []content.DataFlow{
		{ID: "DF-01", From: "patch", To: "app", Interface: "usb", Data: content.DataKinds{"phi"}},
		{ID: "DF-02", From: "app", To: "cloud", Data: content.DataKinds{"phi", "credentials"}},
	}
}

func mpiiUnnamedLinkRuleCases() []ruleCase {
	var cases []ruleCase
	for _, r := range []struct{ id, no string }{
		{"MPII-3.5", "lists no Ethernet interface that carries PHI or PII"},
		{"MPII-3.6", "lists no wireless interface that carries PHI or PII"},
	} {
		cases = append(cases,
			ruleCase{r.id, "PHI from the app to the cloud over a link not named", cabledSensor, decidesNothing},
			ruleCase{r.id, "PHI from the device to the hospital's EHR over a link not named", func(w *world) {
				w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs")}
				w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "device", To: "Hospital EHR", Data: content.DataKinds{"phi"}}}
			}, decidesNothing},
			ruleCase{r.id, "only logs from the app to the cloud over a link not named", func(w *world) {
				cabledSensor(w)
				listsWhole(w.p.Parts...)
				// no part keeps PHI or PII (data_stores = [])
				w.states("data_stores")
				w.p.DataFlows[1].Data = content.DataKinds{"logs"}
				// the app's own list, whole: with none listed it may
				// have others carrying the PHI it receives (mpiiUnlistedRuleCases)
				api := partIface("app-api", "api", "app")
				api.Carries = content.DataKinds{"logs"}
				w.p.Interfaces = append(w.p.Interfaces, api)
			}, noBy("interfaces", r.no)},
			// a scanner's gantry to its console, both on the device:
			// nothing enters or leaves it
			ruleCase{r.id, "PHI between two parts on the device over a link not named", func(w *world) {
				w.p.Parts = listsWhole(content.Part{ID: "gantry", Name: "Gantry", Runs: "device"}, content.Part{ID: "console", Name: "Console", Runs: "device"})
				usb := partIface("usb", "usb", "console")
				usb.Carries = content.DataKinds{"logs"}
				// the gantry's own list, whole (mpiiUnlistedRuleCases)
				status := partIface("status", "serial", "gantry")
				status.Carries = content.DataKinds{"logs"}
				w.p.Interfaces = []content.Interface{usb, status}
				w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "gantry", To: "console", Data: content.DataKinds{"phi"}}}
			}, noBy("interfaces", r.no)},
		)
	}
	// The wearablemds2 variant p17: the app's Bluetooth link to the
	// patch carries PHI, but is no way to the cloud: the upload goes over
	// the phone's network, which the data do not name.
	cases = append(cases, ruleCase{"MPII-3.5", "PHI from the app, whose only link is Bluetooth to the patch, to the cloud", func(w *world) {
		cabledSensor(w)
		ble := partIface("app-ble", "bluetooth", "app")
		ble.Carries = content.DataKinds{"phi"}
		w.p.Interfaces = append(w.p.Interfaces, ble)
	}, decidesNothing})
	// The dispensing shape: the cabinet's Ethernet carries PHI, and its
	// flows to the hospital-hosted server name no interface: they go over
	// that Ethernet (MPII-3.5 Yes by it), not over a link not listed.
	cabinet := func(w *world) {
		w.p.Parts = listsWhole(content.Part{ID: "cabinet", Name: "Cabinet", Runs: "device"}, content.Part{ID: "server", Name: "Server", Runs: "customer_hosted"})
		eth, nic := partIface("cab-eth", "ethernet", "cabinet"), partIface("srv-nic", "virtual_nic", "server")
		eth.Carries, nic.Carries = content.DataKinds{"phi"}, content.DataKinds{"phi"}
		w.p.Interfaces = []content.Interface{eth, nic}
		w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cabinet", To: "server", Data: content.DataKinds{"phi"}}}
	}
	cases = append(cases,
		// The server VM's adapter carries PHI: whether its host's link
		// is a cable or Wi-Fi the data do not say (virtualLinkPII), so
		// MPII-3.6 is no No, as MPII-3.5 would not be without the
		// cabinet's Ethernet; with an adapter that carries none, the
		// unnamed link alone leaves the No standing.
		ruleCase{"MPII-3.6", "PHI from a cabinet whose Ethernet carries PHI, over a link not named", cabinet, decidesNothing},
		ruleCase{"MPII-3.6", "PHI from a cabinet whose Ethernet carries PHI, over a link not named, to a server whose adapter carries none", func(w *world) {
			cabinet(w)
			w.p.Interfaces[1].Carries = content.DataKinds{"logs"}
		}, noBy("interfaces", "lists no wireless interface that carries PHI or PII")},
		ruleCase{"MPII-3.5", "PHI from a cabinet whose Ethernet carries PHI, over a link not named", cabinet, yesBy("interfaces[0].carries", "lists PHI or PII (interface cab-eth)")},
		// The selfhosted shape: two services on the hospital's servers,
		// each with a virtual adapter carrying PHI. No part on the
		// device: the servers' connections are theirs, N/A as CONN-1.1
		// (unlessHostLinks).
		ruleCase{"MPII-3.6", "PHI between two hospital-hosted services with virtual adapters, over a link not named", func(w *world) {
			w.p.Parts = []content.Part{{ID: "router", Name: "Router", Runs: "customer_hosted"}, {ID: "inference", Name: "Inference", Runs: "customer_hosted"}}
			a, b := partIface("router-net", "virtual_nic", "router"), partIface("inference-net", "virtual_nic", "inference")
			a.Carries, b.Carries = content.DataKinds{"phi"}, content.DataKinds{"phi"}
			w.p.Interfaces = []content.Interface{a, b}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-02", From: "router", To: "inference", Data: content.DataKinds{"phi"}}}
		}, naBy("parts", "the connections of the server or virtual machine it runs on are that host's")},
	)
	// The manufacturer's own service sending PHI on to an outside system
	// does so over the connections of the host the manufacturer runs it
	// on, which CONN-1.x answer N/A: MPII-3.6 is N/A for a hosted
	// service too, not No (cloudsamd: the browser may be on Wi-Fi).
	cases = append(cases, ruleCase{"MPII-3.6", "PHI from the manufacturer's cloud to a browser over a link not named", func(w *world) {
		w.p.Parts = listsWhole(content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"})
		api := partIface("api", "api", "cloud")
		api.Carries = content.DataKinds{"phi"}
		w.p.Interfaces = []content.Interface{api}
		w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cloud", To: "Clinician browser", Data: content.DataKinds{"phi"}}}
	}, naBy("parts", "the connections of the server or cloud machine it runs on are that host's")})

	cloudStore := func(w *world) {
		w.p.Parts = []content.Part{{ID: "patch", Name: "Patch", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
		db := store("cloud-db", "phi")
		db.Part = "cloud"
		w.p.DataStores = []content.DataStore{db}
	}
	cases = append(cases,
		// the wearablemds2 variant p12: only the cloud keeps PHI; the
		// patch passes it through, which the manufacturer judges
		ruleCase{"MPII-2", "beside the device, PHI only in the manufacturer's cloud store", cloudStore, decidesNothing},
		ruleCase{"MPII-2", "beside the device, PHI in the cloud store and on the device", func(w *world) {
			cloudStore(w)
			dev := store("flash", "phi")
			dev.Part = "patch"
			w.p.DataStores = append(w.p.DataStores, dev)
		}, yesBy("data_stores[1].data", "lists PHI or PII (flash)")},
		// a hosted service is the device the form describes: its own
		// cloud store answers
		ruleCase{"MPII-2", "a hosted service's own cloud store", func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			db := store("cloud-db", "phi")
			db.Part = "cloud"
			w.p.DataStores = []content.DataStore{db}
		}, yesBy("data_stores[0].data", "lists PHI or PII (cloud-db)")},
	)
	return cases
}
