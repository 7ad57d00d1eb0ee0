package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestInternalNetworkPII: an internal Ethernet link that may join several
// of the product's parts (a surgical system's own isolated network joining
// console, cart, tower and gateway) is a private network, not the form's
// dedicated cable to one other part: MPII-3.4 is left to the manufacturer,
// neither Yes nor No (it was Yes, "a cable to another of the product's own
// parts", while TXCF-1 in the same form called Ethernet no dedicated
// point-to-point cable). A link with one part at its other end is still a
// Yes (TestInternalCablePII).
func TestInternalNetworkPII(t *testing.T) {
	robot := func(w *world) {
		w.p.Parts = []content.Part{{ID: "gw", Name: "Gateway", Runs: "device", InterfacesComplete: content.True},
			{ID: "console", Name: "Console", Runs: "device", InterfacesComplete: content.True},
			{ID: "cart", Name: "Cart", Runs: "device", InterfacesComplete: content.True},
			{ID: "tower", Name: "Tower", Runs: "device", InterfacesComplete: content.True}}
		link := func(id, part string) content.Interface {
			it := iface(id, "ethernet", "phi")
			it.Part, it.Internal = part, true
			return it
		}
		hosp := iface("gw-hosp", "ethernet", "phi")
		hosp.Part = "gw"
		w.p.Interfaces = []content.Interface{hosp, link("gw-internal", "gw"), link("console-eth", "console"),
			link("cart-eth", "cart"), link("tower-eth", "tower")}
	}
	checkCableRuleCases(t, []ruleCase{
		{"MPII-3.4", "an internal Ethernet network joining four parts", robot, decidesNothing},
		{"MPII-3.4", "two IP cameras on the workstation's internal Ethernet", func(w *world) {
			eegParts(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "cam2", Name: "Second camera", Runs: "device", InterfacesComplete: content.True})
			cam2 := iface("cam2-eth", "ethernet", "phi")
			cam2.Part, cam2.Internal = "cam2", true
			w.p.Interfaces = append(w.p.Interfaces, cam2)
		}, decidesNothing},
		{"MPII-3.4", "a network part's link beside a single cable of another kind", func(w *world) {
			robot(w)
			for i := range w.p.Interfaces {
				if w.p.Interfaces[i].Internal && w.p.Interfaces[i].ID != "gw-internal" && w.p.Interfaces[i].ID != "cart-eth" {
					w.p.Interfaces[i].Kind = "wifi"
					w.p.Interfaces[i].Internal = false
					w.p.Interfaces[i].Carries = dataKinds([]string{"configuration"})
				}
			}
		}, yesBy("interfaces[1].carries", "lists PHI or PII (interface gw-internal of Gateway: an Ethernet link marked internal, a cable to Cart, another of the product's own parts, joined to no network of the customer's)")},
	})
}
