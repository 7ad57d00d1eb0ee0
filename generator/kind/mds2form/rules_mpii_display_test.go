package mds2form

import "github.com/jspgen/jspgen/generator/content"

// MPII-3.1 beyond the device's own display: a home CPAP whose display
// shows only therapy data derived "cannot show PII on a screen" beside
// its portal's web pages, where clinicians review patients' records, and
// its app, which shows the patient's own results; the same form answered
// that viewing PII on screen is logged (AUDT-2.5). A web user interface
// carrying PHI or PII, or one not saying what it carries, and a portal,
// app or server handling PHI, now leave the answer to the manufacturer;
// No stands when only the device handles PHI and its displays show none,
// and Yes still comes from a display that shows PHI.
func mpiiDisplayRuleCases() []ruleCase {
	cpap := func(w *world) {
		w.p.Parts = listsWhole(content.Part{ID: "cpap", Name: "CPAP", Runs: "device"}, content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			content.Part{ID: "app", Name: "App", Runs: "customer_device"}, content.Part{ID: "ehr", Name: "Hospital EHR", Runs: "customer_infrastructure"})
		disp, lte := partIface("disp", "display", "cpap"), partIface("lte", "cellular", "cpap")
		disp.Carries, lte.Carries = content.DataKinds{"therapy"}, content.DataKinds{"therapy", "phi"}
		w.p.Interfaces = []content.Interface{disp, lte}
	}
	with := func(id, kind, part string, carries ...string) func(*world) {
		return func(w *world) {
			cpap(w)
			it := partIface(id, kind, part)
			it.Carries = dataKinds(carries)
			w.p.Interfaces = append(w.p.Interfaces, it)
		}
	}
	noDisplay := noBy("interfaces", "lists no display interface that carries PHI or PII")
	return []ruleCase{
		{"MPII-3.1", "the device's display shows no PHI; nothing off the device handles PHI", cpap, noDisplay},
		{"MPII-3.1", "the manufacturer's portal beside the device shows PHI", with("portal", "web_ui", "cloud", "phi", "pii"), decidesNothing},
		{"MPII-3.1", "the manufacturer's portal beside the device shows none", with("portal", "web_ui", "cloud", "configuration"), noDisplay},
		{"MPII-3.1", "the manufacturer's portal does not say what it carries", with("portal", "web_ui", "cloud"), decidesNothing},
		{"MPII-3.1", "an app on a phone fetches PII", with("phone", "api", "app", "therapy", "pii"), decidesNothing},
		{"MPII-3.1", "a PHI flow to the app", func(w *world) {
			cpap(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cpap", To: "App", Interface: "lte", Data: content.DataKinds{"phi"}}}
		}, decidesNothing},
		{"MPII-3.1", "a cloud database of PHI", func(w *world) {
			cpap(w)
			db := store("db", "phi")
			db.Part = "cloud"
			w.p.DataStores = []content.DataStore{db}
		}, decidesNothing},
		{"MPII-3.1", "PHI sent to the customer's EHR", func(w *world) {
			cpap(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cpap", To: "ehr", Interface: "lte", Data: content.DataKinds{"phi"}}}
		}, noDisplay},
		{"MPII-3.1", "the device's own web user interface shows PHI", with("web", "web_ui", "cpap", "phi"), decidesNothing},
		{"MPII-3.1", "the device's own web user interface does not say what it carries", with("web", "web_ui", "cpap"), decidesNothing},
		{"MPII-3.1", "the device's own web user interface shows no PHI or PII", with("web", "web_ui", "cpap", "configuration"), noDisplay},
		{"MPII-3.1", "the web user interface of software the customer hosts shows PII", func(w *world) {
			w.p.Parts = []content.Part{{ID: "server", Name: "Server", Runs: "customer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "server")}
			w.p.Interfaces[0].Carries = content.DataKinds{"pii"}
		}, decidesNothing},
		{"MPII-3.1", "a portal the manufacturer alone hosts shows PHI", func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud")}
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
		}, decidesNothing},
		{"MPII-3.1", "the device's display shows PHI beside the portal", func(w *world) {
			with("portal", "web_ui", "cloud", "phi")(w)
			w.p.Interfaces[0].Carries = content.DataKinds{"phi"}
		}, yesBy("interfaces[0].carries", "lists PHI or PII (interface disp)")},
	}
}
