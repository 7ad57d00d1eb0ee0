package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The sentence the CSD's ports legend and the notices say under a table
// of the example's pump and Halcyon Connect server (on a server the
// hospital hosts) ports.
const exampleMixedPorts = `For the ports of the Halcyon LVP-7 pump, "Enabled" is their state as shipped. For the ports of the Halcyon Connect server, on a server the customer hosts, "Enabled" is their state once the part is installed there.`

// TestNoticePortsMixedStates: the example's notices listed the ports the
// product needs, the pump's beside those of the Halcyon Connect server
// the hospital hosts, under "Enabled as shipped", and said a port marked
// "No" there "is not used as shipped", while the CSD's ports table heads
// the same rows "Enabled" and says the server's state is the one once it
// is installed. The notices now do as the CSD: "Enabled", the sentence
// per part, and the off ports are off until their feature is turned on.
// A list of the pump's ports only (the port to block) and a product all
// on its device (the capsule's workstation) keep "Enabled as shipped".
func TestNoticePortsMixedStates(t *testing.T) {
	site := buildExampleSite(t, nil)
	for _, rel := range []string{"halcyon-lvp7/notices/eos-3.8.2.md", "halcyon-lvp7/notices/eol-4.1.0.md"} {
		ports := section(t, site[rel], "### 9.2", "### 9.3")
		block, needed, ok := strings.Cut(ports, "Apart from that traffic")
		if !ok {
			t.Fatalf("%s: no list of the ports the product needs:\n%s", rel, ports)
		}
		kindtest.SaysAll(t, rel+" 9.2 (to block)", block, "| Approved endpoints | Enabled as shipped | Purpose |")
		kindtest.SaysAll(t, rel+" 9.2 (needed)", needed,
			"| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled | Purpose |",
			exampleMixedPorts,
			`A port marked "No" under "Enabled" is off until its feature is turned on: the product needs it only then, and while that feature stays off the port can be blocked too.`)
		kindtest.SaysNone(t, rel+" 9.2 (needed)", needed, "Enabled as shipped", "is not used as shipped")
	}
	kindtest.SaysAll(t, "halcyon-lvp7/csd.md 3.2", section(t, site["halcyon-lvp7/csd.md"], "### 3.2", "### 3.3"), exampleMixedPorts)

	capsule := section(t, buildFixture(t, "capsule")("lumacap/notices/eos-1.6.md"), "### 9.2", "### 9.3")
	kindtest.SaysAll(t, "capsule eos-1.6.md 9.2", capsule, "| Approved endpoints | Enabled as shipped | Purpose |")
	kindtest.SaysNone(t, "capsule eos-1.6.md 9.2", capsule, "| Enabled |", "For the ports of")
}

// TestFirewallNeededAsInstalled: the CSD's firewall rule letting the
// pharmacy's workstations reach the Halcyon Connect server's console, a
// server the hospital hosts, was "Needed: As shipped", though the ports
// table above gives that server's state once installed. It is now "As
// installed"; the pump's own rules stay "As shipped", and so do those of
// the AlertBridge server, whose product has no device: what it ships is
// that software, and its ports table says "As shipped" too.
func TestFirewallNeededAsInstalled(t *testing.T) {
	rules := section(t, buildExampleSite(t, nil)["halcyon-lvp7/csd.md"], "### 3.3", "## 4.")
	kindtest.SaysAll(t, "halcyon-lvp7/csd.md 3.3", rules,
		"| Pharmacy and biomedical engineering workstations | Halcyon Connect server | 8443/TCP | HTTPS (Connect web console) (Halcyon Connect server network adapter) | As installed |",
		"| Halcyon LVP-7 pump | Halcyon Connect server (hospital-hosted) | 443/TCP | HTTPS (mutual TLS) (Wi-Fi, Ethernet) | As shipped |")
	kindtest.SaysNone(t, "halcyon-lvp7/csd.md 3.3", rules, "(Halcyon Connect server network adapter) | As shipped |")

	alarm := buildFixture(t, "alarmrelay")("alertbridge/csd.md")
	kindtest.SaysAll(t, "alarmrelay csd.md 3.2", section(t, alarm, "### 3.2", "### 3.3"), "| Direction | As shipped |")
	rules = section(t, alarm, "### 3.3", "## 4.")
	kindtest.SaysAll(t, "alarmrelay csd.md 3.3", rules, "| AlertBridge server | Hospital domain controllers | 636/TCP | LDAPS (Active Directory) (Network adapter of the AlertBridge virtual machine) | As shipped |")
	kindtest.SaysNone(t, "alarmrelay csd.md 3.3", rules, "As installed")
}

// TestNoticeDisableInterfacesMixedStates: told to disable the Halcyon
// Connect server's network adapter beside the pump's USB-C port, the
// example's 3.8.2 notice headed both "Enabled as shipped", with no part
// named, though nothing of the server is shipped. The table now names
// each row's part, heads the state "Enabled" and says when it holds for
// each, as the CSD's interfaces table does. The pump's port alone keeps
// "Enabled as shipped" and no part column.
func TestNoticeDisableInterfacesMixedStates(t *testing.T) {
	site := buildExampleSite(t, kindtest.Replace("(compensating control 2).\ndisable_interfaces = [\"usb-c\"]", "(compensating control 2).\ndisable_interfaces = [\"usb-c\", \"connect-nic\"]"))
	disable := section(t, site["halcyon-lvp7/notices/eos-3.8.2.md"], "### 9.1", "### 9.2")
	kindtest.SaysAll(t, "eos-3.8.2.md 9.1", disable,
		"| Interface | Part | Kind | Purpose | Enabled | Data carried |",
		"| USB-C service port | Halcyon LVP-7 pump (on the device) |",
		"| Halcyon Connect server network adapter | Halcyon Connect server (hosted by the customer) |",
		`For the interfaces of the Halcyon LVP-7 pump, "Enabled" is their state as shipped. For the interfaces of the Halcyon Connect server, on a server the customer hosts, "Enabled" is their state once the part is installed there: what the part runs on is not shipped with the product.`)
	kindtest.SaysNone(t, "eos-3.8.2.md 9.1", disable, "Enabled as shipped")

	disable = section(t, buildExampleSite(t, nil)["halcyon-lvp7/notices/eos-3.8.2.md"], "### 9.1", "### 9.2")
	kindtest.SaysAll(t, "eos-3.8.2.md 9.1 (as shipped)", disable, "| Interface | Kind | Purpose | Enabled as shipped | Data carried |")
	kindtest.SaysNone(t, "eos-3.8.2.md 9.1 (as shipped)", disable, "| Part |", "For the interfaces of")
}

// TestNoticeCloudTenancyUpkeep: BleedAlert moved to the hospital's own
// cloud tenancy (hosting = "cloud_tenancy"): its notice and the notice's
// CSAF twin said the customer's own traffic "to and from the host that
// the BleedAlert services runs on" is for its own rules, though no host
// there is the customer's, only the tenancy (as the CSD's responsibility
// table says). They now speak of the tenancy.
func TestNoticeCloudTenancyUpkeep(t *testing.T) {
	const tenancy = "The customer's own traffic to and from the cloud tenancy that holds the BleedAlert services (backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if that tenancy runs nothing but the product: the ports "
	notice, csaf := k8saiNotice(t, "cloud_tenancy")
	kindtest.SaysAll(t, "k8sai (tenancy) eos-2.3.md", notice, tenancy+"below are only the product's own connections. Apart from that traffic, the product uses")
	kindtest.SaysAll(t, "k8sai (tenancy) vn-ba-eos-23.json", csaf, tenancy+"listed next are only the product's own connections. Apart from that traffic, the product uses")
	for doc, text := range map[string]string{"eos-2.3.md": notice, "vn-ba-eos-23.json": csaf} {
		kindtest.SaysNoneBecause(t, "k8sai (tenancy) "+doc, text, "the services run in the hospital's cloud tenancy", "the host that", "that host runs", "container platform")
	}
}
