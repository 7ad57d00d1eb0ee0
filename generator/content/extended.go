package content

import (
	"fmt"
	"strings"
)

// Extended support: some manufacturers sell support for a version past its
// end of support (security updates only, for a fee, until a later date) to
// the customers who sign for it. end_of_support stays the date support ends
// for everyone else, so the version's stage is End of Support on the
// documents every customer reads; a version in extended support is told
// apart by ExtendedSupportUntil, and the documents say that updates go on
// only under that programme. Counting the programme as support would
// promise updates to customers who do not pay; ignoring it tells paying
// customers that nothing more will come.

// InExtendedSupport reports a version past its end of support on date d
// whose paid extended support has not ended.
func (v Version) InExtendedSupport(d Date) bool {
	return !v.ExtendedSupportUntil.IsZero() && !v.EndOfSupport.IsZero() && !d.Before(v.EndOfSupport) && d.Before(v.ExtendedSupportUntil)
}

// ExtendedSupportEnded reports a version whose paid extended support had
// ended on date d.
func (v Version) ExtendedSupportEnded(d Date) bool {
	return !v.ExtendedSupportUntil.IsZero() && !d.Before(v.ExtendedSupportUntil)
}

// ExtendedSupportMilestone is the end of the paid extended support as a
// milestone for the lifecycle page's "next milestone". It is not one of
// Milestones: it is no CycloneDX lifecycle milestone, and it holds only
// for the customers in the programme.
func (v Version) ExtendedSupportMilestone() Milestone {
	return Milestone{Key: "extended_support_until", Name: "End of paid extended support", Date: v.ExtendedSupportUntil}
}

// validateExtendedSupport checks a version's extended support: it follows
// an end of support, and says what it gives and to whom.
func (v *productValidator) validateExtendedSupport(i int, ver Version) {
	path := fmt.Sprintf("versions[%d]", i)
	until, terms := ver.ExtendedSupportUntil, strings.TrimSpace(ver.ExtendedSupport)
	switch {
	case until.IsZero() && terms != "":
		v.errorf(path+".extended_support", "extended_support without extended_support_until: the documents cannot say until when the programme runs")
	case until.IsZero():
	case ver.EndOfSupport.IsZero() || ver.EndOfSupport.NotApplicable():
		v.errorf(path+".extended_support_until", "extended_support_until (%s) without end_of_support: extended support follows the end of support every other customer has; state it too", until)
	case !until.After(ver.EndOfSupport):
		v.errorf(path+".extended_support_until", "extended_support_until (%s) is not after end_of_support (%s): extended support continues after the end of support", until, ver.EndOfSupport)
	case terms == "":
		v.errorf(path+".extended_support", "missing: say what the extended support programme gives and to whom (security updates only, for a fee, to the customers who sign for it); without it the documents would promise updates to every customer")
	}
}
