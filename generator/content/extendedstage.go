package content

// EndOfSupportMeans is what the End of Support stage means, as the
// lifecycle tables (plan 11.3, lifecycle page 5) open its row, as of date
// on: no further updates or support, except under the paid extended
// support of a version that has one not ended by on. Without the
// exception the row told the customers paying for 8.4's security fixes
// (bloodbank) that none would come.
func (p *Product) EndOfSupportMeans(on Date) string {
	for _, v := range p.Versions {
		if !v.ExtendedSupportUntil.IsZero() && !v.ExtendedSupportEnded(on) {
			return "No further updates or support, except under a version's paid extended support, for the customers who signed for it, until it ends"
		}
	}
	return "No further updates or support"
}
