package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// Cases for the MPII rules whose No rests on the interface list, beside a
// part whose list may leave interfaces out (unlessUnlistedPII): the No
// yields where that part holds or receives PHI or PII, and stands where
// it has none (rtls' gateways) or where the list is whole.

// unlistedUnit is a monitor that joins no network: one part on the
// device whose list names its screen only (interfaces_complete = false),
// with a store holding data; no port, no data flow. first is the key the
// product file writes first, the basis the case expects.
func unlistedUnit(first string, data ...string) func(*world) {
	return func(w *world) {
		w.states(slices.Insert(slices.DeleteFunc([]string{"interfaces", "ports", "data_stores", "data_flows"}, func(k string) bool { return k == first }), 0, first)...)
		w.p.Parts = []content.Part{{ID: "unit", Name: "Monitor", Runs: "device", InterfacesComplete: content.False}}
		screen := partIface("screen", "display", "unit")
		screen.Carries = content.DataKinds{"logs"}
		w.p.Interfaces = []content.Interface{screen}
		db := store("db", data...)
		db.Part = "unit"
		w.p.DataStores = []content.DataStore{db}
	}
}

func mpiiUnlistedRuleCases() []ruleCase {
	whole := func(setup func(*world)) func(*world) {
		return func(w *world) {
			setup(w)
			w.p.Parts[0].InterfacesComplete = content.True
		}
	}
	var cases []ruleCase
	for _, r := range []struct{ id, path, no string }{
		{"MPII-2.6", "data_flows", "lists no flow of PHI or PII over a network, cable or media interface"},
		{"MPII-3", "interfaces", "lists no interface that carries PHI or PII"},
		{"MPII-3.1", "interfaces", "lists no display interface that carries PHI or PII"},
		{"MPII-3.3", "interfaces", "lists no removable-media interface that carries PHI or PII"},
		{"MPII-3.4", "interfaces", "lists no USB or serial interface that carries PHI or PII"},
		{"MPII-3.5", "interfaces", "lists no Ethernet interface that carries PHI or PII"},
		{"MPII-3.6", "interfaces", "lists no wireless interface that carries PHI or PII"},
		{"MPII-3.7", "ports", "cloud.services lists no service"},
		{"MPII-3.10", "interfaces", "lists no other-kind interface that carries PHI or PII"},
	} {
		cases = append(cases,
			// a USB port, a radio the list leaves out may carry the
			// PHI the monitor keeps: not stated
			ruleCase{r.id, "PHI kept on a part whose interface list is not whole", unlistedUnit(r.path, "phi"), decidesNothing},
			ruleCase{r.id, "PHI kept on a part whose interface list is whole", whole(unlistedUnit(r.path, "phi")), noBy(r.path, r.no)},
			// no PHI or PII to send over an interface left out
			ruleCase{r.id, "no PHI or PII on a part whose interface list is not whole", unlistedUnit(r.path, "logs"), noBy(r.path, r.no)},
		)
	}
	// PHI or PII a listed interface of the part carries: its Ethernet
	// link to the hospital network; whether it has a radio, a serial
	// port or a USB socket that carries it too is not stated.
	lan := func(w *world) {
		unlistedUnit("interfaces", "logs")(w)
		eth := partIface("lan", "ethernet", "unit")
		eth.Carries = content.DataKinds{"phi"}
		w.p.Interfaces = append(w.p.Interfaces, eth)
	}
	for _, r := range []struct{ id, no string }{
		{"MPII-3.3", "lists no removable-media interface that carries PHI or PII"},
		{"MPII-3.4", "lists no USB or serial interface that carries PHI or PII"},
		{"MPII-3.6", "lists no wireless interface that carries PHI or PII"},
		{"MPII-3.10", "lists no other-kind interface that carries PHI or PII"},
	} {
		cases = append(cases,
			ruleCase{r.id, "PHI over a listed Ethernet of a part whose interface list is not whole", lan, decidesNothing},
			ruleCase{r.id, "PHI over a listed Ethernet of a part whose interface list is whole", whole(lan), noBy("interfaces", r.no)},
		)
	}
	// PHI a data flow brings to a part no interface names (a scanner's
	// gantry sending to its console): the gantry's interfaces are not
	// stated at all, so one carrying the PHI elsewhere may be among them.
	gantry := func(w *world) {
		w.p.Parts = []content.Part{{ID: "gantry", Name: "Gantry", Runs: "device"}, {ID: "console", Name: "Console", Runs: "device"}}
		usb := partIface("usb", "usb", "console")
		usb.Carries = content.DataKinds{"logs"}
		w.p.Interfaces = []content.Interface{usb}
		w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "gantry", To: "console", Data: content.DataKinds{"phi"}}}
	}
	cases = append(cases,
		ruleCase{"MPII-3.6", "PHI from a part no interface names", gantry, decidesNothing},
		ruleCase{"MPII-3.6", "logs from a part no interface names", func(w *world) {
			gantry(w)
			w.states("data_stores")
			w.p.DataFlows[0].Data = content.DataKinds{"logs"}
		}, noBy("interfaces", "lists no wireless interface that carries PHI or PII")},
	)
	// contrastinjector: a head whose list is not whole, data_stores not
	// written: nothing says the head keeps no PHI, so the No yields;
	// written empty, it stands.
	unwritten := func(w *world) {
		unlistedUnit("interfaces", "logs")(w)
		w.states("interfaces", "ports", "data_flows")
		w.p.DataStores = nil
	}
	for _, r := range []struct{ id, no string }{
		{"MPII-3.3", "lists no removable-media interface that carries PHI or PII"},
		{"MPII-3.6", "lists no wireless interface that carries PHI or PII"},
		{"MPII-3.10", "lists no other-kind interface that carries PHI or PII"},
	} {
		cases = append(cases,
			ruleCase{r.id, "data_stores not written beside a part whose interface list is not whole", unwritten, decidesNothing},
			ruleCase{r.id, "data_stores = [] beside a part whose interface list is not whole", func(w *world) {
				unwritten(w)
				w.states("interfaces", "ports", "data_flows", "data_stores")
			}, noBy("interfaces", r.no)},
		)
	}
	// vrtherapy: a headset whose list is not whole, with a Wi-Fi link
	// carrying measurements and a Bluetooth link that does not say what
	// it carries: whether the headset holds PHI or PII is not stated, so
	// its USB-C port, which the list leaves out, may carry them; the No
	// yields. With the list whole, or the Bluetooth link's carries
	// written, it stands.
	headset := func(w *world) {
		unlistedUnit("interfaces", "measurements")(w)
		wifi := partIface("wifi", "wifi", "unit")
		wifi.Carries = content.DataKinds{"measurements"}
		w.p.Interfaces = append(w.p.Interfaces, wifi, partIface("bt", "bluetooth", "unit"))
	}
	for _, r := range []struct{ id, no string }{
		{"MPII-3.3", "lists no removable-media interface that carries PHI or PII"},
		{"MPII-3.4", "lists no USB or serial interface that carries PHI or PII"},
		{"MPII-3.10", "lists no other-kind interface that carries PHI or PII"},
	} {
		cases = append(cases,
			ruleCase{r.id, "a listed interface that does not say what it carries, on a part whose list is not whole", headset, decidesNothing},
			ruleCase{r.id, "a listed interface that does not say what it carries, on a part whose list is whole", whole(headset), noBy("interfaces", r.no)},
			ruleCase{r.id, "every listed interface says what it carries, on a part whose list is not whole", func(w *world) {
				headset(w)
				w.p.Interfaces[2].Carries = content.DataKinds{"configuration"}
			}, noBy("interfaces", r.no)},
		)
	}
	// rtls: radio gateways whose list is not whole hold and pass on no
	// PHI or PII (their radio carries settings), beside a server
	// whose whole list carries none either though it keeps PHI: the No
	// stands.
	cases = append(cases, ruleCase{"MPII-3.6", "PHI kept on a part whose list is whole, beside one whose list is not whole with none", func(w *world) {
		unlistedUnit("interfaces", "phi")(w)
		w.p.Parts[0].InterfacesComplete = content.True
		w.p.Parts = append(w.p.Parts, content.Part{ID: "gw", Name: "Gateways", Runs: "device", InterfacesComplete: content.False})
		radio := partIface("gw-radio", "radio", "gw")
		radio.Carries = content.DataKinds{"configuration"}
		w.p.Interfaces = append(w.p.Interfaces, radio)
	}, noBy("interfaces", "lists no wireless interface that carries PHI or PII")})
	return cases
}
