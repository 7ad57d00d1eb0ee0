package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanRegularEndingPastEndOfLife: a notice stops the regular releases
// of 4.1.0, past its end of life (30 September 2025) on the plan's date,
// on 1 September 2026, before its security updates end (31 March 2027,
// notice MIS-LVP7-EOL-410). Its support is limited to the maintenance a
// notice states, so the plan no longer says the patch commitments hold for
// it until that stop (as for the end of its security updates): it says
// what a notice states for it now, or that none states it. In full
// support, it keeps the sentence that they hold until then.
func TestPlanRegularEndingPastEndOfLife(t *testing.T) {
	const high = "Fixes for vulnerabilities rated High or Critical only."
	const critical = "Fixes for vulnerabilities rated Critical only."
	const stop = " Regular releases for version `4.1.0` end on 1 September 2026, as notice DOC-rel-4.1.0 states"
	const holds = stop + ": these commitments hold for version `4.1.0` until then."
	const until = "until 31 March 2027, when its security updates end as notice MIS-LVP7-EOL-410 states,"
	relNotice := func(maint string, issued content.Date) func(p *content.Product) {
		n := eolNotice("rel-4.1.0", "4.1.0", maint, content.NoticeStop{What: "updates", Date: content.NewDate(2026, 9, 1)})
		n.Issued = issued
		return withNotice(n)
	}
	inSupport := func(p *content.Product) {
		p.Versions = slices.Clone(p.Versions)
		i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "4.1.0" })
		p.Versions[i].EndOfMarketing, p.Versions[i].EndOfProduction = content.NewDate(2026, 6, 30), content.NewDate(2026, 6, 30)
		p.Versions[i].EndOfLife = content.NewDate(2026, 6, 30)
	}
	later, earlier := content.NewDate(2026, 1, 5), content.NewDate(2023, 1, 10)
	for _, tc := range []struct {
		name      string
		edit      func(p *content.Product)
		want, not []string
	}{
		{"past end of life, the stop's notice states what remains", edits(setMaintenance("4.1.0", high), relNotice(critical, later)),
			[]string{stop + ". Version `4.1.0` reached its end of life on 30 September 2025, and " + until + " gets only what notice DOC-rel-4.1.0 states: " + critical + "\n"},
			[]string{holds, "From then until 31 March 2027"}},
		{"past end of life, an older notice's maintenance and the stop's differ", edits(setMaintenance("4.1.0", high), relNotice(critical, earlier)),
			[]string{stop + ". Version `4.1.0` reached its end of life on 30 September 2025, and gets only what notice MIS-LVP7-EOL-410 states: " + high + " From then " + until + " it gets only what notice DOC-rel-4.1.0 states: " + critical + "\n"},
			[]string{holds}},
		{"past end of life, no maintenance stated", edits(setMaintenance("4.1.0", ""), relNotice("", later)),
			[]string{stop + ". Version `4.1.0` reached its end of life on 30 September 2025, and no end-of-life or end-of-support notice issued by 16 February 2026 states the maintenance that remains for it: whether these commitments hold for it until then is not stated. From then " + until + " the regular cycle and the fixes in a regular release below are not for version `4.1.0`.\n"},
			[]string{holds}},
		{"in full support", edits(inSupport, setMaintenance("4.1.0", high), relNotice(critical, later)),
			[]string{holds + " From then " + until + " it gets only what notice DOC-rel-4.1.0 states: " + critical + "\n"},
			[]string{"past its end of life"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderPlan(t, kindtest.Example, tc.edit)
			kindtest.SaysAll(t, "plan", md, tc.want...)
			kindtest.SaysNone(t, "plan", md, tc.not...)
		})
	}

	// Notices not built: the notice that states what remains is named by
	// its kind.
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	edits(setMaintenance("4.1.0", high), relNotice(critical, earlier))(p.Product)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	built.Notices = false
	md := kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
	kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.1.0` end on 1 September 2026. Version `4.1.0` reached its end of life on 30 September 2025, and gets only what its end-of-life notice states: "+high+" From then until 31 March 2027, when its security updates end, it gets only what its end-of-life notice states: "+critical)
}
