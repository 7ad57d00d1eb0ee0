package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMPIIHostLinkCounted (hostLinkCounted): a product with no part on
// the device whose MPII-3.5 or MPII-3.6 is Yes from an interface of a
// host the customer supplies (the hospital PC's Ethernet, a phone's
// Wi-Fi) counts that host's connection as a way PII moves, so the other
// question is not the host-link N/A ("the connections of the ... it
// runs on are that host's") and not No: Yes from a wireless (or wired)
// interface of such a host, else undecided. bloodbank (round 89):
// MPII-3.5 Yes beside MPII-3.6 N/A. A virtual adapter of software the
// customer hosts gives neither a Yes, so both N/As stand (onpremsamd);
// so do they where the PC's Ethernet carries no PHI; beside a part on
// the device, the form is about the device.
func TestMPIIHostLinkCounted(t *testing.T) {
	phi := content.DataKinds{"phi"}
	server := content.Part{ID: "server", Name: "Server", Runs: "customer_hosted", Hosting: "premises", InterfacesComplete: content.True}
	client := content.Part{ID: "client", Name: "Client", Runs: "customer_device", HostKinds: []string{"computer"}, InterfacesComplete: content.True}
	iface := func(id, kind, part string, carries content.DataKinds) content.Interface {
		it := partIface(id, kind, part)
		it.Carries = carries
		return it
	}
	for _, c := range []struct {
		name   string
		parts  []content.Part
		ifaces []content.Interface
		flows  []content.DataFlow
		want35 mds2.Answer
		want36 mds2.Answer
	}{
		{"PC Ethernet carries PHI", []content.Part{server, client},
			[]content.Interface{iface("vnic", "virtual_nic", "server", phi), iface("pc", "ethernet", "client", phi)}, nil,
			mds2.Yes, mds2.Unanswered},
		{"PC Ethernet and Wi-Fi carry PHI", []content.Part{server, client},
			[]content.Interface{iface("pc", "ethernet", "client", phi), iface("wlan", "wifi", "client", phi)}, nil,
			mds2.Yes, mds2.Yes},
		{"PHI flows over the PC's Ethernet", []content.Part{server, client},
			[]content.Interface{iface("vnic", "virtual_nic", "server", phi), iface("pc", "ethernet", "client", content.DataKinds{"config"})},
			[]content.DataFlow{{From: "client", To: "server", Data: phi, Interface: "pc"}},
			mds2.Yes, mds2.Unanswered},
		{"phone app's Wi-Fi carries PHI", []content.Part{{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}, InterfacesComplete: content.True}},
			[]content.Interface{iface("wlan", "wifi", "app", phi)}, nil,
			mds2.Unanswered, mds2.Yes},
		{"only a VM's adapter carries PHI", []content.Part{server},
			[]content.Interface{iface("vnic", "virtual_nic", "server", phi)}, nil,
			mds2.NA, mds2.NA},
		{"PC Ethernet carries no PHI", []content.Part{server, client},
			[]content.Interface{iface("vnic", "virtual_nic", "server", phi), iface("pc", "ethernet", "client", content.DataKinds{"config"})}, nil,
			mds2.NA, mds2.NA},
	} {
		w := newWorld()
		w.p.Parts, w.p.Interfaces, w.p.DataFlows = c.parts, c.ifaces, c.flows
		for id, want := range map[string]mds2.Answer{"MPII-3.5": c.want35, "MPII-3.6": c.want36} {
			rule, _ := derivationFor(id)
			d, ok := rule.derive(w.facts())
			if d.Answer != want || ok != (want != mds2.Unanswered) {
				t.Errorf("%s: %s = %s (%v) %q; want %s", c.name, id, d.Answer, ok, d.Says, want)
			}
		}
	}
}
