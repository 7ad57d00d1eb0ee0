package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDHostedOnlyPortsAreTheManufacturers: smartapp's one part runs at
// the manufacturer. The key facts said "Ports the product listens on as
// shipped: TCP 443" and "Connections the product opens: None" while 3.3
// said nothing listens on the hospital network and gave three outbound
// allow rules: a hospital engineer would open 443 inbound. The rows now
// say where those ports and connections are, and, nothing of it being
// shipped, no longer "as shipped" (TestCSDHostedOnlyProductIsNotShipped
// in generator/kind/csd).
func TestCSDHostedOnlyPortsAreTheManufacturers(t *testing.T) {
	csd := buildFixture(t, "smartapp")("sepsisguard/csd.md")
	kindtest.SaysAll(t, "sepsisguard/csd.md", csd,
		"| Ports the product listens on at the manufacturer | TCP 443 |",
		"| Connections the product opens from the manufacturer's hosting | None |")
	kindtest.SaysNoneBecause(t, "sepsisguard/csd.md", csd, "its ports are at the manufacturer, not on the hospital network",
		"| Ports the product listens on as shipped |", "| Connections the product opens as shipped |")
}
