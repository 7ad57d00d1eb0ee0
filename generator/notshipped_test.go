package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestHostedOnlyPlanAndNoticesSayNothingShipped: a product that runs only
// where the manufacturer hosts it (smartapp, cloudsamd) is never shipped,
// yet the plan's 6.3 said its interfaces were listed "as shipped" above a
// column headed "Enabled", the plan's and notices' ports tables headed
// "Enabled as shipped", and a notice's "keep open" rules were needed "As
// shipped" where the CSD's same rules say when they are needed. A device
// (holter) keeps "as shipped". The CSD's side is in kind/csd.
func TestHostedOnlyPlanAndNoticesSayNothingShipped(t *testing.T) {
	smart := buildFixture(t, "smartapp")
	kindtest.SaysAll(t, "smartapp security-plan.md", smart("sepsisguard/security-plan.md"),
		"Every logical interface of the product in version `3.0`, with whether it is enabled where the manufacturer hosts it.",
		"| Port | Service | Direction | Interface | Approved endpoints | Enabled | Protection | Purpose |")
	kindtest.SaysNone(t, "smartapp security-plan.md", smart("sepsisguard/security-plan.md"),
		"as shipped in version", "| Approved endpoints | Enabled as shipped |")
	kindtest.SaysAll(t, "smartapp eol-2.3.md", smart("sepsisguard/notices/eol-2.3.md"),
		"| Hospital network | app.sepsisguard.example | 443/TCP | HTTPS (SMART app) (SepsisGuard SMART app) | When its interface is used |",
		"| Port | Service | Direction | Interface | Approved endpoints | Enabled | Purpose |")
	kindtest.SaysNone(t, "smartapp eol-2.3.md", smart("sepsisguard/notices/eol-2.3.md"), "| As shipped |", "Enabled as shipped")

	cloud := buildFixture(t, "cloudsamd")
	kindtest.SaysAll(t, "cloudsamd security-plan.md", cloud("lumentriage/security-plan.md"),
		"Every physical and logical interface of each part of the product, with whether it is enabled.",
		"| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled | Protection | Purpose |")
	// The CSD's 3.1 of a product of several parts, all hosted by the
	// manufacturer, says so above its Enabled column.
	kindtest.SaysAll(t, "cloudsamd csd.md", cloud("lumentriage/csd.md"),
		"Every logical interface of each part of the product, with whether it is enabled where the manufacturer hosts it.\n")
	kindtest.SaysNone(t, "cloudsamd csd.md", cloud("lumentriage/csd.md"), "with its state as shipped")
	kindtest.SaysAll(t, "cloudsamd eol-3.0.0.md", cloud("lumentriage/notices/eol-3.0.0.md"),
		"| Hospital PACS | api.lumentriage.example | 443/TCP | HTTPS (study API) (LumenTriage study API) | When its interface is used |")
	kindtest.SaysNone(t, "cloudsamd eol-3.0.0.md", cloud("lumentriage/notices/eol-3.0.0.md"), "| As shipped |", "Enabled as shipped")

	// A device keeps "as shipped" in the plan's 6.3 (the sentence under the
	// table, the intro saying only "whether it is enabled"); the interfaces of the
	// PC its software runs on are as installed, and so are its only ports
	// (kind/plan's TestPlanPortsOfPartsNotShippedAreNotAsShipped).
	holter := buildFixture(t, "holter")
	kindtest.SaysAll(t, "holter security-plan.md", holter("rhythmtrace/security-plan.md"),
		"Every physical and logical interface of each part of the product, with whether it is enabled.",
		"| Approved endpoints | Enabled | Protection | Purpose |",
		`For the interfaces of the RT-7 recorder, "Enabled" is their state as shipped. For the interfaces of RhythmTrace Analyst, on a computer the customer owns, "Enabled" is their state once the part is installed there: what the part runs on is not shipped with the product.`)
}
