package generator

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanCyberDeviceOnMarketBefore524B: the plan's 524B determination
// of a device on the market before 29 March 2023 (the example pump, from
// 16 September 2019) does not say that the submission which first brought
// it to market had to carry the 524B(b) plan, processes and SBOM: 524B did
// not govern that submission. The earliest version the data lists need
// not be the product's first (a surgical robot listing only its
// supported 5.2 and 6.0), so the plan says the device was on the market
// by that version's date, never "from" it. A device first available later (the
// example's Dosewise, 4 November 2024) keeps the plain sentence.
func TestPlanCyberDeviceOnMarketBefore524B(t *testing.T) {
	const requires = "section 524B(b) requires any premarket submission for it to include"
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: "../jspgen.toml", ContentDir: "../content", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	pump := read("halcyon-lvp7/security-plan.md")
	kindtest.SaysAll(t, "pump security-plan.md", pump,
		"Section 524B(b) governs premarket submissions made from 29 March 2023. The earliest version the product data list, 3.8.2, became generally available on 16 September 2019, before that date. The product data do not say when any premarket submission for the device was made, so whether one was made before section 524B(b) applied is not stated. Version 3.8.2 does not run on model LVP-7D; the earliest version the product data list for that model is 4.1.0 (general availability 17 April 2023).",
		"Each premarket submission for the device made from 29 March 2023 on must include a plan to monitor")
	// "from that day on" followed the market date, not the date 524B(b) applies from.
	kindtest.SaysNoneBecause(t, "pump security-plan.md", pump, "the nearest date was the market date", "from that day on")
	kindtest.SaysNone(t, "pump security-plan.md", pump, "was on the market from", "the pump's first version was generally available on 2019-09-16, before 524B applied", requires)

	dosewise := read("dosewise/security-plan.md")
	kindtest.SaysAll(t, "dosewise security-plan.md", dosewise, requires)
	kindtest.SaysNoneBecause(t, "dosewise security-plan.md", dosewise, "Dosewise was first available on 2024-11-04, after 524B began to apply", "any premarket submission that brought it to market came before then")
}
