package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The cellularhome fixture: a home oxygen concentrator whose only network
// is its own cellular modem, and a portal the manufacturer hosts; no
// [[ports]] written, no end_of_life.risk_transfer.
const (
	cellularhomeFile = "oxynest.toml"
	cellularhomeCSD  = "oxynest/csd.md"
)

// cellularhomeEdit replaces old with new in the fixture's product file,
// failing the test when the fixture no longer holds old.
func cellularhomeEdit(t *testing.T, old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			t.Fatalf("the cellularhome fixture no longer holds %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

// cellularhomeAfterLTE adds TOML after the concentrator's cellular
// interface.
func cellularhomeAfterLTE(t *testing.T, extra string) func(string) string {
	const lte = "carries = [\"therapy\", \"alarms\"]\n"
	return cellularhomeEdit(t, lte, lte+extra)
}

const (
	cellularhomeOffNetwork = "No firewall rule is given. No part of the product is on the customer's network: the OxyNest concentrator connects to a network only over cellular, through the mobile operator's network rather than the customer's; OxyNest Link is hosted by the manufacturer. The network ports on which OxyNest Link is reached are not stated, so no rule is given for the customer's computers that reach it."
	cellularhomeListenNone = "| Ports listening on the customer's network as shipped | None | The cellular connections of the OxyNest concentrator go over the mobile operator's network, not the customer's network: no firewall rule is given for them. OxyNest Link is hosted by the manufacturer: no firewall rule is given for it. [3.2 Network ports]"
	cellularhomeListenUnst = "| Ports listening on the customer's network as shipped | Not stated |"
	cellularhomeIsolate    = "the firewall rules that isolate it"
	cellularhomeUnstated   = "No firewall rules are given: the network ports the product's parts use are not stated."
	cellularhomeHeadOff    = "### 3.3 Firewall rules\n"
	cellularhomeHeadParts  = "### 3.3 Firewall rules for the parts on the customer's network\n"
)

// TestCellularhomeCSDNothingOnCustomerNetwork: a product whose device
// connects only over its cellular modem and whose other part the
// manufacturer hosts has nothing on the customer's network, whether or
// not its ports are written: the CSD promises no firewall rules that
// isolate it, says the listening ports on the customer's network are
// none (not "not stated"), and 3.3 says why no rule is given. A device
// with a Wi-Fi interface is on that network, and one with a Bluetooth
// interface might have a port there: unwritten ports then leave both
// open, as before.
func TestCellularhomeCSDNothingOnCustomerNetwork(t *testing.T) {
	for _, c := range []struct {
		name      string
		edit      func(*testing.T) func(string) string
		says, not []string
	}{
		{"as the fixture is", nil,
			[]string{"securely: the interfaces it uses (no part of it is on the customer's network; its network ports are not stated), how its data is protected",
				cellularhomeListenNone, cellularhomeHeadOff + "\n" + cellularhomeOffNetwork,
				"[3.3 Firewall rules](#3-3-firewall-rules)"},
			[]string{cellularhomeIsolate, cellularhomeListenUnst, cellularhomeUnstated, cellularhomeHeadParts, "the ports and interfaces it uses"}},
		{"the concentrator on Wi-Fi", func(t *testing.T) func(string) string {
			wifi := cellularhomeAfterLTE(t, "\n[[interfaces]]\nid = \"wifi\"\nkind = \"wifi\"\npart = \"concentrator\"\nname = \"Wi-Fi\"\npurpose = \"Service.\"\n")
			// a notice about a device on the customer's network must say how to isolate it
			isolate := cellularhomeEdit(t, "customer_actions = { backup", "customer_actions = { network_isolation = \"Keep the concentrator off the home network.\", backup")
			return func(s string) string { return isolate(wifi(s)) }
		},
			[]string{"securely: the interfaces it uses (its network ports are not stated), how its data is protected",
				cellularhomeListenUnst, cellularhomeHeadParts + "\n" + cellularhomeUnstated},
			[]string{cellularhomeIsolate, cellularhomeOffNetwork, "No part of the product is on the customer's network"}},
		{"the concentrator with Bluetooth", func(t *testing.T) func(string) string {
			return cellularhomeAfterLTE(t, "\n[[interfaces]]\nid = \"bt\"\nkind = \"bluetooth\"\npart = \"concentrator\"\nname = \"Bluetooth\"\npurpose = \"Service.\"\n")
		},
			[]string{"securely: the interfaces it uses (its network ports are not stated), how its data is protected",
				cellularhomeListenUnst, cellularhomeHeadParts + "\n" + cellularhomeUnstated},
			[]string{cellularhomeIsolate, cellularhomeOffNetwork, "no part of it is on the customer's network"}},
		{"ports written", func(t *testing.T) func(string) string {
			return cellularhomeEdit(t, "\n[suppliers]\n", "\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"Sending summaries to OxyNest Link.\"\ndirection = \"out\"\ninterface = \"lte\"\npeer_part = \"link\"\n\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"Serves the portal.\"\ndirection = \"in\"\ninterface = \"portal\"\nendpoints = [\"link.marrowfield.example\"]\n\n[suppliers]\n")
		},
			[]string{"securely: the ports and interfaces it uses, the firewall rules that let the customer's network reach the services the manufacturer hosts, how its data is protected",
				"| Ports listening on the customer's network as shipped | None |"},
			[]string{cellularhomeIsolate, cellularhomeOffNetwork, cellularhomeListenUnst}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var csd string
			if c.edit == nil {
				csd = buildFixture(t, "cellularhome")(cellularhomeCSD)
			} else {
				files, _ := buildFixtureEdited(t, "cellularhome", cellularhomeFile, c.edit(t))
				csd = files[cellularhomeCSD]
			}
			kindtest.SaysAll(t, cellularhomeCSD, csd, c.says...)
			kindtest.SaysNone(t, cellularhomeCSD, csd, c.not...)
		})
	}
}

// TestCellularhomeCSDPortsOfTheParts: a product of several parts whose
// ports are not written says so of the product's parts, not of "the
// device" alone (its hosted portal's ports are not the device's).
func TestCellularhomeCSDPortsOfTheParts(t *testing.T) {
	csd := buildFixture(t, "cellularhome")(cellularhomeCSD)
	kindtest.SaysAll(t, cellularhomeCSD, csd, "### 3.2 Network ports\n\nThe network ports the product's parts open or connect to are not stated.")
	kindtest.SaysNone(t, cellularhomeCSD, csd, "ports the device opens or connects to", "ports the device uses")
}

// TestCellularhomeCSDRiskTransfer: item 13's risk transfer, not written,
// is said to be not stated (the CSD promises that a section whose facts
// are not stated says so); written, it is given.
func TestCellularhomeCSDRiskTransfer(t *testing.T) {
	const unstated = "**Risk transfer.** Whether and how responsibility for the security risk passes to the customer at end of support is not stated."
	csd := buildFixture(t, "cellularhome")(cellularhomeCSD)
	kindtest.SaysAll(t, cellularhomeCSD, csd, unstated)

	files, _ := buildFixtureEdited(t, "cellularhome", cellularhomeFile, cellularhomeEdit(t, "\n[end_of_life]\n",
		"\n[end_of_life]\nrisk_transfer = \"After end of support, the HME provider carries the risk of running 2.0.\"\n"))
	csd = files[cellularhomeCSD]
	kindtest.SaysAll(t, cellularhomeCSD, csd, "**Risk transfer.** After end of support, the HME provider carries the risk of running 2.0.")
	kindtest.SaysNone(t, cellularhomeCSD, csd, unstated)
}
