package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// Cases for the rules of section MPII (rules_mpii.go).

// interfaceKinds are every kind an interface may have.
var interfaceKinds = []string{"ethernet", "wifi", "bluetooth", "cellular", "usb", "serial", "removable_media", "nfc", "infrared", "radio", "display", "other"}

func mpiiRuleCases() []ruleCase {
	cases := []ruleCase{
		{"MPII-1", "an interface carries PHI", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software"), iface("eth", "ethernet", "phi")}
			w.p.DataStores = []content.DataStore{store("db", "pii")}
		}, yesBy("interfaces[1].carries", "lists PHI or PII (interface eth)")},
		{"MPII-1", "a store holds PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software")}
			w.p.DataStores = []content.DataStore{store("cfg", "configuration"), store("db", "pii")}
			w.p.DataFlows = []content.DataFlow{flow("f", "usb", "phi")}
		}, yesBy("data_stores[1].data", "lists PHI or PII (db)")},
		{"MPII-1", "a flow carries PHI", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software")}
			w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
			w.p.DataFlows = []content.DataFlow{flow("upd", "usb", "software"), flow("rep", "usb", "phi")}
		}, yesBy("data_flows[1].data", "lists PHI or PII (rep)")},
		{"MPII-1", "no PHI or PII anywhere", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software", "logs")}
			w.p.DataStores = []content.DataStore{store("cfg", "configuration", "credentials")}
			w.p.DataFlows = []content.DataFlow{flow("upd", "usb", "software")}
		}, noBy("interfaces", "list no PHI or PII")},

		{"MPII-2", "a store holds PHI", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "pii")}
			w.p.DataStores = []content.DataStore{store("cfg", "configuration"), store("db", "logs", "phi")}
		}, yesBy("data_stores[1].data", "lists PHI or PII (db)")},
		{"MPII-2", "PII only in the customer's identity provider", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "idp", Name: "Hospital IdP", Runs: "customer_infrastructure"}}
			dir := store("directory", "pii")
			dir.Part = "idp"
			w.p.DataStores = []content.DataStore{store("cfg", "configuration"), dir}
		}, noBy("data_stores", "lists no store holding PHI or PII, and no interface or data flow carries any")},
		// PII passing through is held in working memory, which the form
		// counts (MPII-2.1); whether it is "kept" is the manufacturer's
		// reading. A No would also sit above MPII-2.6's Yes.
		{"MPII-2", "PII in transit only", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "pii")}
			w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
			w.p.DataFlows = []content.DataFlow{flow("f", "eth", "pii")}
		}, decidesNothing},
		{"MPII-2", "data_stores = [] written, an interface carries PII", func(w *world) {
			w.states("data_stores")
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "pii")}
		}, decidesNothing},
		{"MPII-2", "data_stores = [] written, an interface not saying what it carries", func(w *world) {
			w.states("data_stores")
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet")}
		}, decidesNothing},
		{"MPII-2", "data_stores = [] written, no PHI or PII anywhere", func(w *world) {
			w.states("data_stores")
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "configuration")}
		}, noBy("data_stores", "lists no store holding PHI or PII, and no interface or data flow carries any")},
		{"MPII-2", "no data_stores written: not stated", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "pii")}
		}, decidesNothing},
		{"MPII-1", "no data_stores written: not stated", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software")}
		}, decidesNothing},
		{"MPII-1", "an interface that does not say what it carries", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software"), iface("eth", "ethernet")}
			w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		}, decidesNothing},
		{"MPII-2.6", "no data_flows written: not stated", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "configuration")}
		}, decidesNothing},
		{"MPII-3.5", "an Ethernet interface that does not say what it carries", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet")}
		}, decidesNothing},
		{"MPII-3.5", "Ethernet that carries no PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "configuration")}
		}, noBy("interfaces", "lists no Ethernet interface that carries PHI or PII")},
		// PHI between a scanner's own computers over their private cable
		// neither enters nor leaves the device: not Yes, and not No.
		{"MPII-3.5", "only an internal Ethernet carries PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "configuration"), internal(iface("sys", "ethernet", "phi"))}
		}, decidesNothing},
		{"MPII-3.5", "an internal and a hospital Ethernet carry PII", func(w *world) {
			w.p.Interfaces = []content.Interface{internal(iface("sys", "ethernet", "phi")), iface("eth", "ethernet", "phi")}
		}, yesBy("interfaces[1].carries", "lists PHI or PII (interface eth)")},
		// The ecgpatch shape: the patch joins no network; the maker's
		// read-out lab workstation, at the maker's own site, sends the
		// recordings over its lab's Ethernet. That is not the device's
		// wired network (CONN-1.2.1 leaves it to the maker too): not Yes.
		{"MPII-3.5", "only the manufacturer's lab Ethernet carries PII", func(w *world) {
			w.p.Parts = []content.Part{{ID: "patch", Name: "Patch", Runs: "device"}, {ID: "lab", Name: "Lab workstation", Runs: "manufacturer_hosted"}}
			dock, lab := iface("dock", "serial", "phi"), iface("lab-net", "ethernet", "phi")
			dock.Part, lab.Part = "patch", "lab"
			w.p.Interfaces = []content.Interface{dock, lab}
		}, decidesNothing},
		{"MPII-3.5", "the device's Ethernet beside the manufacturer's lab Ethernet", func(w *world) {
			w.p.Parts = []content.Part{{ID: "patch", Name: "Patch", Runs: "device"}, {ID: "lab", Name: "Lab workstation", Runs: "manufacturer_hosted"}}
			lab, eth := iface("lab-net", "ethernet", "phi"), iface("eth", "ethernet", "phi")
			lab.Part, eth.Part = "lab", "patch"
			w.p.Interfaces = []content.Interface{lab, eth}
		}, yesBy("interfaces[1].carries", "lists PHI or PII (interface eth)")},
		{"MPII-3.1", "a display that does not say what it carries", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("disp", "display")}
		}, decidesNothing},

		{"MPII-2.6", "PHI over Ethernet", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), iface("eth", "ethernet")}
			w.p.DataFlows = []content.DataFlow{flow("show", "disp", "phi"), flow("cfg", "eth", "configuration"), flow("hl7", "eth", "phi")}
		}, yesBy("data_flows[2]", "(hl7) carries PHI or PII over the Ethernet interface eth")},
		// The ems12lead shape: the manufacturer's relay forwards the ECG to
		// a hospital's station, and the monitor itself sends it to the
		// crew's tablet; the reason names the device's own flow.
		{"MPII-2.6", "a flow from the device to another system before the relay's", func(w *world) {
			w.p.Parts = []content.Part{{ID: "monitor", Name: "Monitor", Runs: "device"}, {ID: "relay", Name: "Relay", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("api", "api", "relay"), partIface("bt", "bluetooth", "monitor")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "fwd", From: "relay", To: "Station", Interface: "api", Data: content.DataKinds{"phi"}},
				{ID: "tab", From: "monitor", To: "Tablet", Interface: "bt", Data: content.DataKinds{"phi"}},
			}
		}, yesBy("data_flows[1]", "(tab) carries PHI or PII over the Bluetooth")},
		{"MPII-2.6", "no device part: the first flow that leaves the product", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "relay", Name: "Relay", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("api", "api", "relay"), partIface("eth", "ethernet", "app")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "fwd", From: "relay", To: "Station", Interface: "api", Data: content.DataKinds{"phi"}},
				{ID: "hl7", From: "app", To: "EHR", Interface: "eth", Data: content.DataKinds{"phi"}},
			}
		}, yesBy("data_flows[0]", "(fwd) carries PHI or PII over the")},
		// The smartapp shape: the hospital's EHR reaches a clinician's
		// browser over a link the product also uses; neither end is the
		// product's, so that flow is no exchange of the product's.
		{"MPII-2.6", "a flow between two outside systems is not the product's", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "relay", Name: "Relay", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("api", "api", "relay"), partIface("eth", "ethernet", "app")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "ehr", From: "EHR", To: "Workstation", Interface: "eth", Data: content.DataKinds{"phi"}},
				{ID: "fwd", From: "relay", To: "Station", Interface: "api", Data: content.DataKinds{"phi"}},
			}
		}, yesBy("data_flows[1]", "(fwd) carries PHI or PII over the")},
		// The dentalxray shape: the sensor hands images to the product's
		// own chairside software over USB, and the software hands them to
		// the practice-management software over a link of kind "other".
		{"MPII-2.6", "PHI leaves over a link of another kind; inside over USB", func(w *world) {
			w.p.Parts = []content.Part{{ID: "sensor", Name: "Sensor", Runs: "device"}, {ID: "app", Name: "Chairside software", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("usb", "usb", "sensor"), partIface("bridge", "other", "app")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "img", From: "sensor", To: "app", Interface: "usb", Data: content.DataKinds{"phi"}},
				{ID: "pms", From: "app", To: "Practice management", Interface: "bridge", Data: content.DataKinds{"phi"}},
			}
		}, decidesNothing},
		{"MPII-2.6", "PHI leaves over Ethernet; inside over USB", func(w *world) {
			w.p.Parts = []content.Part{{ID: "sensor", Name: "Sensor", Runs: "device"}, {ID: "app", Name: "Chairside software", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("usb", "usb", "sensor"), partIface("lan", "ethernet", "app")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "img", From: "sensor", To: "app", Interface: "usb", Data: content.DataKinds{"phi"}},
				{ID: "pms", From: "app", To: "Practice management", Interface: "lan", Data: content.DataKinds{"phi"}},
			}
		}, yesBy("data_flows[1]", "(pms) carries PHI or PII over the Ethernet interface lan")},
		{"MPII-2.6", "PHI between the product's parts only", func(w *world) {
			w.p.Parts = []content.Part{{ID: "sensor", Name: "Sensor", Runs: "device"}, {ID: "app", Name: "Chairside software", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("usb", "usb", "sensor"), partIface("bridge", "other", "app")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "img", From: "sensor", To: "app", Interface: "usb", Data: content.DataKinds{"phi"}},
				{ID: "pms", From: "app", To: "Practice management", Interface: "bridge", Data: content.DataKinds{"configuration"}},
			}
		}, yesBy("data_flows[0]", "(img) carries PHI or PII over the USB interface usb")},
		{"MPII-2.6", "PHI shown on a display; between parts over USB", func(w *world) {
			w.p.Parts = []content.Part{{ID: "sensor", Name: "Sensor", Runs: "device"}, {ID: "app", Name: "Chairside software", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("usb", "usb", "sensor"), partIface("screen", "display", "app")}
			w.p.DataFlows = []content.DataFlow{
				{ID: "show", From: "app", To: "Dentist", Interface: "screen", Data: content.DataKinds{"phi"}},
				{ID: "img", From: "sensor", To: "app", Interface: "usb", Data: content.DataKinds{"phi"}},
			}
		}, yesBy("data_flows[1]", "(img) carries PHI or PII over the USB interface usb")},
		{"MPII-2.6", "PHI leaves over a link of another kind only", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("bridge", "other")}
			w.p.DataFlows = []content.DataFlow{{ID: "pms", To: "Practice management", Interface: "bridge", Data: content.DataKinds{"phi"}}}
		}, decidesNothing},
		{"MPII-2.6", "PII on removable media", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("sd", "removable_media")}
			w.p.DataFlows = []content.DataFlow{flow("export", "sd", "pii")}
		}, yesBy("data_flows[0]", "over the Removable media interface sd")},
		{"MPII-2.6", "PHI between parts over no stated interface", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "db", Name: "Database", Runs: "customer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("disp", "display", "app")}
			w.p.DataFlows = []content.DataFlow{flow("cfg", "disp", "configuration"), {ID: "local", From: "app", To: "db", Data: content.DataKinds{"phi"}}}
		}, decidesNothing},
		{"MPII-2.6", "PHI to the display and over an unknown interface only", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), iface("eth", "ethernet", "configuration")}
			w.p.DataFlows = []content.DataFlow{flow("show", "disp", "phi"), flow("lost", "nowhere", "phi"), flow("cfg", "eth", "configuration")}
		}, noBy("data_flows", "lists no flow of PHI or PII over a network, cable or media interface")},
		// The mds2derived shape: the flows leave out what the interfaces
		// say crosses them (MPII-3.6 Yes and TXCF-1 No from the same
		// interface), so they do not show that nothing is exchanged.
		{"MPII-2.6", "PHI over Wi-Fi that no flow lists", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), iface("wifi", "wifi", "phi", "configuration")}
			w.p.DataFlows = []content.DataFlow{flow("lib", "wifi", "configuration")}
		}, decidesNothing},
		{"MPII-2.6", "PHI over a USB port that no flow lists", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "phi")}
			w.p.DataFlows = []content.DataFlow{flow("upd", "usb", "software")}
		}, decidesNothing},
		{"MPII-2.6", "an Ethernet interface that does not say what it carries", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), iface("eth", "ethernet")}
			w.p.DataFlows = []content.DataFlow{flow("cfg", "eth", "configuration")}
		}, decidesNothing},
		{"MPII-2.6", "a cloud service receives PII that no flow lists", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), iface("eth", "ethernet", "configuration")}
			w.p.DataFlows = []content.DataFlow{flow("cfg", "eth", "configuration")}
			w.p.Cloud.Services = []content.CloudService{{Name: "Portal", Data: content.DataKinds{"pii"}}}
		}, decidesNothing},
		{"MPII-2.6", "PHI over a link internal to the product only", func(w *world) {
			it := iface("bus", "ethernet", "phi")
			it.Internal = true
			w.p.Interfaces = []content.Interface{iface("disp", "display", "phi"), it, iface("usb", "usb", "logs")}
			w.p.DataFlows = []content.DataFlow{flow("log", "usb", "logs")}
		}, noBy("data_flows", "lists no flow of PHI or PII")},
		// MPII-3.5 counts an Ethernet link of the hospital's interface
		// engine carrying PHI, so MPII-2.6 must not deny it.
		{"MPII-2.6", "PHI on the hospital's own interface engine's link", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "hl7", Name: "Engine", Runs: "customer_infrastructure"}}
			eng := partIface("eng", "ethernet", "hl7")
			eng.Carries = content.DataKinds{"phi"}
			pump := partIface("usb", "usb", "pump")
			pump.Carries = content.DataKinds{"logs"}
			w.p.Interfaces = []content.Interface{pump, eng}
			w.p.DataFlows = []content.DataFlow{flow("log", "usb", "logs")}
		}, decidesNothing},
		{"MPII-2.6", "only a display and a USB port for logs: the standalone shape", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs", "software"), iface("screen", "display", "phi", "pii")}
			w.p.DataFlows = []content.DataFlow{flow("log", "usb", "logs"), flow("upd", "usb", "software")}
		}, noBy("data_flows", "lists no flow of PHI or PII")},

		{"MPII-3.7", "a cellular interface carries PHI", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("wifi", "wifi", "phi"), iface("lte", "cellular", "configuration"), iface("lte2", "cellular", "phi")}
		}, yesBy("interfaces[2].carries", "lists PHI or PII (interface lte2)")},
		{"MPII-3.7", "a cloud service receives PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lte", "cellular", "logs")}
			w.p.Cloud.Services = []content.CloudService{{Name: "Updates", Data: content.DataKinds{"software"}}, {Name: "Portal", Data: content.DataKinds{"pii"}}}
		}, yesBy("cloud.services[1].data", "lists PHI or PII (Portal)")},
		{"MPII-3.7", "PHI from the analyzer to the manufacturer's remote-service centre", func(w *world) {
			w.p.Parts = []content.Part{{ID: "analyzer", Name: "Analyzer", Runs: "device"}, {ID: "rsc", Name: "Remote Service Center", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "analyzer")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi", "logs"}
			w.p.DataFlows = []content.DataFlow{
				{ID: "DF-01", From: "analyzer", To: "Hospital LIS", Interface: "lan", Data: content.DataKinds{"phi"}},
				{ID: "DF-02", From: "analyzer", To: "rsc", Interface: "lan", Data: content.DataKinds{"logs"}},
				{ID: "DF-03", From: "rsc", To: "analyzer", Interface: "lan", Data: content.DataKinds{"logs", "phi"}},
			}
		}, yesBy("data_flows[2].data", "(DF-03) carries PHI or PII between Analyzer and Remote Service Center, which the manufacturer hosts outside the customer's network")},
		{"MPII-3.7", "PHI to the manufacturer's remote-service centre, named by its name", func(w *world) {
			w.p.Parts = []content.Part{{ID: "analyzer", Name: "Analyzer", Runs: "device"}, {ID: "rsc", Name: "Remote Service Center", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "analyzer")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "Analyzer", To: "Remote Service Center", Interface: "lan", Data: content.DataKinds{"phi"}}}
		}, yesBy("data_flows[0].data", "(DF-01) carries PHI or PII between Analyzer and Remote Service Center, which the manufacturer hosts outside the customer's network")},
		{"MPII-3.7", "PHI to the LIS and only logs to the manufacturer's remote-service centre", func(w *world) {
			w.p.Parts = []content.Part{{ID: "analyzer", Name: "Analyzer", Runs: "device"}, {ID: "rsc", Name: "Remote Service Center", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "analyzer")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi", "logs"}
			w.p.DataFlows = []content.DataFlow{
				{ID: "DF-01", From: "analyzer", To: "Hospital LIS", Interface: "lan", Data: content.DataKinds{"phi"}},
				{ID: "DF-02", From: "analyzer", To: "rsc", Interface: "lan", Data: content.DataKinds{"logs"}},
			}
		}, decidesNothing},
		{"MPII-3.7", "PHI from a patient's phone at home to the manufacturer's cloud", func(w *world) {
			w.p.HomeUse = content.True
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("api", "api", "cloud")}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "app", To: "cloud", Interface: "api", Data: content.DataKinds{"phi"}}}
		}, yesBy("data_flows[0].data", "(DF-01) carries PHI or PII between App and Cloud, which the manufacturer hosts outside the customer's network")}, // the flow leaves the phone's network for the manufacturer's (task mds2r3; was decidesNothing)
		// An app on the patient's own phone reaches its cloud over the
		// phone's Wi-Fi or mobile data: its API carrying PHI lists no
		// radio of the product's, yet does not make wireless transfer No.
		// With no part on the device, the phone's connections are the
		// phone's, N/A as CONN-1.1 (unlessHostLinks).
		{"MPII-3.6", "PHI over the API of an app on the patient's phone", func(w *world) {
			w.p.HomeUse = content.True
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("disp", "display", "app"), partIface("net", "api", "app")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
			w.p.Interfaces[1].Carries = content.DataKinds{"phi", "credentials"}
		}, naBy("parts", "the connections of the phone, tablet, computer, server or cloud machine it runs on are that host's")},
		{"MPII-3.6", "an API of an app on the patient's phone that does not say what it carries", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("net", "web_ui", "app")}
		}, naBy("parts", "the connections of the phone, tablet or computer it runs on are that host's")},
		{"MPII-3.6", "PHI over the API of an app on the patient's phone, beside the device", func(w *world) {
			w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
		}, decidesNothing},
		{"MPII-3.6", "an API of an app on the patient's phone that carries only logs", func(w *world) {
			w.p.Parts = listsWhole(content.Part{ID: "app", Name: "App", Runs: "customer_device"})
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app")}
			w.p.Interfaces[0].Carries = content.DataKinds{"logs"}
		}, noBy("interfaces", "lists no wireless interface that carries PHI or PII")},
		// The manufacturer's cloud API carrying PHI: a product that runs
		// only where the manufacturer hosts it reaches the network over
		// that host's connections, which CONN-1.x answer N/A, so MPII-3.6
		// is N/A too, not No (cloudsamd; rules_mpii_hostlink.go).
		{"MPII-3.6", "PHI over the API of a service the manufacturer hosts", func(w *world) {
			w.p.Parts = listsWhole(content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"})
			w.p.Interfaces = []content.Interface{partIface("api", "api", "cloud")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
		}, naBy("parts", "the connections of the server or cloud machine it runs on are that host's")},
		// A radio of the app's that carries PHI still answers Yes.
		{"MPII-3.6", "PHI over the API and Bluetooth of an app on the patient's phone", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app"), partIface("ble", "bluetooth", "app")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
			w.p.Interfaces[1].Carries = content.DataKinds{"phi"}
		}, yesBy("interfaces[1].carries", "lists PHI or PII (interface ble)")},
		{"MPII-3.7", "PHI over Wi-Fi only, no cloud", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("wifi", "wifi", "phi"), iface("lte", "cellular", "logs")}
			w.p.Cloud.Services = []content.CloudService{{Name: "Updates", Data: content.DataKinds{"software"}}}
		}, decidesNothing},
	}

	// The interface rules MPII-3.x, for every interface kind: an interface
	// of the kind that carries no PHI or PII comes first, so that the rule
	// must look at both the kind and the data.
	piiRules := []struct {
		id, what string
		kinds    []string // nil: any
	}{
		{"MPII-3", "", nil},
		{"MPII-3.1", "display", []string{"display"}},
		{"MPII-3.3", "removable-media", []string{"removable_media"}},
		{"MPII-3.4", "USB or serial", []string{"usb", "serial"}},
		{"MPII-3.5", "Ethernet", []string{"ethernet"}},
		{"MPII-3.6", "wireless", []string{"wifi", "bluetooth", "cellular", "nfc", "infrared", "radio"}},
		{"MPII-3.10", "other-kind", []string{"other"}},
	}
	for _, r := range piiRules {
		none := "lists no " + r.what + " interface that carries PHI or PII"
		if r.what == "" {
			none = "lists no interface that carries PHI or PII"
		}
		for i, k := range interfaceKinds {
			data := []string{"phi", "pii"}[i%2]
			c := ruleCase{id: r.id, name: fmt.Sprintf("%s carries %s", k, data), setup: func(w *world) {
				w.p.Interfaces = []content.Interface{iface("a", k, "configuration"), iface("b", k, data, "logs")}
			}}
			if (r.id == "MPII-3.4" || r.id == "MPII-3.6" || r.id == "MPII-3.10") && k == "other" {
				c.want = decidesNothing // a radio, a cable or another way: the product answers
			} else if r.id == "MPII-3.4" && k == "usb" {
				c.want = decidesNothing // a cable link, or USB drives
			} else if r.kinds == nil || slices.Contains(r.kinds, k) {
				c.want = yesBy("interfaces[1].carries", "lists PHI or PII (interface b)")
			} else if r.id == "MPII-3.3" && k == "usb" {
				c.want = decidesNothing // PHI over USB, perhaps to a USB drive
			} else if r.id == "MPII-3.1" {
				c.want = decidesNothing // no display listed: the product answers
			} else {
				c.want = noBy("interfaces", none)
			}
			cases = append(cases, c)
		}
		noneListed := noBy("interfaces", none)
		if r.id == "MPII-3.1" {
			noneListed = decidesNothing
		}
		cases = append(cases, ruleCase{r.id, "a USB port carrying no PHI or PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs")}
		}, noneListed})
		cases = append(cases, ruleCase{r.id, "no interface carries PHI or PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("a", "ethernet", "configuration")}
			w.p.DataStores = []content.DataStore{store("db", "phi")}
		}, noneListed})
	}
	// The IVD analyzer probe: a USB port that does not say what it
	// carries may write PHI to a USB drive; one that says it carries none
	// decides No.
	cases = append(cases, ruleCase{"MPII-3.3", "a device USB port whose carries is not written", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), iface("svc", "usb", "software"), iface("scanner", "usb")}
	}, decidesNothing})
	cases = append(cases, ruleCase{"MPII-3.3", "every device USB port states carries, none PHI or PII", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), iface("svc", "usb", "software"), iface("scanner", "usb")}
		// the scanner port writes carries = []
		w.p.Source = content.SourceOfText(testProductFile, []byte("[[interfaces]]\n[[interfaces]]\n[[interfaces]]\ncarries = []\n"))
	}, noBy("interfaces", "lists no removable-media interface that carries PHI or PII")})
	// A USB port of the workstation the product's software runs on may
	// write PHI to a USB drive as the device's own may.
	cases = append(cases, ruleCase{"MPII-3.3", "a USB port of a customer-hosted part carrying PHI", func(w *world) {
		w.p.Parts = []content.Part{{ID: "ws", Name: "Workstation software", Runs: "customer_hosted"}}
		w.p.Interfaces = []content.Interface{partIface("usb", "usb", "ws")}
		w.p.Interfaces[0].Carries = dataKinds([]string{"phi"})
	}, decidesNothing})
	cases = append(cases, ruleCase{"MPII-3.3", "a USB port of a customer-hosted part carrying no PHI or PII", func(w *world) {
		w.p.Parts = listsWhole(content.Part{ID: "ws", Name: "Workstation software", Runs: "customer_hosted"})
		w.p.Interfaces = []content.Interface{partIface("usb", "usb", "ws")}
		w.p.Interfaces[0].Carries = dataKinds([]string{"software"})
	}, noBy("interfaces", "lists no removable-media interface that carries PHI or PII")})
	// A telemetry transmitter's WMTS radio, of kind other: its kind does
	// not say whether it is a radio or a cable, so PHI over it leaves both
	// No answers to the manufacturer; one internal to the product, or one
	// carrying none, does not.
	for _, id := range []string{"MPII-3.4", "MPII-3.6"} {
		what := map[string]string{"MPII-3.4": "USB or serial", "MPII-3.6": "wireless"}[id]
		cases = append(cases, ruleCase{id, "a proprietary radio of kind other carrying PHI", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), iface("wmts", "other", "phi")}
		}, decidesNothing})
		// For MPII-3.4 an internal link of kind other carrying PHI may be a
		// cable between the product's own parts (cathlab's acquisition
		// unit): it leaves No open (internalOtherPII).
		internalOther := noBy("interfaces", "lists no "+what+" interface that carries PHI or PII")
		if id == "MPII-3.4" {
			internalOther = decidesNothing
		}
		cases = append(cases, ruleCase{id, "an internal link of kind other carrying PHI", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), iface("dms", "other", "phi")}
			w.p.Interfaces[1].Internal = true
		}, internalOther})
		cases = append(cases, ruleCase{id, "an interface of kind other carrying no PHI or PII", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi"), iface("aux", "other", "logs")}
		}, noBy("interfaces", "lists no "+what+" interface that carries PHI or PII")})
	}
	cases = append(cases, ruleCase{"MPII-3.4", "serial carries PHI beside a USB port that carries PHI", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("usb", "usb", "phi"), iface("rs", "serial", "phi")}
	}, yesBy("interfaces[1].carries", "lists PHI or PII (interface rs)")})
	cases = append(cases, ruleCase{"MPII-3.4", "a USB port carrying PHI, serial carrying none", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("rs", "serial", "logs"), iface("usb", "usb", "phi")}
	}, decidesNothing})
	cases = append(cases, ruleCase{"MPII-3.1", "a display showing no PHI or PII", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("disp", "display", "configuration"), iface("eth", "ethernet", "phi")}
	}, noBy("interfaces", "lists no display interface that carries PHI or PII")})
	return cases
}
