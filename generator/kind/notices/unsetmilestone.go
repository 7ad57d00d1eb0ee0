package notices

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// VersionUnset words, for a notice's line of version ver's milestones
// read on d, its milestone (end_of_life, end_of_guaranteed_support,
// end_of_support) that the data leave unset, as the lifecycle page and
// the CSD word the same cell (content.Version.UnsetCell), so that the
// documents agree: "no end of life announced" only while one can still
// come; "end of guaranteed support not set" once none can, and "end of
// life passed (date not stated)" once it has passed on a day not given.
// An end of life that passed on a day not given before the end of
// support the site's as-of date has reached may have passed by d too:
// "end of life not stated", as the stage beside it says
// (content.Version.StageUndecided).
func (v *NoticeView) VersionUnset(ver *content.Version, milestone string, d content.Date) string {
	if milestone == "end_of_life" && ver.EndOfLifeUndecided(d, v.asOf) {
		return "end of life not stated"
	}
	return unsetWords(milestone, ver.UnsetCell(milestone, d))
}

// RelatedUnset is VersionUnset for a version rv of the related system
// the notice names, worded as its lifecycle table words it
// (content.RelatedSystem.UnsetMilestone): another maker's milestone the
// data do not give is "not stated", never "not announced".
func (v *NoticeView) RelatedUnset(rv content.RelatedVersion, milestone string, d content.Date) string {
	if lv := rv.Lifecycle(); milestone == "end_of_life" && lv.EndOfLifeUndecided(d, v.asOf) {
		return "end of life not stated"
	}
	return unsetWords(milestone, v.Related.UnsetMilestone(rv, milestone, d))
}

// unsetWords puts a lifecycle table's word for an unset milestone
// ("Not announced", "Not set", …) into a notice's list of milestones.
func unsetWords(milestone, cell string) string {
	name := strings.ReplaceAll(milestone, "_", " ")
	switch cell {
	case "Not announced":
		return "no " + name + " announced"
	case "Passed, date not stated":
		// in brackets: the line lists the milestones with commas
		return name + " passed (date not stated)"
	}
	return name + " " + strings.ToLower(cell)
}

// OtherModelsRun is the verb that agrees with the models OtherModels
// names for version ver: "the VS-40, which also runs it", "the VS-40 and
// VS-60, which also run it".
func (v *NoticeView) OtherModelsRun(ver string) string {
	return content.Plural(len(v.product.NoticeOtherModels(v.Notice, ver)), "runs", "run")
}
