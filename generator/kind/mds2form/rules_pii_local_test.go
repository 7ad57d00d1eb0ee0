package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Cases for the transmission questions of a device whose PHI and PII stay
// on it (rules_pii_local.go): TXCF-1, TXCF-2 and TXCF-3 in both
// directions, on a scanner that shows them on its screen and whose USB
// port carries only logs and software, and on the same scanner with each
// fact that sends them out, or leaves that open.
func piiLocalRuleCases() []ruleCase {
	shown := func(w *world) {
		w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs", "software"), iface("screen", "display", "phi", "pii")}
	}
	var cases []ruleCase
	for _, r := range []struct{ id, says string }{
		{"TXCF-1", "there is no transmission of them to confine to a dedicated cable"},
		{"TXCF-2", "there is no transmission of them, over a network or on removable media, to encrypt"},
		{"TXCF-3", "there is no destination of them to restrict"},
	} {
		cases = append(cases,
			ruleCase{r.id, "PHI shown on the screen only", shown,
				naBy("interfaces", "lists only the display screen as carrying PHI or PII, every part runs on the device, and no cloud service or data flow takes them elsewhere; the device transmits none, so "+r.says)},
			ruleCase{r.id, "no interface carries PHI", func(w *world) {
				w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs"), iface("screen", "display", "configuration")}
			}, naBy("interfaces", "lists no interface that carries PHI or PII")},
			ruleCase{r.id, "a data flow between the device's own parts", func(w *world) {
				shown(w)
				w.p.DataFlows = []content.DataFlow{{ID: "F-1", From: "device", To: "device", Data: dataKinds([]string{"phi"})}}
			}, naBy("interfaces", "the device transmits none")},
			ruleCase{r.id, "a data flow naming the device part by its name", func(w *world) {
				shown(w)
				w.p.DataFlows = []content.DataFlow{{ID: "F-1", From: "Device", To: "device", Data: dataKinds([]string{"phi"})}}
			}, naBy("interfaces", "the device transmits none")},
			// The other direction: a way out for them, or nothing said.
			ruleCase{r.id, "the USB port carries PHI", func(w *world) {
				w.p.Interfaces = []content.Interface{iface("usb", "usb", "phi"), iface("screen", "display", "phi")}
			}, decidesNothing},
			ruleCase{r.id, "a memory card carries PHI", func(w *world) {
				shown(w)
				w.p.Interfaces = append(w.p.Interfaces, iface("sd", "removable_media", "phi"))
			}, decidesNothing},
			ruleCase{r.id, "an internal link carries PHI", func(w *world) {
				shown(w)
				w.p.Interfaces = append(w.p.Interfaces, internal(iface("bus", "serial", "phi")))
			}, decidesNothing},
			ruleCase{r.id, "the USB port does not say what it carries", func(w *world) {
				w.p.Interfaces = []content.Interface{iface("usb", "usb"), iface("screen", "display", "phi")}
			}, decidesNothing},
			ruleCase{r.id, "no interface listed", func(w *world) {}, decidesNothing},
			ruleCase{r.id, "a cloud service listed", func(w *world) {
				shown(w)
				w.p.Cloud.Services = []content.CloudService{{Name: "Portal", Data: dataKinds([]string{"configuration"})}}
			}, decidesNothing},
			ruleCase{r.id, "an app on the customer's phones", func(w *world) {
				shown(w)
				w.p.Parts = []content.Part{{ID: "dev", Name: "Device", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}}
			}, decidesNothing},
			ruleCase{r.id, "a data flow of PHI to an outside system", func(w *world) {
				shown(w)
				w.p.DataFlows = []content.DataFlow{{ID: "F-1", From: "device", To: "Hospital EHR", Data: dataKinds([]string{"phi"})}}
			}, decidesNothing},
		)
	}
	// A product with no PHI or PII at all (a wheelchair controller and its
	// app on the patient's phone) whose cloud service's data are not
	// written: "not stated" is not "sent none", so the N/A stands only
	// where every part's interface list is stated to be complete, and
	// says so; else it is left to the manufacturer.
	chair := func(appComplete content.Tri, data ...string) func(*world) {
		return func(w *world) {
			w.p.Parts = []content.Part{
				{ID: "ctrl", Name: "Controller", Runs: "device", InterfacesComplete: content.True},
				{ID: "app", Name: "App", Runs: "customer_device", InterfacesComplete: appComplete}}
			ble, crash := iface("ble", "bluetooth", "configuration", "software"), iface("crash", "api", "logs")
			ble.Part, crash.Part = "ctrl", "app"
			w.p.Interfaces = []content.Interface{ble, crash}
			st := store("mem", "configuration", "logs")
			st.Part = "ctrl"
			w.p.DataStores = []content.DataStore{st}
			w.p.Cloud.Services = []content.CloudService{{Name: "Crash service", Data: dataKinds(data)}}
		}
	}
	for _, id := range []string{"TXCF-1", "TXCF-2", "TXCF-3"} {
		cases = append(cases,
			ruleCase{id, "no PII anywhere, the cloud service's data stated", chair(content.True, "logs"),
				naBy("interfaces", "(MPII-1 No), and no cloud service is sent any; no part of the product transmits them")},
			ruleCase{id, "no PII anywhere, the cloud service's data not stated, every interface list complete", chair(content.True),
				naBy("interfaces", "(MPII-1 No); what the product sends to the cloud service Crash service is not stated, but each part's interface list is stated to be complete (interfaces_complete = true), every interface in it says every kind of data it carries, and none carries PHI or PII, so no cloud service is sent any; no part of the product transmits them")},
			ruleCase{id, "no PII anywhere, the cloud service's data not stated, the app's interface list not stated complete", chair(content.Unstated), decidesNothing},
		)
	}
	// TXCF-1's own rule comes first: PHI over a radio is not cable-only.
	cases = append(cases, ruleCase{"TXCF-1", "PHI over Wi-Fi beside the screen", func(w *world) {
		shown(w)
		w.p.Interfaces = append(w.p.Interfaces, iface("wifi", "wifi", "phi"))
	}, outcome{decided: true, answer: mds2.No, path: "interfaces[2].carries", says: "lists PHI or PII, and interface wifi is of kind Wi-Fi"}})
	return cases
}
