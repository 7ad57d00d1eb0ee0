package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanConnectivityNamesHostedParts: 1.6 listed a telemetry API the
// manufacturer hosts, enabled as shipped, as if it were the device's own,
// beside the plug-in's connection to it, off as shipped. Where a part the
// manufacturer hosts is among the parts whose interfaces it lists, each
// row names its part and where it runs; a device whose features are all
// its own keeps the short table. Neither the hosted part's interfaces nor
// the gateway VM's, which the customer installs, are as shipped: the
// column is headed "Enabled" and a sentence says when it holds for each.
func TestPlanConnectivityNamesHostedParts(t *testing.T) {
	md := renderPlan(t, "dosewise", func(*content.Product) {})
	kindtest.SaysAll(t, "dosewise plan", md,
		"| Interface | Part | Kind | Enabled | Purpose |",
		`For the interfaces of the Dosewise Connect gateway VM, on a server the customer hosts, "Enabled" is their state once the part is installed there: what the part runs on is not shipped with the product. For the interfaces of the Dosewise cloud service, "Enabled" is their state where the manufacturer hosts the part.`,
		"| Dosewise gateway API | Dosewise cloud service (hosted by the manufacturer) | API | Yes | Receives messages from enrolled gateways. |",
		"| Gateway VM network adapter | Dosewise Connect gateway VM (hosted by the customer) | Virtual network interface | Yes |")

	md = renderPlan(t, kindtest.Example, func(*content.Product) {})
	kindtest.SaysAll(t, "pump plan", md, "The connectivity features that bear on the determination:\n\n| Interface | Kind | Enabled as shipped | Purpose |")
	kindtest.SaysNone(t, "pump plan", md, "| Interface | Part | Kind | Enabled as shipped | Purpose |")
}

// TestPlanInterfaceProtectionShared: an interface whose security is not
// written said "Its protection is not stated" beside the protection its
// data flows and ports state. The plan's bullet is the shared
// interface-protection partial, which the CSD's is too, so the two say
// the same of it; an interface that nothing says anything of keeps "Its
// protection is not stated."
func TestPlanInterfaceProtectionShared(t *testing.T) {
	md := renderPlan(t, kindtest.Example, func(p *content.Product) {
		for i := range p.Interfaces {
			if id := p.Interfaces[i].ID; id == "nfc" || id == "display" {
				p.Interfaces[i].Security = ""
			}
		}
	})
	kindtest.SaysAll(t, "plan", md,
		"- **RFID/NFC badge reader (13.56 MHz):** Its own protection is not stated. Data flow DF-06 over it: DESFire EV2/EV3 mutual authentication",
		"- **7-inch colour touchscreen:** Protection: not stated.")
}
