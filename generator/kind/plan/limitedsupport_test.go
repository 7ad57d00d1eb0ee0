package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanLimitedSupportCommitments: the plan's 9.6 stated the patch
// commitments with no word for a version in limited support of which no
// stop or end of its updates spoke (selfhosted's 2.2), while its 9.10 and
// the version's CSD said whether they held for it was not stated. Such a
// version (here 4.2.1, its end of life moved to 1 January 2026) now gets
// the CSD's sentence: what a notice states remains for it, or that none
// does and whether the commitments hold for it is not stated. A version
// in full support, or one a stop already speaks for (4.1.0, whose
// security updates a notice ends), gets none.
func TestPlanLimitedSupportCommitments(t *testing.T) {
	const comp = "Maintenance releases when a fix is due, out-of-cycle fixes for critical vulnerabilities, advisories and technical support continue until 4.2.1's end of guaranteed support."
	const limited = " Version `4.2.1` has been in limited support since 1 January 2026"
	const none = limited + ", and what maintenance it still gets is not stated: no end-of-life or end-of-support notice in the product data issued by 16 February 2026 states it. Whether these commitments still hold for it is not stated either."
	const byNotice = limited + "; what notice MIS-LVP7-CEOS-001 says remains for it is: " + comp
	past := func(p *content.Product) {
		p.Versions = slices.Clone(p.Versions)
		i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "4.2.1" })
		v := &p.Versions[i]
		v.EndOfMarketing, v.EndOfProduction, v.EndOfLife = content.NewDate(2026, 1, 1), content.NewDate(2026, 1, 1), content.NewDate(2026, 1, 1)
	}
	for _, tc := range []struct {
		name      string
		edit      func(p *content.Product)
		want, not []string
	}{
		{"limited support, no notice states what remains", edits(past, setMaintenance("4.2.1", "")),
			[]string{none}, []string{byNotice}},
		{"limited support, a notice states what remains", past,
			[]string{byNotice, " into 4.2.x maintenance releases. The commitments below are those for the versions in support.\n"}, []string{none}},
		{"in full support", func(*content.Product) {},
			nil, []string{limited}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderPlan(t, kindtest.Example, tc.edit)
			kindtest.SaysAll(t, "plan", md, tc.want...)
			kindtest.SaysNone(t, "plan", md, tc.not...)
			kindtest.SaysNoneBecause(t, "plan", md, "the end of 4.1.0's security updates speaks for it", " Version `4.1.0` has been in limited support")
		})
	}

	// Notices not built: the notice is named by its kind.
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	past(p.Product)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	built.Notices = false
	md := kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
	kindtest.SaysAll(t, "plan", md, limited+"; what its component end-of-support notice says remains for it is: "+comp)
}
