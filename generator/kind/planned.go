package kind

import "github.com/jspgen/jspgen/generator/content"

// PlannedSaid is what a document speaking as of on says beside version v
// when v was not yet generally available then: "planned", with its
// general availability ("planned; general availability 2026-04-01") only
// while that date is still a plan on asOf, the build's as-of date, and
// the same in every market (where, content.Product.ReleasedWhere, is "").
// A general availability on or before asOf is the day v came out, not
// the date planned when the document was released: the data do not say
// what was planned then, so the document says "planned" alone. "" for a
// version out by on.
func PlannedSaid(v *content.Version, where string, on, asOf content.Date) string {
	ga := v.GeneralAvailability
	switch {
	case v.ReleasedOn(on):
		return ""
	case ga.IsZero() || where != "" || !ga.After(asOf):
		return "planned"
	}
	return "planned; general availability " + ga.String()
}
