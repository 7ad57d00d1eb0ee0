package notices

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticePortsOnADisabledInterface: a notice that tells the customer
// to disable an interface does not list the ports on it among those the
// device needs kept open; it says they close with the interface. Ports of
// the same number on an interface that stays on stay needed. An interface
// kept on leaves its ports needed and the notice as it was. With every
// network interface of the pump disabled and no other part's port left,
// no port stays open and none is said to be needed.
func TestNoticePortsOnADisabledInterface(t *testing.T) {
	const closedSentence = "The ports on an interface this notice says to disable (9.1) close with it, so the device does not need them: "
	onWifi := func(pt content.Port) bool { return pt.Interface == "wifi" }
	onEthernet := func(pt content.Port) bool { return pt.Interface == "ethernet" }
	for _, tc := range []struct {
		name     string
		disable  []string
		pumpOnly bool // keep only the pump's ports (drop the Connect server's)
		says     []string
		never    []string
		wifi     bool // Wi-Fi ports among those needed
		ethernet bool // Ethernet ports among those needed
	}{
		{"wifi kept on", []string{"usb-c"}, false, []string{"product needs only these ports"}, []string{"close with it"}, true, true},
		{"wifi disabled", []string{"usb-c", "wifi"}, false,
			[]string{closedSentence + "53/UDP, 67/UDP, 123/UDP and 443/TCP on the Wi-Fi (802.11a/b/g/n/ac, 2.4 and 5 GHz).\n\n", "product needs only these ports"},
			[]string{"| Outbound | Wi-Fi |"}, false, true},
		{"every network interface disabled", []string{"wifi", "ethernet"}, true,
			[]string{closedSentence + "53/UDP, 67/UDP, 123/UDP and 443/TCP on the Wi-Fi (802.11a/b/g/n/ac, 2.4 and 5 GHz); 53/UDP, 67/UDP, 123/UDP and 443/TCP on the Ethernet through the docking station",
				"No other port of the product is on the customer's network, so none there needs to stay open for it."},
			[]string{"needs only these ports", "needs no network port", "| Outbound | Wi-Fi |", "No port of the product"}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := kindtest.Load(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
			p, _ := kindtest.Product(t, c, kindtest.Example)
			if tc.pumpOnly {
				onServer := func(pt content.Port) bool { return pt.Interface == "connect-nic" }
				p.Ports = slices.DeleteFunc(slices.Clone(p.Ports), onServer)
				for _, q := range p.ByVersion {
					q.Ports = slices.DeleteFunc(slices.Clone(q.Ports), onServer)
				}
			}
			for i := range p.Notices {
				if p.Notices[i].ID == "eos-3.8.2" {
					p.Notices[i].Actions.DisableInterfaces = tc.disable
				}
			}
			env := kindtest.Env(c, exampleAsOf)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			i := slices.IndexFunc(prep.Documents, func(d kind.Document) bool { return d.Path == "notices/eos-3.8.2" })
			if i < 0 {
				t.Fatal("no notice eos-3.8.2")
			}
			doc := prep.Documents[i]
			v := doc.Data.(*NoticeView)
			if got := slices.ContainsFunc(v.Needed, onWifi); got != tc.wifi {
				t.Errorf("Wi-Fi ports among those needed: %v, want %v", got, tc.wifi)
			}
			if got := slices.ContainsFunc(v.Needed, onEthernet); got != tc.ethernet {
				t.Errorf("Ethernet ports among those needed: %v, want %v", got, tc.ethernet)
			}
			section := portsSection(t, kindtest.Render(t, env, p, doc))
			kindtest.SaysAll(t, doc.Path, section, tc.says...)
			kindtest.SaysNone(t, doc.Path, section, tc.never...)
		})
	}
}
