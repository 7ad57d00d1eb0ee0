package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Cases for the answers of a device that connects to no other system
// (rules_nolinks.go): a screen and a memory-card slot, and the same
// device with each link that may reach another system.

// mediaOnly is a device that connects to no other system: a screen and a
// memory-card slot.
func mediaOnly(w *world) {
	w.states("interfaces")
	w.p.Interfaces = []content.Interface{iface("screen", "display", "phi"), iface("sd", "removable_media", "phi")}
}

// linkRules are the rules that answer for a device that connects to no
// other system (linksToNothing).
var linkRules = []struct {
	id     string
	answer mds2.Answer
	says   string
}{
	{"AUDT-2.8.2", mds2.NA, "it has no API whose calls could be recorded"},
	{"AUTH-4", mds2.NA, "it has no API whose requests could be authorized"},
	{"DTBK-4", mds2.No, "it can back up to no remote storage"},
	{"NAUT-1", mds2.NA, "there is no peer to authenticate"},
	{"CSUP-2.3", mds2.No, "operating-system patches can be installed only at the device"},
	{"CSUP-3.3", mds2.No, "driver and firmware patches can be installed only at the device"},
	{"CSUP-4.3", mds2.No, "anti-malware updates can be installed only at the device"},
	{"CSUP-5.3", mds2.No, "COTS patches can be installed only at the device"},
	{"CSUP-6.3", mds2.No, "patches for other software can be installed only at the device"},
	{"CONN-3", mds2.No, "it communicates with no system inside the customer's network"},
	{"CONN-5", mds2.No, "it calls and provides no application programming interface"},
	{"CONN-8", mds2.No, "nothing can operate it from another device"},
	{"TXCF-4", mds2.NA, "it exchanges data with no other system, authenticated or not"},
	{"RMOT-1", mds2.No, "no remote service connection can reach it"},
	{"RMOT-1.1", mds2.NA, "there is no remote service session to start"},
	{"RMOT-1.2", mds2.NA, "there is no remote session to show"},
	{"RMOT-1.3", mds2.NA, "there is no remote session in which patient data could be seen"},
	{"RMOT-2", mds2.No, "it sends no data over a remote connection"},
	{"RMOT-3", mds2.No, "it has no remote function"},
	// HN 1-2019 asks of every communication port, a USB port's too: a
	// device that joins no network may still have one to disable.
	{"SAHD-8", mds2.NA, "it has no communication port or protocol to disable"},
}

func nolinksRuleCases() []ruleCase {
	var cases []ruleCase
	for _, r := range linkRules {
		decided := outcome{decided: true, answer: r.answer, path: "interfaces", says: "the device connects to no other system, so " + r.says}
		cases = append(cases,
			ruleCase{r.id, "a screen and a memory-card slot", mediaOnly, decided},
			ruleCase{r.id, "the same with ports written empty", func(w *world) { mediaOnly(w); w.states("interfaces", "ports") }, decided},
			// The other direction: a link that may reach another system,
			// or nothing said about the interfaces.
			ruleCase{r.id, "a USB service port", standalone, decidesNothing},
			ruleCase{r.id, "a serial port", func(w *world) {
				mediaOnly(w)
				w.p.Interfaces = append(w.p.Interfaces, iface("rs232", "serial", "phi"))
			}, decidesNothing},
			ruleCase{r.id, "an NFC reader", func(w *world) {
				mediaOnly(w)
				w.p.Interfaces = append(w.p.Interfaces, iface("nfc", "nfc", "credentials"))
			}, decidesNothing},
			ruleCase{r.id, "an internal link between its boards", func(w *world) {
				mediaOnly(w)
				w.p.Interfaces = append(w.p.Interfaces, internal(iface("spi", "other", "configuration")))
			}, decidesNothing},
			ruleCase{r.id, "a service the manufacturer hosts", func(w *world) {
				mediaOnly(w)
				w.p.Parts = []content.Part{{ID: "dev", Name: "Device", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			}, decidesNothing},
		)
		// CONN-3 had its No for no interface but displays
		// (rules_conn_test.go); the MDS2 form requires interfaces, so
		// "not written" is the others' case only.
		if r.id != "CONN-3" {
			cases = append(cases,
				ruleCase{r.id, "interfaces written empty", func(w *world) { w.states("interfaces") }, decided},
				ruleCase{r.id, "interfaces not written", func(w *world) { w.states("ports") }, decidesNothing})
		}
	}
	return cases
}
