package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanPatchCommitmentsAfterGuaranteedSupport: when the plan's current
// version is past its end of guaranteed support (a legacy device), §9.6
// says its guaranteed security fixes ended and that the timelines are
// those for the versions still in guaranteed support; past its end of
// support, that it gets no further updates. The example as shipped
// (4.2.1 guaranteed until 2028) says neither.
func TestPlanPatchCommitmentsAfterGuaranteedSupport(t *testing.T) {
	legacy := func(eos content.Date) func(p *content.Product) {
		return func(p *content.Product) {
			p.Versions = slices.Clone(p.Versions)
			i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "4.2.1" })
			v := &p.Versions[i]
			v.EndOfMarketing, v.EndOfProduction, v.EndOfLife = content.NewDate(2025, 12, 1), content.NewDate(2025, 12, 1), content.NewDate(2025, 12, 1)
			v.EndOfGuaranteedSupport = content.NewDate(2026, 1, 31)
			if !eos.IsZero() {
				v.EndOfSupport = eos
			}
		}
	}
	const intro = "out-of-cycle releases for uncontrolled risks."
	// 4.1.0's end-of-life notice stops its security updates at its end of
	// guaranteed support, still ahead on the plan's date; past its end of
	// life, 4.1.0 gets what the notice states, not the commitments
	// (TestPlanEndingPastEndOfLife).
	const maint = "Fixes for vulnerabilities rated High or Critical only."
	const ending = " Security updates for version `4.1.0` end on 31 March 2027, as notice MIS-LVP7-EOL-410 states. Version `4.1.0` reached its end of life on 30 September 2025; what the notice says remains for it is: " + maint
	md := renderPlan(t, kindtest.Example, edits(legacy(content.Date{}), setMaintenance("4.1.0", maint)))
	kindtest.SaysAll(t, "plan", md, intro+" Guaranteed security fixes for version `4.2.1`, the current version, ended on 31 January 2026: these are the commitments for the versions still in guaranteed support, not for version `4.2.1`."+ending+"\n")
	md = renderPlan(t, kindtest.Example, edits(legacy(content.NewDate(2026, 2, 1)), setMaintenance("4.1.0", maint)))
	kindtest.SaysAll(t, "plan", md, intro+" Support for version `4.2.1`, the current version, ended on 1 February 2026: it receives no further updates, and these are the commitments for supported versions."+ending+"\n")
	md = renderPlan(t, kindtest.Example, setMaintenance("4.1.0", maint))
	kindtest.SaysAll(t, "plan of 4.2.1, in guaranteed support,", md, intro+ending+"\n")
}
