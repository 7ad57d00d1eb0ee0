package generator

import (
	"strings"
	"testing"
)

// TestViewsDataLabelFollowsMarkets: the security plan's architecture
// views (their flow tables, alt text and SVGs) name phi as the rest of
// the plan and the CSD do: "Health data" for a product not marketed in
// the United States (inhouse: markets = ["eu"]), "PHI" for one that is
// (smartapp: markets = ["us"]).
func TestViewsDataLabelFollowsMarkets(t *testing.T) {
	for _, tc := range []struct {
		fixture, product string
		want, notWant    string
	}{
		{"inhouse", "sepsiswatch", "Health data", "PHI"},
		{"smartapp", "sepsisguard", "PHI", "Health data"},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			read := buildFixture(t, tc.fixture)
			plan := read(tc.product + "/security-plan.md")
			start := strings.Index(plan, "### 6.2 ")
			end := strings.Index(plan, "### 6.3 ")
			if start < 0 || end < start {
				t.Fatalf("no section 6.2 in the security plan")
			}
			views := plan[start:end]
			if !strings.Contains(views, tc.want) {
				t.Errorf("section 6.2 does not name %q:\n%s", tc.want, views)
			}
			if strings.Contains(views, tc.notWant) {
				t.Errorf("section 6.2 names %q:\n%s", tc.notWant, views)
			}
			svg := read(tc.product + "/views/global-system.svg")
			if !strings.Contains(svg, tc.want) || strings.Contains(svg, tc.notWant) {
				t.Errorf("views/global-system.svg: want %q and no %q", tc.want, tc.notWant)
			}
		})
	}
}
