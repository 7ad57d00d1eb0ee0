package content

import (
	"slices"
	"testing"
)

// TestLabelingItemEmptyOrIncomplete: check called an item "empty" when
// the CSD's section gave some of it (interfaces listed without ports,
// the incident contact without deployment steps, how updates are
// delivered without [updates], an end of support without the risk
// transfer). An item is empty only when nothing it asks for is stated;
// item 6 says what the section gives in place of [updates].
func TestLabelingItemEmptyOrIncomplete(t *testing.T) {
	item := func(n int) LabelingItem {
		return LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == n })]
	}
	const noUpdates = "[updates] (how updates are obtained, identified, announced and verified)"
	deploy := func(p *Product) {
		p.Postmarket.Patching.Deployment = "A service technician installs them at a maintenance visit."
	}
	for _, tc := range []struct {
		name    string
		item    int
		edit    func(p *Product)
		empty   bool
		missing []string
	}{
		{"3: nothing", 3, func(p *Product) {}, true, []string{"[[interfaces]]"}},
		{"3: interfaces without ports", 3, func(p *Product) {
			p.Interfaces = []Interface{{ID: "lte", Kind: "cellular", Name: "Cellular"}}
		}, false, []string{"[[ports]] (the device has a network interface)"}},
		{"4: only the incident contact", 4, func(p *Product) {}, false, []string{"[[infrastructure]]", "deployment.steps", "deployment.incident_steps"}},
		{"6: nothing", 6, func(p *Product) {}, true, []string{noUpdates}},
		{"6: only the deployment", 6, deploy, false, []string{noUpdates + "; the CSD gives only how they are delivered (postmarket.patching.deployment)"}},
		{"6: only a part's patching", 6, func(p *Product) {
			p.Parts = []Part{{ID: "unit", Name: "Unit", Runs: "device", Patching: "Field service installs them."}}
		}, false, []string{noUpdates + "; the CSD gives only who installs them (parts.patching)"}},
		{"6: deployment and a part's patching", 6, func(p *Product) {
			deploy(p)
			p.Parts = []Part{{ID: "unit", Name: "Unit", Runs: "device", Patching: "Field service installs them."}}
		}, false, []string{noUpdates + "; the CSD gives only how they are delivered and who installs them (postmarket.patching.deployment, parts.patching)"}},
		{"6: [updates]", 6, func(p *Product) { deploy(p); p.Updates.Obtain = "From the service portal." }, false, nil},
		{"11: nothing", 11, func(p *Product) {}, true, []string{"[hardening]", "[[security_settings]]"}},
		{"11: hardening only", 11, func(p *Product) { p.Hardening.Summary = "Hardened." }, false, []string{"[[security_settings]]"}},
		{"13: nothing", 13, func(p *Product) {}, true, []string{"versions.end_of_support (when one is decided), or until then end_of_life.notice_months or end_of_life.commitments (how customers will be told of it)", "end_of_life.risk_transfer"}},
		{"13: an end of support", 13, func(p *Product) {
			p.Versions = []Version{{Version: "2.0", EndOfSupport: NewDate(2027, 9, 30)}}
		}, false, []string{"end_of_life.risk_transfer"}},
		{"14: nothing", 14, func(p *Product) {}, true, []string{"decommissioning.steps"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			tc.edit(p)
			it := item(tc.item)
			if got := it.Missing(p); !slices.Equal(got, tc.missing) {
				t.Errorf("item %d missing = %q, want %q", tc.item, got, tc.missing)
			}
			if got := it.Empty(p); got != tc.empty {
				t.Errorf("item %d empty = %v, want %v", tc.item, got, tc.empty)
			}
		})
	}
}
