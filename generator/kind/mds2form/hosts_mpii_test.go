package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestHostsOfCloudTenancy (hostsOf): a part in the customer's own cloud
// tenancy runs on the cloud provider's machines, which the cloud
// provider controls; the customer's own infrastructure (its storage
// bucket, its directory) is not where the product runs and adds no
// host. The genomicscloud form said "the server or virtual machine it
// runs on, and that machine's owner controls them".
func TestHostsOfCloudTenancy(t *testing.T) {
	tenancy := content.Part{ID: "dep", Name: "Deployment", Runs: "customer_hosted", Hosting: "cloud_tenancy"}
	bucket := content.Part{ID: "bucket", Name: "Bucket", Runs: "customer_infrastructure"}
	for _, c := range []struct {
		name, id string
		parts    []content.Part
		want     string
	}{
		{"tenancy and the customer's bucket", "MPII-2.8", []content.Part{tenancy, bucket},
			"the storage media are those of the cloud provider's machine it runs on, and the cloud provider controls them"},
		{"tenancy and the customer's bucket", "SAHD-11", []content.Part{tenancy, bucket},
			"the start-up and boot media are those of the cloud provider's machine it runs on, and the cloud provider controls them"},
		{"tenancy and the customer's bucket", "SAHD-12", []content.Part{tenancy, bucket},
			"what may be installed in the cloud tenancy it runs in is decided by the customer, whose tenancy it is"},
		{"tenancy and a premises server", "SAHD-12", []content.Part{tenancy, {ID: "srv", Name: "Server", Runs: "customer_hosted"}},
			"what may be installed on the cloud provider's machine, server or virtual machine it runs on is decided by that machine's owner"},
		{"tenancy and the customer's bucket", "TXIG-2", []content.Part{tenancy, bucket},
			"its parts are software on the cloud provider's machine it runs on"},
		{"tenancy and a phone app", "SAHD-15", []content.Part{tenancy, bucket, {ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}}},
			"the BIOS or boot loader is that of the cloud provider's machine or phone it runs on, and that machine's owner controls it"},
		{"a premises server and the customer's bucket", "SAHD-11", []content.Part{{ID: "srv", Name: "Server", Runs: "customer_hosted"}, bucket},
			"the start-up and boot media are those of the server or virtual machine it runs on, and that machine's owner controls them"},
	} {
		w := newWorld()
		w.p.Parts = c.parts
		rule, _ := derivationFor(c.id)
		d, ok := rule.derive(w.facts())
		if !ok || d.Answer != mds2.NA || !strings.Contains(d.Says, c.want) {
			t.Errorf("%s: %s = %s, says %q (%v); want N/A saying %q", c.name, c.id, d.Answer, d.Says, ok, c.want)
		}
	}
	w := newWorld()
	w.p.Parts = []content.Part{tenancy, bucket}
	if hosts, who := w.facts().hostsOf(); hosts != "cloud provider's machine" || who != "the cloud provider" {
		t.Errorf("hostsOf = %q, %q; want the cloud provider's machine, controlled by the cloud provider", hosts, who)
	}
}

// TestMPIIHostLinks (unlessHostLinks): software on a host the customer
// supplies reaches the network over that host's connections, so MPII-3.5
// and MPII-3.6 are not No from the product's listing of the host's
// network interface. bloodbank: a client on the hospital's PCs whose
// listed Ethernet carries PHI, and a server VM whose adapter does:
// MPII-3.5's Yes cites the Ethernet, not the VM's virtual adapter, and
// MPII-3.6 is undecided, not N/A: the form counts the PC's connection
// for MPII-3.5 (round 89). mdmvitals: an app whose iPhone Wi-Fi carries
// PHI: MPII-3.6 Yes, and MPII-3.5 undecided likewise.
// Beside a part on the device, the form is about its hardware: the No
// stands.
func TestMPIIHostLinks(t *testing.T) {
	bloodbank := func(w *world) {
		w.p.Parts = []content.Part{
			{ID: "server", Name: "Server", Runs: "customer_hosted", Hosting: "premises"},
			{ID: "client", Name: "Client", Runs: "customer_device", HostKinds: []string{"computer"}},
			{ID: "db", Name: "Hospital SQL Server", Runs: "customer_infrastructure"},
		}
		nic, eth := partIface("server-net", "virtual_nic", "server"), partIface("pc-lan", "ethernet", "client")
		nic.Carries, eth.Carries = content.DataKinds{"phi", "pii"}, content.DataKinds{"phi", "pii"}
		w.p.Interfaces = []content.Interface{nic, eth}
	}
	mdmvitals := func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}}}
		wifi := partIface("wifi", "wifi", "app")
		wifi.Carries = content.DataKinds{"phi"}
		w.p.Interfaces = []content.Interface{wifi}
	}
	withDevice := func(w *world) { // each part's interface list whole, so that an unlisted Ethernet is none
		mdmvitals(w)
		w.p.Parts[0].InterfacesComplete = content.True
		w.p.Parts = append(w.p.Parts, content.Part{ID: "cuff", Name: "Cuff", Runs: "device", InterfacesComplete: content.True})
	}
	for _, c := range []struct {
		name, id string
		setup    func(*world)
		want     mds2.Answer
		path     string
		says     string
	}{
		// the PC's Ethernet counted for MPII-3.5: whether the ward PCs
		// also use Wi-Fi is not stated (hostLinkCounted)
		{"bloodbank", "MPII-3.6", bloodbank, mds2.Unanswered, "", ""},
		{"bloodbank", "MPII-3.5", bloodbank, mds2.Yes, "interfaces[1].carries", "lists PHI or PII (interface pc-lan)"},
		// the phone's Wi-Fi counted for MPII-3.6: the wired question is
		// the app maker's, not the host-link N/A
		{"mdmvitals", "MPII-3.5", mdmvitals, mds2.Unanswered, "", ""},
		{"mdmvitals", "MPII-3.6", mdmvitals, mds2.Yes, "interfaces[0].carries", "lists PHI or PII (interface wifi)"},
		{"an app beside the device", "MPII-3.5", withDevice, mds2.No, "interfaces", "lists no Ethernet interface that carries PHI or PII"},
	} {
		w := newWorld()
		c.setup(w)
		rule, _ := derivationFor(c.id)
		d, ok := rule.derive(w.facts())
		if d.Answer != c.want || ok != (c.want != mds2.Unanswered) || d.Path != c.path || !strings.Contains(d.Says, c.says) {
			t.Errorf("%s: %s = %s by %s %q (%v); want %s by %s %q", c.name, c.id, d.Answer, d.Path, d.Says, ok, c.want, c.path, c.says)
		}
		if d.Answer == mds2.NA && (!d.Yields || d.Denies != mds2.Unanswered) {
			t.Errorf("%s: %s N/A must yield to any explicit answer and deny none: %+v", c.name, c.id, d)
		}
	}
}
