package generator

import (
	"strings"
	"testing"
)

// TestPlanUpdatabilityTagsNotUpdateReceivers: the rtls plan listed the
// Wayfind tags (field_updatable = false, patching "cannot be updated;
// replaced") under "Who installs updates on each part that receives
// software", a heading false of them. They are now listed apart, as never
// updated once made, with what their patching says.
func TestPlanUpdatabilityTagsNotUpdateReceivers(t *testing.T) {
	plan := buildFixture(t, "rtls")("wayfind/security-plan.md")
	upd := section(t, plan, "#### 6.2.3 ", "#### 6.2.4 ")
	const heading = "Who installs updates on each part that receives software:"
	const tags = "- **Wayfind tags:** Tags cannot be updated; they are replaced at the end of their battery."
	h, never, tg := strings.Index(upd, heading), strings.Index(upd, "The part whose software is never updated once made:"), strings.Index(upd, tags)
	if h < 0 || tg < 0 || never < 0 {
		t.Fatalf("6.2.3 lacks the installers' heading, the tags' line or the never-updated heading:\n%s", upd)
	}
	if !(h < never && never < tg) {
		t.Errorf("the tags are listed under %q, not after the never-updated heading:\n%s", heading, upd)
	}
	for _, part := range []string{"- **Wayfind gateways:**", "- **Wayfind location server:**"} {
		if i := strings.Index(upd, part); i < h || i > never {
			t.Errorf("%s is not in the installers' list:\n%s", part, upd)
		}
	}
}

// TestViewsNotDrawnPathscanner: the pathscanner draws neither the
// multi-patient harm view nor the updatability view. The plan's 6.2.3 said
// "None recorded." and the eSTAR "no data flow carries software", though
// the data state how the scanner is updated: both now point to 9.7. The
// eSTAR's reason for the multi-patient harm view ("no data flow carries
// therapy data, configuration or software ... or alarms") read as if the
// product, whose orders and images cover every patient, had no
// multi-patient path: it now says what the view drawn from the data
// looks for, and that other paths are not drawn.
func TestViewsNotDrawnPathscanner(t *testing.T) {
	read := buildFixture(t, "pathscanner")
	plan := read("cyrion/security-plan.md")
	upd := section(t, plan, "#### 6.2.3 ", "#### 6.2.4 ")
	if strings.Contains(upd, "None recorded.") || !strings.Contains(upd, "How updates are deployed is stated in [9.7 Update deployment and field reach](#9-7-update-deployment-and-field-reach).") {
		t.Errorf("plan 6.2.3 does not point to 9.7:\n%s", upd)
	}
	estar := read("cyrion/estar.md")
	updRow := lineWith(estar, "| Architecture view: Updatability and patchability |")
	if !strings.Contains(updRow, "**Not provided.**") || !strings.Contains(updRow, "How updates are deployed is stated in the Product Security Plan, 9.7 Update deployment and field reach.") {
		t.Errorf("the eSTAR's updatability row does not point to 9.7:\n%s", updRow)
	}
	mph := lineWith(estar, "| Architecture view: Multi-patient harm view |")
	if !strings.Contains(mph, "The product data has no architecture for this view (architecture).") ||
		!strings.Contains(mph, "other paths by which one compromise could reach many patients are not drawn from the data alone") {
		t.Errorf("the eSTAR's multi-patient harm row does not say only what the data decide:\n%s", mph)
	}
	if strings.Contains(mph, "no data flow carries therapy data") {
		t.Errorf("the eSTAR's multi-patient harm row reads as if the product had no multi-patient path:\n%s", mph)
	}
}
