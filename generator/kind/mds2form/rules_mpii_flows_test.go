package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// cartParts is a mobile X-ray cart (every part's interfaces listed): a
// console on the device with the
// hospital Wi-Fi (what it carries not written), a USB port, a private
// Wi-Fi link to its detector marked internal, and the console's disk
// holding PHI.
func cartParts(w *world) {
	w.p.Parts = []content.Part{{ID: "console", Name: "Cart console", Runs: "device", InterfacesComplete: content.True},
		{ID: "detector", Name: "Detector", Runs: "device", InterfacesComplete: content.True}}
	wifi := iface("hospital-wifi", "wifi")
	wifi.Part = "console"
	usb := iface("usb", "usb")
	usb.Part = "console"
	ap := iface("detector-ap", "wifi")
	ap.Part, ap.Internal = "console", true
	w.p.Interfaces = []content.Interface{wifi, usb, ap}
	disk := store("console-disk", "phi")
	disk.Part = "console"
	w.p.DataStores = []content.DataStore{disk}
	pacs := flow("images-to-pacs", "hospital-wifi", "phi")
	pacs.From, pacs.To = "console", "Hospital PACS"
	w.p.DataFlows = []content.DataFlow{pacs}
}

// stickFlows: the cart's PHI leaves only on a USB stick (a physical-zone
// endpoint), over the USB port; the Wi-Fi carries configuration only.
func stickFlows(w *world) {
	cartParts(w)
	w.p.Interfaces[0].Carries = dataKinds([]string{"configuration"})
	w.p.Interfaces = w.p.Interfaces[:2]
	w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Clinic's USB stick", Zone: "physical"}, {Name: "Service laptop", Zone: "physical"}}
	out := flow("DF-01", "usb", "phi")
	out.From, out.To = "console", "Clinic's USB stick"
	w.p.DataFlows = []content.DataFlow{out}
}

// hemoParts is a cath-lab recorder: an acquisition unit joined to its
// workstation by an interface of kind other marked internal, over which
// a data flow carries PHI; the workstation's Ethernet carries
// configuration only.
func hemoParts(name string, data ...string) func(*world) {
	return func(w *world) {
		w.p.Parts = []content.Part{{ID: "acq", Name: "Acquisition unit", Runs: "device", InterfacesComplete: content.True},
			{ID: "ws", Name: "Recording workstation", Runs: "device", InterfacesComplete: content.True}}
		link := iface("acq-cable", "other")
		link.Part, link.Internal, link.Name = "acq", true, name
		lan := iface("ws-net", "ethernet", "configuration")
		lan.Part = "ws"
		w.p.Interfaces = []content.Interface{link, lan}
		acq := flow("F-ACQ", "acq-cable", data...)
		acq.From, acq.To = "acq", "ws"
		w.p.DataFlows = []content.DataFlow{acq}
	}
}

func mpiiFlowRuleCases() []ruleCase {
	return []ruleCase{
		// MPII-2.2: a store of PHI on a part on the device is written to
		// the device's own storage.
		{"MPII-2.2", "a store of PHI on the device's console", cartParts,
			yesBy("data_stores[0].data", "lists PHI or PII (console-disk of the Cart console, which runs on the device's own hardware)")},
		{"MPII-2.2", "a store of configuration only on the device", func(w *world) {
			cartParts(w)
			w.p.DataStores[0].Data = dataKinds([]string{"configuration"})
		}, decidesNothing},
		{"MPII-2.2", "PHI kept only by the manufacturer's cloud part", func(w *world) {
			cartParts(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted", InterfacesComplete: content.True})
			w.p.DataStores[0].Part = "cloud"
		}, decidesNothing},
		{"MPII-2.2", "PHI kept on a USB stick the device writes", func(w *world) {
			cartParts(w)
			w.p.DataStores[0].Location = "On the USB stick in the front port"
		}, decidesNothing},

		// MPII-3 and MPII-3.6: a flow of PHI over the hospital Wi-Fi,
		// whose carries is not written, is PII leaving the device over
		// a wireless link, as MPII-2.6 derives Yes from it.
		{"MPII-3", "a flow of PHI over the hospital Wi-Fi", cartParts,
			yesBy("data_flows[0]", "(images-to-pacs) carries PHI or PII over the Wi-Fi interface hospital-wifi")},
		{"MPII-3.6", "a flow of PHI over the hospital Wi-Fi", cartParts,
			yesBy("data_flows[0]", "(images-to-pacs) carries PHI or PII over the Wi-Fi interface hospital-wifi")},
		{"MPII-3.6", "a flow of PHI over the internal detector Wi-Fi only", func(w *world) {
			cartParts(w)
			w.p.Interfaces[0].Carries = dataKinds([]string{"configuration"})
			w.p.Interfaces[1].Carries = dataKinds([]string{"software"})
			w.p.DataFlows[0].Interface, w.p.DataFlows[0].To = "detector-ap", "detector"
		}, decidesNothing},
		{"MPII-3.6", "the Wi-Fi flows carry configuration only", func(w *world) {
			cartParts(w)
			w.p.Interfaces[0].Carries = dataKinds([]string{"configuration"})
			w.p.Interfaces[2].Carries = dataKinds([]string{"measurements"})
			w.p.DataFlows[0].Data = dataKinds([]string{"configuration"})
		}, noBy("interfaces", "lists no wireless interface that carries PHI or PII")},
		{"MPII-3", "no interface or flow carries PHI or PII", func(w *world) {
			cartParts(w)
			w.p.Interfaces[0].Carries = dataKinds([]string{"configuration"})
			w.p.Interfaces[1].Carries = dataKinds([]string{"software"})
			w.p.Interfaces[2].Carries = dataKinds([]string{"measurements"})
			w.p.DataFlows[0].Data = dataKinds([]string{"configuration"})
		}, noBy("interfaces", "lists no interface that carries PHI or PII")},

		// MPII-3.3: PHI written over USB to a USB stick (physical zone).
		{"MPII-3", "PHI to a USB stick over the USB port", stickFlows,
			yesBy("data_flows[0]", "(DF-01) carries PHI or PII over the USB interface usb")},
		{"MPII-3.3", "PHI to a USB stick over the USB port", stickFlows,
			yesBy("data_flows[0]", "(DF-01) carries PHI or PII over the USB interface usb to Clinic's USB stick, removable media reached only by physical access")},
		{"MPII-3.3", "PHI over USB to a service laptop (a cable, not media)", func(w *world) {
			stickFlows(w)
			w.p.DataFlows[0].To = "Service laptop"
		}, decidesNothing},
		{"MPII-3.3", "software only from a USB stick, USB carries stated", func(w *world) {
			stickFlows(w)
			w.p.Interfaces[1].Carries = dataKinds([]string{"software"})
			w.p.DataFlows[0].Data = dataKinds([]string{"software"})
		}, noBy("interfaces", "lists no removable-media interface that carries PHI or PII")},
	}
}

// TestInternalOtherCablePII: cathlab's F-ACQ carries PHI from the
// acquisition unit to the workstation over an interface of kind other
// marked internal, named a dedicated cable. MPII-3.4 was No ("no USB or
// serial interface carries PHI or PII"); it is Yes (yielding) where the
// interface's name says cable, and decides nothing where it does not.
func TestInternalOtherCablePII(t *testing.T) {
	checkCableRuleCases(t, []ruleCase{
		{"MPII-3.4", "a dedicated cable of kind other carrying PHI", hemoParts("Dedicated cable to the recording workstation", "phi"),
			yesBy("data_flows[0]", "(F-ACQ) carries PHI or PII over interface acq-cable of the Acquisition unit, marked internal and named a cable (Dedicated cable to the recording workstation), to the Recording workstation, another of the product's own parts")},
		{"MPII-3.4", "an internal link of kind other carrying PHI, not named a cable", hemoParts("Detector link", "phi"), decidesNothing},
		{"MPII-3.4", "the internal link of kind other carries configuration", hemoParts("Dedicated cable to the recording workstation", "configuration"),
			noBy("interfaces", "lists no USB or serial interface that carries PHI or PII")},
	})
}

// TestOSComponentReasonParts: CSUP-2 and MLDP-1 Yes from an
// operating-system component said "in a product with a part on the
// device's own hardware (the Cart console and the Detector)", as if every
// part listed ran it; no component says which part runs it. With several
// parts on the device the reason lists them without saying which runs
// it; with one, it names that part as before.
func TestOSComponentReasonParts(t *testing.T) {
	withOS := func(w *world) {
		w.inv.List = []inventory.Component{{Component: sbom.Component{Name: "Windows 10 IoT Enterprise LTSC", Version: "2021", Type: "operating-system"}, Annotated: true}}
	}
	for _, c := range []struct {
		name       string
		parts      []content.Part
		want, deny string
	}{
		{"two parts on the device", []content.Part{{ID: "console", Name: "Cart console", Runs: "device"}, {ID: "detector", Name: "Detector", Runs: "device"}},
			"in a product that runs on hardware of its own (its parts there: the Cart console and Detector; the components list does not name the part that runs it)",
			"a part on the device's own hardware (the Cart console and the Detector)"},
		{"one part on the device", []content.Part{{ID: "station", Name: "Station", Runs: "device"}, {ID: "server", Name: "Server", Runs: "customer_hosted"}},
			"in a product with a part on the device's own hardware (Station)", "which of them"},
	} {
		for _, id := range []string{"CSUP-2", "MLDP-1"} {
			t.Run(id+"/"+c.name, func(t *testing.T) {
				w := newWorld()
				w.p.Parts = c.parts
				withOS(w)
				rule, _ := derivationFor(id)
				got, ok := rule.derive(w.facts())
				if !ok || got.Answer != mds2.Yes {
					t.Fatalf("got %v %s, want Yes", ok, got)
				}
				kindtest.SaysAll(t, "the basis", got.Says, c.want)
				if strings.Contains(got.Says, c.deny) {
					t.Errorf("the basis says %q:\n%s", c.deny, got.Says)
				}
			})
		}
	}
}
