package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestWarnsOfSAHD8NoBesideNoListeningPort: SAHD-8 (ports and protocols
// the intended use does not need are disabled) answered No beside data
// that say the device listens on no port as shipped and leaves no network
// interface on that no port uses warns (anaesthesia, review 89: one
// outbound HL7 port, the Wi-Fi module off as shipped); a note on SAHD-8,
// a Yes, a port that listens as shipped or whose direction or state is
// not stated, an optional feature's port on as shipped, a network
// interface on that no port uses, ports not written and a part on the
// customer's computer do not.
func TestWarnsOfSAHD8NoBesideNoListeningPort(t *testing.T) {
	const want = `answer No (communication ports and protocols the intended use does not need are not disabled), but ports (content/p.toml:1) lists no port the device listens on`
	for _, tc := range []struct {
		name  string
		setup func(*world)
		want  string // "" for no warning
	}{
		{"outbound port only, Wi-Fi off", nil, want + `: each connects out; the interface "Wi-Fi module" (wifi) is off as shipped; each network interface on as shipped carries a port the product uses: correct the answer, or say in a note which port or protocol the intended use does not need is left enabled ({ answer = "no", note = n })`},
		{"a listening port off as shipped", func(w *world) {
			w.p.Ports = append(w.p.Ports, content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "lan", DefaultEnabled: content.False})
		}, want + ` as shipped: each connects out, or is off as shipped`},
		{"SAHD-8 No with a note", func(w *world) {
			w.p.MDS2.Answers["SAHD-8"] = content.MDS2Answer{Answer: "no", Note: 1}
			w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "The USB service port stays enabled."}}
		}, ""},
		{"SAHD-8 Yes", func(w *world) { w.p.MDS2.Answers["SAHD-8"] = content.MDS2Answer{Answer: "yes"} }, ""},
		{"a port listening as shipped", func(w *world) {
			w.p.Ports = append(w.p.Ports, content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "lan", DefaultEnabled: content.True})
		}, ""},
		{"a listening port of unstated state", func(w *world) {
			w.p.Ports = append(w.p.Ports, content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "lan"})
		}, ""},
		{"a port's direction not stated", func(w *world) { w.p.Ports[0].Direction = "" }, ""},
		{"an optional feature's port on as shipped", func(w *world) { w.p.Ports[0].NeededFor = "case export" }, ""},
		{"Wi-Fi on as shipped, no port on it", func(w *world) { w.p.Interfaces[1].DefaultEnabled = content.True }, ""},
		{"ports not written", func(w *world) { w.p.Ports = nil }, ""},
		{"a part on the customer's computer", func(w *world) {
			w.p.Parts = append(w.p.Parts, content.Part{ID: "viewer", Name: "Viewer", Runs: "customer_device"})
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.p.Parts = []content.Part{{ID: "cu", Name: "Control unit", Runs: "device"}}
			lan := partIface("lan", "ethernet", "cu")
			lan.Name, lan.DefaultEnabled = "Ethernet port", content.True
			wifi := partIface("wifi", "wifi", "cu")
			wifi.Name, wifi.DefaultEnabled = "Wi-Fi module", content.False
			w.p.Interfaces = []content.Interface{lan, wifi}
			w.p.Ports = []content.Port{{Number: 2575, Transport: "tcp", Service: "HL7 v2 over MLLP", Direction: "out", Interface: "lan", DefaultEnabled: content.True}}
			w.p.MDS2.Answers = map[string]content.MDS2Answer{"SAHD-8": {Answer: "no"}}
			if tc.setup != nil {
				tc.setup(w)
			}
			_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			var got []string
			for _, d := range diags {
				if strings.HasPrefix(d.Path, "mds2.answers.SAHD-8") && strings.Contains(d.Message, "communication ports and protocols the intended use does not need") {
					got = append(got, d.Message)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("warned: %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("got %q; want one warning containing %q", got, tc.want)
			}
		})
	}
}
