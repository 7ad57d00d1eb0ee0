package generator

import (
	"fmt"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanAssertsNoPremarketSubmission: a cyber device on the market
// before 29 March 2023 was said to have had "the premarket submission
// that first brought it to market", which no data state (a 510(k)-exempt
// device has none, and an OEM module sold to device makers is often
// submitted only within their devices). The plan now says only what the
// dates give, and for a product sold to manufacturers (customer =
// "manufacturer") that whether it had a submission of its own is not
// stated; for a product sold to hospitals it adds nothing of the kind.
func TestPlanAssertsNoPremarketSubmission(t *testing.T) {
	const (
		datesGive = "The earliest version the product data list, %s, became generally available on"
		ownNot    = "Its customers are manufacturers who build it into their own devices; whether it was itself the subject of a premarket submission is not stated."
		asserted  = "the premarket submission that first brought it to market"
	)
	for _, tc := range []struct {
		fixture, plan, first string
		says, never          []string
	}{
		{"oemmodule", "oxicore/security-plan.md", "4.2", []string{ownNot}, []string{asserted}},
		{"surgicalrobot", "vantis/security-plan.md", "5.2", nil, []string{asserted, ownNot}},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			plan := buildFixture(t, tc.fixture)(tc.plan)
			kindtest.SaysAll(t, "the "+tc.fixture+" plan", plan, append([]string{fmt.Sprintf(datesGive, tc.first)}, tc.says...)...)
			kindtest.SaysNone(t, "the "+tc.fixture+" plan", plan, tc.never...)
		})
	}
}
