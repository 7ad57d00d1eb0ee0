package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestEnabledColumnOfMixedTables: an interfaces or ports table whose rows
// are not all on the shipped device heads its state "Enabled" and says
// under it when that holds for each part; the AED's table had headed the
// ReadyNet portal the manufacturer hosts "Enabled as shipped". A table of
// the device's rows alone keeps "Enabled as shipped", and a product with
// no device keeps it for its ports (what it ships is its software).
func TestEnabledColumnOfMixedTables(t *testing.T) {
	for _, c := range []struct {
		fixture, doc string
		says, never  []string
	}{
		{"aed", "lifeguard/security-plan.md",
			[]string{
				"| Interface | Part | Kind | Purpose | Enabled | Customer can disable | Data carried |",
				"| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled | Protection | Purpose |",
				`For the interfaces of the LifeGuard AED, "Enabled" is their state as shipped. For the interfaces of the Brightwell ReadyNet portal, "Enabled" is their state where the manufacturer hosts the part.`,
				`For the ports of the LifeGuard AED, "Enabled" is their state as shipped. For the ports of the Brightwell ReadyNet portal, "Enabled" is their state where the manufacturer hosts the part.`,
			},
			[]string{"| Purpose | Enabled as shipped | Customer can disable", "| Approved endpoints | Enabled as shipped |"}},
		{"aed", "lifeguard/csd.md",
			[]string{"| Interface | Part | Kind | Purpose | Enabled | Customer can disable | Data carried |", `For the interfaces of the Brightwell ReadyNet portal, "Enabled" is their state where the manufacturer hosts the part.`},
			[]string{"| Purpose | Enabled as shipped | Customer can disable"}},
		{"alarmrelay", "alertbridge/security-plan.md",
			[]string{
				"| Interface | Part | Kind | Purpose | Enabled | Customer can disable | Data carried |",
				`and of AlertBridge Mobile, on a phone the customer owns, "Enabled" is their state once each part is installed there: what the parts run on is not shipped with the product.`,
				"| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled as shipped | Protection | Purpose |",
			},
			[]string{`"Enabled as shipped" is their state`, "For the ports of"}},
		{"anaesthesia", "aw500/security-plan.md",
			[]string{
				"| Interface | Kind | Purpose | Enabled as shipped | Customer can disable | Data carried |",
				"| Port | Service | Direction | Interface | Approved endpoints | Enabled as shipped | Protection | Purpose |",
			},
			[]string{`"Enabled" is their state`}},
	} {
		doc := buildFixture(t, c.fixture)(c.doc)
		kindtest.SaysAll(t, c.fixture+"/"+c.doc, doc, c.says...)
		kindtest.SaysNone(t, c.fixture+"/"+c.doc, doc, c.never...)
	}
}
