package content

// StageUndecided is what a document dated d says of the version's stage
// where the data do not decide it. The site speaks as of asOf. A version
// whose end of support has come by asOf while its end of life is not
// stated (nor "not_applicable") passed its end of life, which comes no
// later than its end of support, at a date the data do not give: on a
// date d before its end of support its stage is "Support or Limited
// Support (end of life not stated)". Otherwise Stage(d): a version whose
// end of support is still ahead on asOf has no end of life announced,
// and the lifecycle page gives it Support then, so it was in Support on
// every earlier date too.
func (v Version) StageUndecided(d, asOf Date) string {
	s := v.Stage(d)
	if s == "Support" && v.EndOfLife.IsZero() && !v.EndOfLife.NotApplicable() &&
		!v.EndOfSupport.IsZero() && d.Before(v.EndOfSupport) && !asOf.Before(v.EndOfSupport) {
		return "Support or Limited Support (end of life not stated)"
	}
	return s
}
