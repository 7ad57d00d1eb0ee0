package csaf

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNeededIntroKeepsTheCustomersOwnTraffic: the twin's "block every
// other port and every endpoint not listed" makes the notice's
// exceptions: a host the customer runs for a part keeps its own upkeep's
// traffic (backup, monitoring, sign-in, updates), the customer's own
// computers a part runs on keep their other traffic, and another maker's
// device keeps its own; a product on its own hardware alone gets none.
// After a list of ports to block, the sentence says those are not among
// the ports the product needs (never "Apart from those", which read as
// if the blocked ports were needed too).
func TestNeededIntroKeepsTheCustomersOwnTraffic(t *testing.T) {
	device := content.Part{ID: "pump", Name: "Infusion pump", Runs: "device"}
	server := content.Part{ID: "srv", Name: "Gateway server", Runs: "customer_hosted"}
	pcs := content.Part{ID: "viewer", Name: "Image viewer", Runs: "customer_device", HostKinds: []string{"computer"}}
	plugin := content.Part{ID: "plug", Name: "Measurement plug-in", Runs: "customer_device", HostMaker: "Sonix"}
	port := func(part string) content.Port {
		return content.Port{DefaultEnabled: content.True, Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Part: part, Endpoints: []string{"10.0.0.5"}}
	}
	const hostUpkeep = "The customer's own traffic to and from the host that runs the Gateway server (backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules"
	for _, tc := range []struct {
		name    string
		parts   []content.Part
		ports   []string // the parts of the needed ports
		blocked bool
		want    []string
		never   []string
	}{
		{"device alone", []content.Part{device}, []string{"pump"}, false,
			[]string{"The product needs only these ports on the customer's network; block every other port of the product and every endpoint not listed:"},
			[]string{"customer's own traffic", "except"}},
		{"device, ports blocked", []content.Part{device}, []string{"pump"}, true,
			[]string{"The product needs only these ports on the customer's network (not the ports to block above); block every other port"},
			[]string{"Apart from those"}},
		{"customer-hosted server", []content.Part{device, server}, []string{"pump", "srv"}, true,
			[]string{hostUpkeep, "Apart from that traffic, the product needs only these ports on the customer's network (not the ports to block above); block every other port of the product and every endpoint not listed:"},
			[]string{"Apart from those", "except"}},
		{"server's port not needed", []content.Part{device, server}, []string{"pump"}, false,
			nil, []string{"customer's own traffic", "Apart from"}},
		{"customer's own computers", []content.Part{device, pcs}, []string{"pump", "viewer"}, false,
			[]string{"endpoint not listed, except the other traffic of the customer's own computers that the Image viewer runs on: such a device runs more than the product"},
			[]string{"customer's own traffic to and from"}},
		{"another maker's device", []content.Part{device, plugin}, []string{"plug"}, false,
			[]string{"endpoint not listed, except the device's own traffic, such as the updates and service that Sonix gives the device that the Measurement plug-in runs on, which Sonix's documentation for it describes:"},
			nil},
		{"both", []content.Part{server, pcs}, []string{"srv", "viewer"}, false,
			[]string{hostUpkeep, "Apart from that traffic, the product", "except the other traffic of the customer's own computers that the Image viewer runs on"},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := &content.Product{Parts: tc.parts}
			var needed []content.Port
			for _, id := range tc.ports {
				needed = append(needed, port(id))
			}
			got := neededIntro(q, needed, tc.blocked)
			if len(tc.want) > 0 {
				kindtest.SaysAll(t, "needed-ports intro", got, tc.want...)
			}
			if len(tc.never) > 0 {
				kindtest.SaysNone(t, "needed-ports intro", got, tc.never...)
			}
			if !strings.HasSuffix(got, ":") {
				t.Errorf("%q does not end in the colon before its list", got)
			}
		})
	}
}

// TestNoticeTwinKeepsTheConnectHostsTraffic: the example's end-of-support
// notice needs ports of the Halcyon Connect server, which the customer
// hosts; its twin's customer actions keep that host's own traffic, as the
// notice does, and do not call the ports to block needed.
func TestNoticeTwinKeepsTheConnectHostsTraffic(t *testing.T) {
	env, p, n := exampleNotice(t)
	facts := p.At(n.Versions[len(n.Versions)-1]).Product
	ports := facts.SortedPorts()
	i := slices.IndexFunc(ports, func(pt content.Port) bool { return p.PartOfPort(pt).Runs.IsCustomerHosted() })
	j := slices.IndexFunc(ports, func(pt content.Port) bool { return p.PartOfPort(pt).Runs.IsDevice() && !facts.InternalPort(pt) })
	if i < 0 || j < 0 {
		t.Fatal("the example's notice has no port of a customer-hosted part, or none of the device")
	}
	n.Actions = content.CustomerActions{BlockPorts: []int{ports[j].Number}}
	acts, ok := noteTitled(noticeAdvisory(env, p, n).Doc.Document.Notes, "What the customer is asked to do")
	if !ok {
		t.Fatal("no note of the customer actions")
	}
	host := p.PartOfPort(ports[i]).TheName()
	kindtest.SaysAll(t, "customer actions", acts.Text,
		"The customer's own traffic to and from the host that runs "+host+"",
		"Apart from that traffic, the product needs only these ports on the customer's network (not the ports to block above)")
	kindtest.SaysNone(t, "customer actions", acts.Text, "Apart from those")
}

// TestNeededIntroBlocksNoEndpointItDoesNotList: "every endpoint not
// listed" is said only when every needed port lists its approved
// endpoints; over ports whose endpoints are not stated it would block
// the very systems (a PACS, a worklist provider) the ports are for, so
// the customer is asked to allow only the systems it knows the product
// uses.
func TestNeededIntroBlocksNoEndpointItDoesNotList(t *testing.T) {
	q := &content.Product{Parts: []content.Part{{ID: "cart", Name: "Ultrasound cart", Runs: "device"}}}
	pacs := content.Port{DefaultEnabled: content.True, Number: 104, Transport: "tcp", Service: "DICOM", Direction: "out", Part: "cart"}
	vpn := content.Port{DefaultEnabled: content.True, Number: 443, Transport: "tcp", Service: "VPN", Direction: "out", Part: "cart"}
	listed := vpn
	listed.Endpoints = []string{"vpn.example.com"}
	for _, tc := range []struct {
		name   string
		needed []content.Port
		want   string
		never  []string
	}{
		{"none listed", []content.Port{pacs, vpn},
			"The product needs only these ports on the customer's network; block every other port of the product; as the approved endpoints of these ports are not stated, allow on them only the systems the customer knows the product uses:",
			[]string{"endpoint not listed"}},
		{"some listed", []content.Port{pacs, listed},
			"The product needs only these ports on the customer's network; block every other port of the product and, on a port whose approved endpoints are listed, every endpoint not listed; as the approved endpoints of the other ports are not stated, allow on them only the systems the customer knows the product uses:",
			nil},
		{"all listed", []content.Port{listed},
			"The product needs only these ports on the customer's network; block every other port of the product and every endpoint not listed:",
			[]string{"not stated"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := neededIntro(q, tc.needed, false)
			kindtest.SaysAll(t, "needed-ports intro", got, tc.want)
			if len(tc.never) > 0 {
				kindtest.SaysNone(t, "needed-ports intro", got, tc.never...)
			}
		})
	}
}
