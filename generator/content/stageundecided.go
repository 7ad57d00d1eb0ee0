package content

// StageUndecided is what a document dated d says of the version's stage
// where the data do not decide it. The site speaks as of asOf. A version
// whose end of life has passed undecided by d (EndOfLifeUndecided) is
// "Support or Limited Support (end of life not stated)" on d; otherwise
// StageStated(d): a version past its end of life whose end of support
// is not stated is "Limited Support or End of Support (end of support
// not stated)" (SupportUndecided), and any other is in Stage(d).
func (v Version) StageUndecided(d, asOf Date) string {
	if v.EndOfLifeUndecided(d, asOf) {
		return "Support or Limited Support (end of life not stated)"
	}
	return v.StageStated(d)
}

// EndOfLifeUndecided reports a version whose end of support has come by
// asOf while its end of life is not stated (nor "not_applicable"): it
// passed its end of life, which comes no later than its end of support,
// at a date the data do not give, so on a date d before its end of
// support whether it was still in Support is not decided. A version whose
// end of support is still ahead on asOf has no end of life announced, and
// the lifecycle page gives it Support then, so it was in Support on every
// earlier date too.
func (v Version) EndOfLifeUndecided(d, asOf Date) bool {
	return v.Stage(d) == "Support" && v.EndOfLife.IsZero() && !v.EndOfLife.NotApplicable() &&
		!v.EndOfSupport.IsZero() && d.Before(v.EndOfSupport) && !asOf.Before(v.EndOfSupport)
}

// StageSupportUndecided is the stage the documents give a version on a
// date past its end of life when its end of support is not stated
// (SupportUndecided).
const StageSupportUndecided = "Limited Support or End of Support (end of support not stated)"

// SupportUndecided reports a version past its end of life on d (Stage's
// Limited Support: its end_of_life passed, or its end of guaranteed
// support, which comes no earlier) whose end_of_support is not written
// (nor "not_applicable"). Its end of support comes no earlier than its
// end of life, on a date the data do not give: it may still lie ahead or
// may have passed long ago, so whether the version is in Limited Support
// or at End of Support is not decided. The documents do not present such
// a version as supported (SupportedOn is false): it is in no list of the
// versions supported on d, it gets no promise that its end of support
// is announced some months ahead, and an MDS2 form does not cover it
// for want of mds2.versions naming it.
func (v Version) SupportUndecided(d Date) bool {
	return v.EndOfSupport.IsZero() && !v.EndOfSupport.NotApplicable() && v.Stage(d) == "Limited Support"
}

// StageStated is the stage the documents print for the version on d:
// Stage(d), except StageSupportUndecided where the data do not decide
// between Limited Support and End of Support (SupportUndecided).
func (v Version) StageStated(d Date) string {
	if v.SupportUndecided(d) {
		return StageSupportUndecided
	}
	return v.Stage(d)
}
