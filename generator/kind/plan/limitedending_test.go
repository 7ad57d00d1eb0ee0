package plan

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// setMaintenance sets the maintenance of every notice about version ver.
func setMaintenance(ver, maint string) func(p *content.Product) {
	return func(p *content.Product) {
		p.Notices = slices.Clone(p.Notices)
		for i := range p.Notices {
			if slices.Contains(p.Notices[i].Versions, ver) {
				p.Notices[i].Maintenance = maint
			}
		}
	}
}

// edits applies each of edits in turn.
func edits(edits ...func(p *content.Product)) func(p *content.Product) {
	return func(p *content.Product) {
		for _, e := range edits {
			e(p)
		}
	}
}

// TestPlanEndingPastEndOfLife: 4.1.0 is past its end of life (30
// September 2025) on the plan's date, and notice MIS-LVP7-EOL-410 stops
// its security updates at its end of guaranteed support, 31 March 2027.
// Its support is limited to the maintenance a notice states, so the plan
// no longer says the patch commitments hold for it until then (the
// example's notice promises High and Critical fixes only); it says what
// the notice states, or that none states it. Still in full support, the
// version keeps the sentence that the commitments hold until then.
func TestPlanEndingPastEndOfLife(t *testing.T) {
	const maint = "Fixes for vulnerabilities rated High or Critical only."
	const ends = " Security updates for version `4.1.0` end on 31 March 2027, as notice MIS-LVP7-EOL-410 states"
	const holds = ends + ": these commitments hold for version `4.1.0` until then."
	inSupport := func(p *content.Product) {
		p.Versions = slices.Clone(p.Versions)
		i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "4.1.0" })
		p.Versions[i].EndOfMarketing, p.Versions[i].EndOfProduction = content.NewDate(2026, 6, 30), content.NewDate(2026, 6, 30)
		p.Versions[i].EndOfLife = content.NewDate(2026, 6, 30)
	}
	for _, tc := range []struct {
		name      string
		edit      func(p *content.Product)
		want, not []string
	}{
		{"past end of life, maintenance stated", setMaintenance("4.1.0", maint),
			[]string{ends + ". Version `4.1.0` reached its end of life on 30 September 2025; what the notice says remains for it is: " + maint + "\n"},
			[]string{holds}},
		{"past end of life, a later notice states the maintenance",
			edits(setMaintenance("4.1.0", ""), withNotice(eolNotice("more-4.1.0", "4.1.0", maint))),
			[]string{ends + ". Version `4.1.0` reached its end of life on 30 September 2025; what notice DOC-more-4.1.0 says remains for it is: " + maint + "\n"},
			[]string{holds}},
		{"past end of life, no maintenance stated", setMaintenance("4.1.0", ""),
			[]string{ends + ". Version `4.1.0` reached its end of life on 30 September 2025, and no end-of-life or end-of-support notice issued by 16 February 2026 states the maintenance that remains for it: whether these commitments hold for it until then is not stated.\n"},
			[]string{holds}},
		{"in full support", edits(inSupport, setMaintenance("4.1.0", maint)),
			[]string{holds + "\n"},
			[]string{"past its end of life"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderPlan(t, kindtest.Example, tc.edit)
			kindtest.SaysAll(t, "plan", md, tc.want...)
			kindtest.SaysNone(t, "plan", md, tc.not...)
		})
	}
}

// TestPlanEndingMaintenanceSaidOnce: a notice that stopped 4.1.0's
// regular releases states the same maintenance; the sentence on those
// releases quotes it, so the end of its security updates does not quote
// it again.
func TestPlanEndingMaintenanceSaidOnce(t *testing.T) {
	const maint = "Fixes for vulnerabilities rated High or Critical only."
	md := renderPlan(t, kindtest.Example, edits(setMaintenance("4.1.0", ""),
		withNotice(eolNotice("rel-4.1.0", "4.1.0", maint, content.NoticeStop{What: "updates", Date: content.NewDate(2026, 1, 10)}))))
	kindtest.SaysAll(t, "plan", md,
		"Version `4.1.0` reached its end of life on 30 September 2025. Regular releases for version `4.1.0` stopped on 10 January 2026, as notice DOC-rel-4.1.0 states:",
		"What remains for version `4.1.0`: "+maint)
	if n := strings.Count(md, maint); n != 1 {
		t.Errorf("plan states 4.1.0's maintenance %d times, want once", n)
	}
}

// TestPlanEndingNotNamedWhereNoticesAreNotBuilt: without notices, the
// notice that states the maintenance is named by its kind.
func TestPlanEndingNotNamedWhereNoticesAreNotBuilt(t *testing.T) {
	const maint = "Fixes for vulnerabilities rated High or Critical only."
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	setMaintenance("4.1.0", maint)(p.Product)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	built.Notices = false
	md := kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
	kindtest.SaysAll(t, "plan", md, " Security updates for version `4.1.0` end on 31 March 2027. Version `4.1.0` reached its end of life on 30 September 2025; what its end-of-life notice says remains for it is: "+maint)
}

// TestPlanEndingNotForAVersionWhoseFixesEnded: 4.2.1, past its end of
// guaranteed support, is in Stopped (the commitments are not its); a
// notice that stops its security updates at its end of support, still
// ahead, gave it the Ending sentence too, which said the opposite.
func TestPlanEndingNotForAVersionWhoseFixesEnded(t *testing.T) {
	legacy := func(p *content.Product) {
		p.Versions = slices.Clone(p.Versions)
		i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "4.2.1" })
		v := &p.Versions[i]
		v.EndOfMarketing, v.EndOfProduction, v.EndOfLife = content.NewDate(2025, 12, 1), content.NewDate(2025, 12, 1), content.NewDate(2025, 12, 1)
		v.EndOfGuaranteedSupport = content.NewDate(2026, 1, 31)
	}
	md := renderPlan(t, kindtest.Example, edits(legacy,
		withNotice(eolNotice("eol-4.2.1", "4.2.1", "", content.NoticeStop{What: "security_updates", Milestone: "end_of_support"}))))
	kindtest.SaysAll(t, "plan", md, "Guaranteed security fixes for version `4.2.1`, the current version, ended on 31 January 2026")
	kindtest.SaysNoneBecause(t, "plan", md, "its guaranteed security fixes ended already", "Security updates for version `4.2.1` end on")
}
