package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRTLSFlowWithoutPortCaveat: rtls's CSD ended with "Deny everything
// else – Always" and its end-of-support notice said to block every other
// port, with no caveat for a data flow between two parts on the hospital
// network (the location server pushing firmware to the gateways, DF-05)
// that no port could carry. With the gateways' and the server's MQTT
// connections going to the hospital's broker instead of to each other
// (so no port links the two), the CSD, the notice and its CSAF twin ask
// the customer to check DF-05's connection before the deny, check warns,
// and the notice no longer says the product needs "only" its ports.
// So for DF-02, the gateways' upload, since a port to the broker on its
// interface links neither end to the other.
// rtls as written lists the gateways' own connection to the server,
// which the push may ride or not: no "no port could carry it" caveat
// there, but the one for a flow whose port the data leave undecided
// (TestRTLSFirmwarePushBeforeFinalDeny).
func TestRTLSFlowWithoutPortCaveat(t *testing.T) {
	// DF-02 too: the gateways' port to the broker, on its interface,
	// links neither end to the other (content.Product.FlowsWithoutPort)
	const flows = "The product data state no port for data flows DF-02, from the Wayfind gateways to the Wayfind location server and DF-05, from the Wayfind location server to the Wayfind gateways"
	const csdCaveat = flows + ": check which connections they need before applying rule 6, and allow them."
	const noticeCaveat = flows + ": check which connections they need before blocking every other port, and allow them."
	files, res := buildFixtureEdited(t, "rtls", "wayfind.toml", func(s string) string {
		s = kindtest.Replace("direction = \"out\"\ninterface = \"gw-eth\"\npeer_part = \"server\"", "direction = \"out\"\ninterface = \"gw-eth\"\nendpoints = [\"Hospital MQTT broker\"]")(s)
		return kindtest.Replace("direction = \"in\"\ninterface = \"vnic\"\npeer_part = \"gateways\"", "direction = \"out\"\ninterface = \"vnic\"\nendpoints = [\"Hospital MQTT broker\"]")(s)
	})
	csd := files["wayfind/csd.md"]
	kindtest.SaysAll(t, "wayfind/csd.md", csd, "| 6 | Deny, log | Any | Any | Any | Everything else | Always |", csdCaveat)
	notice := files["wayfind/notices/eos-3.6.md"]
	kindtest.SaysAll(t, "wayfind/notices/eos-3.6.md", notice, noticeCaveat)
	kindtest.SaysNone(t, "wayfind/notices/eos-3.6.md", notice, "uses only these ports", "needs only these ports")
	twin := files[".well-known/csaf/white/2024/lum-wf-eos-001.json"]
	kindtest.SaysAll(t, "CSAF twin", twin, noticeCaveat)
	found := false
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "data flow DF-05 goes from Wayfind location server to Wayfind gateways, both on the customer's network, but no port could carry it") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning about DF-05 in %v", res.Warnings)
	}

	read := buildFixture(t, "rtls")
	kindtest.SaysNone(t, "wayfind/csd.md", read("wayfind/csd.md"), "Wayfind gateways: check which connection")
	kindtest.SaysNone(t, "wayfind/notices/eos-3.6.md", read("wayfind/notices/eos-3.6.md"), "Wayfind gateways: check which connection")
}
