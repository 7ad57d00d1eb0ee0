package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestWarnsOfSAHD12NoBesideOpenUSB: SAHD-12 (unauthorized software or
// hardware installed without physical tools) answered No beside a USB
// interface of the device enabled as shipped and CONN-1.2.3 (removable
// memory) Yes warns and names the interface (review 84, legacy finding
// 6: the Vigil station's USB ports take a USB drive); a note on SAHD-12,
// an internal USB link, a USB port off as shipped or of unstated state, one of a host another
// part runs on, CONN-1.2.3 No and SAHD-12 Yes do not.
func TestWarnsOfSAHD12NoBesideOpenUSB(t *testing.T) {
	const want = `answer No (no unauthorized software or hardware can be installed without physical tools), but interfaces[0] lists "USB ports" (usb), a USB interface enabled as shipped, and the form answers CONN-1.2.3 (removable memory accepted) Yes`
	for _, tc := range []struct {
		name  string
		setup func(*world)
		warns bool
	}{
		{"USB enabled as shipped, SAHD-12 No", nil, true},
		{"no parts written", func(w *world) {
			w.p.Parts = nil
			w.p.Interfaces[0].Part = ""
		}, true},
		{"SAHD-12 No with a note", func(w *world) {
			w.p.MDS2.Answers["SAHD-12"] = content.MDS2Answer{Answer: "no", Note: 1}
			w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "A group policy blocks USB storage and unknown USB devices."}}
		}, false},
		{"SAHD-12 Yes", func(w *world) { w.p.MDS2.Answers["SAHD-12"] = content.MDS2Answer{Answer: "yes"} }, false},
		{"internal USB link between the product's parts", func(w *world) { w.p.Interfaces[0].Internal = true }, false},
		{"USB off as shipped", func(w *world) { w.p.Interfaces[0].DefaultEnabled = content.False }, false},
		{"USB state not stated", func(w *world) { w.p.Interfaces[0].DefaultEnabled = content.Unstated }, false},
		{"CONN-1.2.3 No", func(w *world) { w.p.MDS2.Answers["CONN-1.2.3"] = content.MDS2Answer{Answer: "no"} }, false},
		{"USB port of the customer's workstation", func(w *world) { w.p.Parts[0].Runs = "customer_device" }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.p.Parts = []content.Part{{ID: "station", Name: "Central station", Runs: "device"}}
			usb := partIface("usb", "usb", "station")
			usb.Name = "USB ports"
			usb.DefaultEnabled = content.True
			usb.Carries = dataKinds([]string{"configuration"})
			w.p.Interfaces = []content.Interface{usb}
			w.p.MDS2.Answers = map[string]content.MDS2Answer{"SAHD-12": {Answer: "no"}, "CONN-1.2.3": {Answer: "yes"}}
			if tc.setup != nil {
				tc.setup(w)
			}
			_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			found := false
			for _, d := range diags {
				if strings.Contains(d.Message, want) {
					found = true
				}
			}
			if found != tc.warns {
				t.Errorf("warned = %v, want %v; diagnostics:\n%v", found, tc.warns, diags)
			}
		})
	}
}
