package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSerialOnlyReachesNetworkThroughTerminalServer: serialonly's analyzer
// has no port and no network interface, but its serial cable goes to the
// hospital's serial-to-Ethernet terminal server (customer infrastructure),
// which puts its results on the hospital network, and its barcode scanner
// is of kind other (a kind the product does not say). The CSD and the plan
// never say it joins no network: the CSD gives no rule for the device and
// sends the hospital to the terminal server; the plan cites the hand RMOT-1
// answer and names the terminal server as what a notice isolates. (The
// fixture's own use_environment says "joins no network itself", so only the
// generated sentences are looked for.)
func TestSerialOnlyReachesNetworkThroughTerminalServer(t *testing.T) {
	read := buildFixture(t, "serialonly")
	csd, plan := read("gx7/csd.md"), read("gx7/security-plan.md")
	never := []string{
		"(it joins no network)",
		"The device joins no network",
		"No: the device joins no network",
		"there is no traffic for a firewall to allow or block",
		"it forwards no events to a SIEM",
	}
	kindtest.SaysNone(t, "gx7/csd.md", csd, never...)
	kindtest.SaysAll(t, "gx7/csd.md", csd,
		"the interfaces it has (it uses no network port; its data reach the hospital network through the Hospital serial-to-Ethernet terminal server)",
		"No firewall rule is given for the device: it uses no network port, and the product data do not say whether its interface of kind other (Built-in barcode scanner) joins a network. Its data reach the hospital network through the Hospital serial-to-Ethernet terminal server, which is the hospital's own.",
		"| Ports listening on the hospital network as shipped | None on the GX-7 analyzer; those of the Hospital serial-to-Ethernet terminal server are the hospital's own and not stated here |",
		"| Connections opened from the hospital network as shipped | None on the GX-7 analyzer; those of the Hospital serial-to-Ethernet terminal server are the hospital's own and not stated here |",
		"| Needs the internet or a cloud service | No: the device uses no network port; its data reach the hospital network through the Hospital serial-to-Ethernet terminal server |",
		"| Security logging to a SIEM | See the MDS2 form |",
		"Whether the device forwards events to a SIEM or log collector is not stated.",
	)
	kindtest.SaysNone(t, "gx7/security-plan.md", plan, "so no remote-service session can reach it", "nothing to isolate on one")
	kindtest.SaysAll(t, "gx7/security-plan.md", plan,
		"The MDS2 form answers that the Aldermoor GasLine GX-7 Blood Gas Analyzer allows no remote service connection (RMOT-1).",
		"the interfaces to disable, if any (the device uses no network port of its own), how to isolate the Hospital serial-to-Ethernet terminal server, the hospital's own, through which the device's data reach the hospital's network, backup",
	)
}

// TestSerialOnlyWithoutOtherKindHasNoNetworkInterface: with the scanner of
// a stated kind (USB), the analyzer has no network interface at all, and
// the CSD says so, still sending the hospital to its terminal server.
func TestSerialOnlyWithoutOtherKindHasNoNetworkInterface(t *testing.T) {
	files, _ := buildFixtureEdited(t, "serialonly", "gx7.toml", func(s string) string {
		s = strings.Replace(s, "id = \"scanner\"\nkind = \"other\"", "id = \"scanner\"\nkind = \"usb\"", 1)
		// a USB interface that carries PII leaves MPII-3.3 to the hand
		return strings.Replace(s, "\"MPII-3.2\" = \"no\"\n", "\"MPII-3.2\" = \"no\"\n\"MPII-3.3\" = \"no\"\n", 1)
	})
	csd := files["gx7/csd.md"]
	kindtest.SaysNone(t, "gx7/csd.md", csd, "(it joins no network)", "The device joins no network", "No: the device joins no network")
	kindtest.SaysAll(t, "gx7/csd.md", csd,
		"the interfaces it has (it has no network interface of its own; its data reach the hospital network through the Hospital serial-to-Ethernet terminal server)",
		"No firewall rule is given for the device: it uses no network port and has no network interface. Its data reach the hospital network through the Hospital serial-to-Ethernet terminal server, which is the hospital's own.",
	)
}

// TestNoNetworkPlanCitesHandRMOT1: for a device that does join no network
// (serialonly without its terminal server, the scanner of kind USB), the
// plan's remote-service paragraph still gives the manufacturer's own hand
// RMOT-1 answer before anything it infers from the network facts.
func TestNoNetworkPlanCitesHandRMOT1(t *testing.T) {
	files, _ := buildFixtureEdited(t, "serialonly", "gx7.toml", func(s string) string {
		s = strings.Replace(s, "id = \"scanner\"\nkind = \"other\"", "id = \"scanner\"\nkind = \"usb\"", 1)
		s = strings.Replace(s, "\"MPII-3.2\" = \"no\"\n", "\"MPII-3.2\" = \"no\"\n\"MPII-3.3\" = \"no\"\n", 1)
		// the terminal server's [[parts]] entry, up to the blank line after it
		i := strings.Index(s, "[[parts]]\ninterfaces_complete = true\nid = \"termserver\"")
		if i < 0 {
			t.Fatal("gx7.toml's terminal server part moved")
		}
		j := strings.Index(s[i:], "\n\n")
		return s[:i] + s[i+j+2:]
	})
	plan := files["gx7/security-plan.md"]
	kindtest.SaysAll(t, "gx7/security-plan.md", plan,
		"The MDS2 form answers that the Aldermoor GasLine GX-7 Blood Gas Analyzer allows no remote service connection (RMOT-1).",
		"the interfaces to disable (the device joins no network, so there is no port to block and nothing to isolate on one)",
	)
	kindtest.SaysNone(t, "gx7/security-plan.md", plan, "so no remote-service session can reach it")
}

// TestNoticeIsolatesCustomerInfrastructure: standalone's USB-only scanner
// given a part that is the customer's own infrastructure (a terminal
// server its data reach the network through) no longer "joins no
// network": its end-of-support notice names that server as what to
// isolate instead of saying there is nothing to isolate. (The MDS2 form
// is left out: its network questions are then left to the hand.)
func TestNoticeIsolatesCustomerInfrastructure(t *testing.T) {
	files, _ := buildFixtureEdited(t, "standalone", "bladderscan.toml", func(s string) string {
		s = kindtest.Replace("[[parts]]\ninterfaces_complete = true\nid = \"scanner\"", "[[parts]]\nid = \"ts\"\nname = \"Clinic terminal server\"\nruns = \"customer_infrastructure\"\n\n[[parts]]\ninterfaces_complete = true\nid = \"scanner\"")(s)
		return strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices"]`, `build = ["security_plan", "csd", "lifecycle", "notices"]`, 1)
	})
	notice := files["bladderscan/notices/eos-2.0.md"]
	kindtest.SaysNone(t, "eos-2.0.md", notice, "joins no network", "nothing of it to isolate")
	kindtest.SaysAll(t, "eos-2.0.md", notice,
		"The device has no network interface and uses no network port.",
		"The device uses no network port, so no firewall rule isolates it; its data reach the customer's network through the Clinic terminal server, which is the customer's own.",
	)
}
