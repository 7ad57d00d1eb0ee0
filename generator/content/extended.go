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

// DocumentedOn reports a version that gets a CSD and an MDS2 form of its
// own on date d (documents.versions = "supported"): released and supported
// on d, or past its end of support but in paid extended support. The
// hospitals in the programme still run the version and install its
// updates, so they need its documents; the documents say that the updates
// reach only them.
func (v *Version) DocumentedOn(d Date) bool {
	return v.SupportedOn(d) || v.InExtendedSupport(d)
}

// ExtendedSupportEnded reports a version whose paid extended support had
// ended on date d.
func (v Version) ExtendedSupportEnded(d Date) bool {
	return !v.ExtendedSupportUntil.IsZero() && !d.Before(v.ExtendedSupportUntil)
}

// ExtendedSupportText says, in plain text as of date on, what version v's
// paid extended support gives and to whom, as the documents' "Paid
// extended support" paragraph does (templates/partials/lifecycle.md.tmpl
// "extended-support"), for the files that carry no Markdown (the CSAF
// copy of a notice). maker is the manufacturer's name. Empty for a
// version without extended support.
func (v Version) ExtendedSupportText(maker string, on Date) string {
	if v.ExtendedSupportUntil.IsZero() {
		return ""
	}
	terms := strings.TrimSpace(v.ExtendedSupport)
	if terms != "" && !strings.HasSuffix(terms, ".") {
		terms += "."
	}
	if terms != "" { // the key is what it gives, not a sentence of its own
		terms = " What extended support gives: " + terms
	}
	eos, until := v.EndOfSupport.Long(), v.ExtendedSupportUntil.Long()
	switch {
	case v.EndOfSupport.After(on):
		return fmt.Sprintf("Standard support of version %s ends on %s; after it, %s offers extended support until %s only to the customers who sign for it.%s A customer without it receives no updates for version %s after %s.", v.Version, eos, maker, until, terms, v.Version, eos)
	case v.InExtendedSupport(on):
		return fmt.Sprintf("Standard support of version %s ended on %s; %s gives extended support until %s only to the customers who signed for it.%s A customer without it receives no updates for version %s.", v.Version, eos, maker, until, terms, v.Version)
	}
	return fmt.Sprintf("Support of version %s ended on %s; the extended support %s gave the customers who signed for it ended on %s. Version %s receives no further updates.", v.Version, eos, maker, until, v.Version)
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
	if !until.IsZero() && v.p.InHouse {
		// The documents would say support ended "for every customer",
		// with updates sold on to those who sign for them.
		v.errorf(path+".extended_support_until", "%s, but in_house is true: extended support is a programme sold to customers after the end of support, and an in-house device is neither sold nor has customers; if the institution keeps supporting the version, move its end_of_support instead", until)
	}
}
