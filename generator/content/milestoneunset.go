package content

// UnsetMilestone words, for a table of version v's milestones read on d,
// the milestone (end_of_marketing, end_of_production, end_of_life,
// end_of_guaranteed_support, end_of_support) that the data leave unset:
// "Not announced" while it can still come, since a public page cannot say
// the manufacturer has not chosen a date, only that none is published;
// "Not set" once none can come: every milestone of a version withdrawn
// from the field, and, once its support has ended, its end of guaranteed
// support, marketing and production. The lifecycle page and the product
// page both print it, so that one fact reads alike on both. (An end of
// life left unset but passed reads "Passed, date not stated" on both.)
func (v Version) UnsetMilestone(milestone string, d Date) string {
	switch v.Stage(d) {
	case "Withdrawn":
		return "Not set"
	case "End of Support":
		switch milestone {
		case "end_of_marketing", "end_of_production", "end_of_guaranteed_support":
			return "Not set"
		}
	}
	return "Not announced"
}
