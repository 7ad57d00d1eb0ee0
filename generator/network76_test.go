package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNetwork76ListeningNoneListed: the Lumora Mobile DR 2's ports are all
// outbound, but both its parts list only some of their interfaces
// (interfaces_complete = false: the console's service Ethernet port lists
// no port), so the key facts do not answer a bare None to the ports
// listening on the hospital network: none is listed, and why.
func TestNetwork76ListeningNoneListed(t *testing.T) {
	read := buildFixture(t, "mobilexray")
	csd := read("mobile-dr2/csd.md")
	kindtest.SaysAll(t, "csd.md key facts", csd,
		"| Ports listening on the hospital network as shipped | None listed; the interface lists of the Cart console and the Wireless flat-panel detector are stated not to be complete |")
	kindtest.SaysNone(t, "csd.md key facts", csd, "| Ports listening on the hospital network as shipped | None |")
}

// TestNetwork76InterfacesOffAsShipped: a TMS system whose every network
// interface is off as shipped and that uses no port joins no network as
// shipped: section 3.3 says so, as for a device with no network interface,
// rather than "block all traffic", and the introduction promises no
// firewall rules that isolate it. With the Ethernet port's state as
// shipped, or whether the lists name every interface, not stated (as the
// fixture has it), the data decide nothing.
func TestNetwork76InterfacesOffAsShipped(t *testing.T) {
	files, _ := buildFixtureEdited(t, "tmsairgap", "tms300.toml", func(s string) string {
		s = strings.Replace(s, "name = \"Ethernet port\"\n", "name = \"Ethernet port\"\ndefault_enabled = false\n", 1)
		return strings.ReplaceAll(s, "runs = \"device\"\n", "runs = \"device\"\ninterfaces_complete = true\n")
	})
	csd := files["tms300/csd.md"]
	rules := section(t, csd, "### 3.3 ", "## 4.")
	kindtest.SaysAll(t, "csd.md 3.3", rules,
		"The device joins no network as shipped: its network interfaces (Ethernet port, Wi-Fi and Bluetooth) are off as shipped and it uses no network port, so there is no traffic for a firewall to allow or block.")
	kindtest.SaysNone(t, "csd.md 3.3", rules, "block all traffic")
	kindtest.SaysAll(t, "csd.md", csd, "the interfaces it has (it joins no network as shipped: its network interfaces are off and it uses no network port)")
	kindtest.SaysNone(t, "csd.md", csd, "firewall rules that isolate it")

	unchanged := buildFixture(t, "tmsairgap")("tms300/csd.md")
	kindtest.SaysNone(t, "csd.md (Ethernet state not stated)", unchanged, "joins no network as shipped")
}

// TestNetwork76FlowToHostedPartWithoutPort: the Cerebra DBS programmer
// gets its app and Android updates from Cerebra's MDM service over the
// clinic's Wi-Fi (data flow DF-04), and no port carries that flow. The
// CSD's final deny and the end-of-support notice's "block every other
// port" would cut it off: both name it, and the key facts do not say that
// no port listens.
func TestNetwork76FlowToHostedPartWithoutPort(t *testing.T) {
	read := buildFixture(t, "dbsprogrammer")
	csd := read("cerebra-dbs/csd.md")
	rules := section(t, csd, "### 3.3 ", "## 4.")
	kindtest.SaysAll(t, "csd.md 3.3", rules, "The product data state no port for data flow DF-04, from the Cerebra mobile device management service to the Clinician programmer: check which connection it needs before applying rule")
	kindtest.SaysNone(t, "csd.md key facts", csd, "| Ports listening on the customer's network as shipped | None |")
	notice := read("cerebra-dbs/notices/eos-3.0.md")
	kindtest.SaysAll(t, "eos-3.0.md", notice, "The product data state no port for data flow DF-04, from the Cerebra mobile device management service to the Clinician programmer: check which connection it needs before blocking every other port, and allow it.")
}
