package generator

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// versionRow is version v's row of the product page's versions table, as
// of the build's date asOf. The page is read on that date, so a cell says
// what holds then, as the lifecycle page's table does for its own date
// (templates/partials/lifecycle.md.tmpl "lifecycle-row"), in its words
// (content.Version.UnsetMilestone): "not announced" promises an
// announcement still to come, which is false for a milestone already
// passed or one that can no longer come.
func versionRow(p *content.Product, v content.Version, asOf content.Date) versionView {
	stage := v.Stage(asOf)
	row := versionView{
		Version: v.Version, Stage: v.StageStated(asOf), Summary: v.Summary,
		GeneralAvailability: gaOrUnstated(v), EndOfLife: dateOrNone(v.EndOfLife),
		EndOfGuaranteed: dateOrNone(v.EndOfGuaranteedSupport), EndOfSupport: dateOrNone(v.EndOfSupport),
	}
	// A version in paid extended support is at End of Support for every
	// customer who does not pay; its own CSD and MDS2 form are listed above
	// the table only because the customers in the programme still run it.
	switch {
	case v.InExtendedSupport(asOf):
		row.Stage += " (paid extended support until " + v.ExtendedSupportUntil.String() + ", for the customers who signed for it)"
	case v.ExtendedSupportEnded(asOf) && stage == "End of Support":
		row.Stage += " (paid extended support ended on " + v.ExtendedSupportUntil.String() + ")"
	}
	// A version not yet (or never) released in some of the product's
	// markets is in its stage only where it is out: the stage says where,
	// as the lifecycle page's does (content.Product.ReleasedWhere).
	if w := p.ReleasedWhere(&v, asOf); w != "" {
		row.Stage += " (" + w + ")"
	}
	// A version released market by market came out on a different date in
	// each market: one date would be false for the others.
	if m := p.MarketDates(v); m != "" {
		row.GeneralAvailability, row.GAByMarket = m, true
	}
	past := stage == "Limited Support" || stage == "End of Support"
	// The end of life comes no later than the end of guaranteed support
	// and the end of support: once either has passed, so has it.
	if past && v.EndOfLife.IsZero() && !v.EndOfLife.NotApplicable() {
		row.EndOfLife = "passed, date not stated"
	}
	// A milestone left unset is "not announced" while it can still come,
	// "not set" once it cannot, as the lifecycle page's table words it.
	unset := func(d content.Date, milestone string, cell *string) {
		if d.IsZero() && !d.NotApplicable() {
			*cell = strings.ToLower(v.UnsetMilestone(milestone, asOf))
		}
	}
	unset(v.EndOfGuaranteedSupport, "end_of_guaranteed_support", &row.EndOfGuaranteed)
	unset(v.EndOfSupport, "end_of_support", &row.EndOfSupport)
	if !past { // else passed, above
		unset(v.EndOfLife, "end_of_life", &row.EndOfLife)
	}
	return row
}

// currentStage is the product's lifecycle stage on asOf for the product
// page and the index, beside its current version (content.Product.
// CurrentWhere): the stage of cur, the product-wide current version. Where
// the markets' current versions differ, the stage of cur is not the
// stage where another version is current: when their stages differ too,
// the cell gives each market's, "Support in the United States; Limited
// Support in the European Union", with the stage names of the lifecycle
// page; a market with no version released yet is in Development, as a
// product with none is.
func currentStage(p *content.Product, cur *content.Version, asOf content.Date) string {
	stage := cur.StageStated(asOf)
	if p.CurrentByMarket(asOf) == nil {
		return stage
	}
	stages := []string{stage} // cur's stage first, as the current version's markets are
	where := map[string][]string{}
	for _, m := range p.Markets {
		s := "Development"
		if v := p.CurrentVersionIn(m, asOf); v != nil {
			s = v.StageStated(asOf)
		}
		if !slices.Contains(stages, s) {
			stages = append(stages, s)
		}
		where[s] = append(where[s], m)
	}
	if len(stages) == 1 {
		return stage
	}
	var parts []string
	for _, s := range stages {
		if len(where[s]) > 0 {
			parts = append(parts, s+" in "+content.MarketNames(where[s]))
		}
	}
	return strings.Join(parts, "; ")
}

// gaOrUnstated is a version's general availability for the versions
// table: "not stated" for an older version that leaves it out
// (content.Version.GAUnstated), never "not announced", which would say a
// release still to come.
func gaOrUnstated(v content.Version) string {
	if v.GeneralAvailability.IsZero() {
		return "not stated"
	}
	return dateOrNone(v.GeneralAvailability)
}
