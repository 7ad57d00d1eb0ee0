package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
)

// mds2r3RuleCases: MPII-3.5 from a data flow of PHI over an Ethernet
// interface (dexalegacy, wmtstelemetry: MPII-3 Yes by that flow, MPII-3.5
// was "Not stated"), and MPII-3.7 from a flow between an app on a
// phone and the manufacturer's cloud (eprotrial: CONN-4 Yes by that flow,
// MPII-3.7 was "Not stated").
func mds2r3RuleCases() []ruleCase {
	pcLAN := func(w *world, runs content.PartRuns, data ...string) {
		w.p.Parts = []content.Part{{ID: "pc", Name: "Acquisition PC", Runs: runs}}
		w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "pc")}
		f := flow("DF-01", "lan", data...)
		f.From, f.To = "pc", "PACS"
		w.p.DataFlows = []content.DataFlow{f}
	}
	phoneCloud := func(w *world, data ...string) {
		w.p.HomeUse = content.True
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
		w.p.Interfaces = []content.Interface{partIface("api", "api", "cloud")}
		w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "app", To: "cloud", Interface: "api", Data: dataKinds(data)}}
	}
	// maldi: HL7 to and from the LIS on 2575/tcp (unencrypted), and an
	// encrypted HTTPS port out to the maker's portal on the same Ethernet
	lis := func(lisEnc, portalEnc content.Tri, withLIS bool) func(w *world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "pc", Name: "Acquisition PC", Runs: "device"}}
			w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "pc")}
			f := flow("DF-01", "lan", "phi", "pii")
			f.From, f.To = "Hospital LIS", "pc"
			w.p.DataFlows = []content.DataFlow{f}
			hl7 := port(2575, "tcp", "both", "lan")
			hl7.Service, hl7.Endpoints, hl7.Encrypted = "HL7 v2", []string{"Hospital LIS"}, lisEnc
			https := port(443, "tcp", "out", "lan")
			https.Service, https.Endpoints, https.Encrypted = "HTTPS", []string{"Maker portal"}, portalEnc
			w.p.Ports = []content.Port{https}
			if withLIS {
				w.p.Ports = append(w.p.Ports, hl7)
			}
		}
	}
	return []ruleCase{
		{"TXCF-2", "PHI to the LIS over its own unencrypted port, beside an encrypted port to the maker's portal", lis(content.False, content.True, true),
			noBy("data_flows[0]", "(DF-01) carries PHI or PII over interface lan by 2575/tcp (HL7 v2), which states encrypted = false")},
		{"TXCF-2", "the LIS port does not state encryption", lis(content.Unstated, content.True, true), decidesNothing},
		{"TXCF-2", "only an unencrypted port to another system is listed", lis(content.False, content.False, false), decidesNothing},
		{"MPII-3.5", "a flow of PHI over a device's Ethernet that does not say what it carries",
			func(w *world) { pcLAN(w, "device", "phi") }, yesBy("data_flows[0]", "(DF-01) carries PHI or PII over the Ethernet interface lan")},
		{"MPII-3.5", "a flow of logs only over a device's Ethernet",
			func(w *world) { pcLAN(w, "device", "logs") }, decidesNothing},
		// the flow gives no Yes; and, the product running only where the
		// manufacturer hosts it, the host's connections make it N/A, as
		// CONN-1.x (rules_mpii_hostlink.go)
		{"MPII-3.5", "a flow of PHI over the Ethernet of a part the manufacturer hosts",
			func(w *world) { pcLAN(w, "manufacturer_hosted", "phi") }, naBy("parts", "the connections of the server or cloud machine it runs on are that host's")},
		{"MPII-3.5", "a flow of PHI over an internal Ethernet", func(w *world) {
			pcLAN(w, "device", "phi")
			w.p.Interfaces[0].Internal = true
		}, decidesNothing},
		{"MPII-3.7", "PHI from an app on a phone, not at home, to the manufacturer's cloud",
			func(w *world) { phoneCloud(w, "phi"); w.p.HomeUse = content.False },
			yesBy("data_flows[0].data", "(DF-01) carries PHI or PII between App and Cloud, which the manufacturer hosts outside the customer's network")},
		{"MPII-3.7", "PHI from an app on a patient's phone at home to the manufacturer's cloud",
			func(w *world) { phoneCloud(w, "phi") },
			yesBy("data_flows[0].data", "(DF-01) carries PHI or PII between App and Cloud, which the manufacturer hosts outside the customer's network")},
		{"STCF-1", "the central station's database states encrypted = true", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pc", Name: "Central station", Runs: "device"}}
			db := store("db", "phi")
			db.Part, db.Encrypted = "pc", content.True
			w.p.DataStores = []content.DataStore{db}
		}, yesBy("data_stores[0].encrypted", "is true for db")},
		{"STCF-1", "the device's database states encrypted = false", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pc", Name: "Central station", Runs: "device"}}
			db := store("db", "phi")
			db.Part, db.Encrypted = "pc", content.False
			w.p.DataStores = []content.DataStore{db}
		}, decidesNothing},
		{"STCF-1", "only the cloud's store, beside the device, states encrypted = true", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			db := store("db", "phi")
			db.Part, db.Encrypted = "cloud", content.True
			w.p.DataStores = []content.DataStore{db}
		}, decidesNothing},
		{"STCF-1", "an encrypted staging partition holding software and logs only", func(w *world) {
			w.p.Parts = []content.Part{{ID: "gw", Name: "Gateway", Runs: "device"}}
			db := store("staging", "software", "logs")
			db.Part, db.Encrypted = "gw", content.True
			w.p.DataStores = []content.DataStore{db}
		}, decidesNothing},
		{"STCF-1", "a cloud service with no device part, its store encrypted", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			db := store("db", "phi")
			db.Part, db.Encrypted = "cloud", content.True
			w.p.DataStores = []content.DataStore{db}
		}, yesBy("data_stores[0].encrypted", "is true for db")},
		{"STCF-1", "software the customer hosts, its store encrypted", func(w *world) {
			w.p.Parts = []content.Part{{ID: "srv", Name: "Server", Runs: "customer_hosted"}}
			db := store("db", "phi")
			db.Part, db.Encrypted = "srv", content.True
			w.p.DataStores = []content.DataStore{db}
		}, decidesNothing},
		{"CSUP-1", "firmware from the app to the pump", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("ble", "bluetooth", "pump")}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-02", From: "app", To: "pump", Interface: "ble", Data: dataKinds([]string{"software"})}}
		}, yesBy("data_flows[0].data", "(DF-02) carries software to Pump, a part of the product, which therefore holds software")},
		{"CSUP-1", "PHI from the pump to the app, no software flow", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("ble", "bluetooth", "pump")}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "pump", To: "app", Interface: "ble", Data: dataKinds([]string{"phi"})}}
		}, decidesNothing},
		{"CSUP-1", "software to an outside system only", func(w *world) {
			w.p.Parts = []content.Part{{ID: "srv", Name: "Server", Runs: "manufacturer_hosted"}}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "srv", To: "Hospital PC", Data: dataKinds([]string{"software"})}}
		}, decidesNothing},
		{"MPII-3.7", "only logs from an app on a phone to the manufacturer's cloud",
			func(w *world) { phoneCloud(w, "logs") }, decidesNothing},
	}
}
