package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDPendingThreatIsNeitherReliedOnNorUnacceptable: the CSD's
// recommended controls name the threats whose residual risk relies on
// them. A threat whose acceptance is still pending (a design-stage
// assessment) is neither one whose residual risk holds with them nor one
// the assessment does not find acceptable: it is named as not yet
// concluded.
func TestCSDPendingThreatIsNeitherReliedOnNorUnacceptable(t *testing.T) {
	files := buildExampleSite(t, func(s string) string {
		s = strings.Replace(s, "residual_acceptable = true\n", "", 1)
		s = strings.Replace(s, "of Halcyon LVP-7 software 4.2.1 is acceptable, that", "of Halcyon LVP-7 software 4.2.1 is to be concluded once T-09 is, that", 1)
		return strings.Replace(s, "acceptance = \"acceptable_with_rationale\"\nrationale = \"A badge alone never grants access", "acceptance = \"pending\"\nrationale = \"A badge alone never grants access", 1)
	})
	csd := files["halcyon-lvp7/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd, "for a threat whose residual risk it has not yet concluded acceptable or not: Cloned clinician badge (T-09).")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a pending acceptance is no finding of not acceptable",
		"does not find acceptable even with that control in place: Cloned clinician badge (T-09)",
		"find acceptable even with those controls in place: Cloned clinician badge (T-09)")
}
