package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// withNotice adds notice n to the product's notices.
func withNotice(n content.Notice) func(p *content.Product) {
	return func(p *content.Product) {
		p.Notices = append(slices.Clone(p.Notices), n)
	}
}

// eolNotice is an end-of-life notice about version ver, issued before the
// plan's date, that stops what stops says.
func eolNotice(id, ver, maintenance string, stops ...content.NoticeStop) content.Notice {
	return content.Notice{ID: id, Kind: "end_of_life", Issued: content.NewDate(2026, 1, 5), Versions: []string{ver},
		Maintenance: maintenance, Stops: stops, Document: content.DocumentControl{ID: "DOC-" + id}}
}

// TestPlanRegularReleasesEndAhead: a notice that stops a version's
// regular releases ("updates") on a date still ahead, before its security
// updates end, limits the patch commitments to that date; from then to the
// end of its security updates the version gets what the notice states.
// modelfamily's plan said the commitments, regular cycle included, held
// for 5.0 up to the end of its security updates, a year after its notice
// stopped its regular releases; only a stop already past was said.
func TestPlanRegularReleasesEndAhead(t *testing.T) {
	const maint = "Fixes for vulnerabilities rated Critical only."
	updatesAtEOL := content.NoticeStop{What: "updates", Milestone: "end_of_life"}
	securityAtEOS := content.NoticeStop{What: "security_updates", Milestone: "end_of_support"}

	// 4.2.1 (end of life 30 June 2026, end of support 31 December 2028):
	// both stops by one notice.
	md := renderPlan(t, kindtest.Example, withNotice(eolNotice("eol-4.2.1", "4.2.1", maint, updatesAtEOL, securityAtEOS)))
	kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.2.1` end on 30 June 2026, as notice DOC-eol-4.2.1 states: these commitments hold for version `4.2.1` until then. From then until 31 December 2028, when its security updates end, it gets only what the notice states: "+maint)
	kindtest.SaysNoneBecause(t, "plan", md, "the regular cycle ends before the security updates",
		"Security updates for version `4.2.1` end on 31 December 2028, as notice DOC-eol-4.2.1 states: these commitments hold for version `4.2.1` until then.")

	// No stop of its security updates: they run to its end of support.
	md = renderPlan(t, kindtest.Example, withNotice(eolNotice("eol-4.2.1", "4.2.1", maint, updatesAtEOL)))
	kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.2.1` end on 30 June 2026, as notice DOC-eol-4.2.1 states: these commitments hold for version `4.2.1` until then. From then until 31 December 2028, its end of support, it gets only what the notice states: "+maint)

	// No maintenance stated, but the stop's details: the regular cycle
	// holds for it from then only as far as the notice states (the details
	// may keep part of it); the details are said.
	details := updatesAtEOL
	details.Details = "No new features."
	md = renderPlan(t, kindtest.Example, withNotice(eolNotice("eol-4.2.1", "4.2.1", "", details, securityAtEOS)))
	kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.2.1` end on 30 June 2026, as notice DOC-eol-4.2.1 states: these commitments hold for version `4.2.1` until then. From then until 31 December 2028, when its security updates end, the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `4.2.1` only as far as the notice states. The notice's details of the stop: No new features.")
	kindtest.SaysNone(t, "plan", md, "are not for version `4.2.1`")
	// Neither maintenance nor details: the stop takes every regular
	// release, and the cycle is not its from then.
	md = renderPlan(t, kindtest.Example, withNotice(eolNotice("eol-4.2.1", "4.2.1", "", updatesAtEOL, securityAtEOS)))
	kindtest.SaysAll(t, "plan", md, " From then until 31 December 2028, when its security updates end, the regular cycle and the fixes in a regular release below are not for version `4.2.1`.")
	kindtest.SaysNone(t, "plan", md, "only as far as")

	// 4.1.0's security updates end on 31 March 2027 by its own notice
	// (MIS-LVP7-EOL-410); another notice stops its regular releases
	// before: each notice is named. 4.1.0 is past its end of life, so the
	// commitments are not said to hold for it until the stop: the newer
	// notice's maintenance is what it gets (TestPlanRegularEndingPastEndOfLife).
	md = renderPlan(t, kindtest.Example, withNotice(eolNotice("rel-4.1.0", "4.1.0", maint, content.NoticeStop{What: "updates", Date: content.NewDate(2026, 9, 1)})))
	kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.1.0` end on 1 September 2026, as notice DOC-rel-4.1.0 states. Version `4.1.0` reached its end of life on 30 September 2025, and until 31 March 2027, when its security updates end as notice MIS-LVP7-EOL-410 states, gets only what notice DOC-rel-4.1.0 states: "+maint)
	kindtest.SaysNone(t, "plan", md, "Security updates for version `4.1.0` end on 31 March 2027")

	// A stop of regular releases at the end of the security updates takes
	// nothing from the commitments: the plan says as before.
	md = renderPlan(t, kindtest.Example, withNotice(eolNotice("eol-4.2.1", "4.2.1", maint, content.NoticeStop{What: "updates", Milestone: "end_of_support"}, securityAtEOS)))
	kindtest.SaysAll(t, "plan", md, " Security updates for version `4.2.1` end on 31 December 2028, as notice DOC-eol-4.2.1 states: these commitments hold for version `4.2.1` until then.")
	kindtest.SaysNone(t, "plan", md, "Regular releases for version `4.2.1` end")

	// Notices not built: none is named.
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	withNotice(eolNotice("eol-4.2.1", "4.2.1", maint, updatesAtEOL, securityAtEOS))(p.Product)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	built.Notices = false
	md = kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
	kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.2.1` end on 30 June 2026: these commitments hold for version `4.2.1` until then. From then until 31 December 2028, when its security updates end, it gets only what its end-of-life notice states: "+maint)
	kindtest.SaysNone(t, "plan", md, "DOC-eol-4.2.1")
}
