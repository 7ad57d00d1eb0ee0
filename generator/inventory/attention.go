package inventory

import (
	"cmp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// The components that need attention in a software version: the rule the
// CSD's "components that need attention", the security plan's and the
// lifecycle page's list share.

// EndsBefore reports that c's security fixes end before end, a
// version's end of support: both dates stated, c's the earlier (FixesEnd:
// its extended security updates when it has them). A version whose end
// of support is not stated has none to compare with.
func (c Component) EndsBefore(end content.Date) bool {
	fixes := c.FixesEnd()
	return !fixes.IsZero() && !end.IsZero() && fixes.Before(end)
}

// ComparedEnd is the date a version's components are compared with: its
// end of support when announced, else, when its support is known to last
// beyond a date (content.Product.SupportOutlasts), the day after that
// date, so that a component whose support ends by then ends before it;
// else zero (not compared).
func ComparedEnd(end, outlasts content.Date) content.Date {
	if end.IsZero() && !outlasts.IsZero() {
		return outlasts.AddDays(1)
	}
	return end
}

// BeforeEndOutlasting is BeforeEnd for a version whose end of support,
// end, may not be announced but is known to come after outlasts
// (ComparedEnd): "Yes" for a component whose support ends by outlasts,
// and, as beside an end not announced, "Yes (its support has ended)" for
// one whose support has ended and "Not stated" for one ending later
// (never "No": the version's end may come before it).
//
// A component whose extended security updates reach only some customers
// (the customers who pay for them, or whom is not stated) is judged by
// its supplier's end, which is the answer for a customer without them;
// when the answer for a customer who receives them differs (the updates
// outlast the version's end), both are given, and on what each rests:
// "Yes for a customer who does not pay for its extended security
// updates, no for one who does" (its first part "Yes (its support has
// ended)" once the supplier's support has ended). Neither answer alone is true of every
// customer the comparison concerns: a version's paid extended support
// reaches only the customers who pay for it, and nothing in the data
// says whether they are the ones who receive the component's updates
// (customers_who_buy: from the supplier or through the manufacturer's
// paid extended support).
func (c Component) BeforeEndOutlasting(end, outlasts, on content.Date) string {
	without := c.beforeOutlasting(end, outlasts, on)
	if c.ExtendedUntil.IsZero() || c.ExtendsFixes() {
		return without
	}
	receives := c
	receives.ExtendedFor = content.ExtendedForEveryCustomer
	with := receives.beforeOutlasting(end, outlasts, on)
	if with == without {
		return without
	}
	with = strings.ToLower(with[:1]) + with[1:]
	switch {
	case c.inHouse != "":
		return without + " if " + c.inHouse + " does not obtain its extended security updates, " + with + " if it does"
	case c.ExtendedFor == "customers_who_buy":
		return without + " for a customer who does not pay for its extended security updates, " + with + " for one who does"
	}
	return without + " for a customer who does not receive its extended security updates, " + with + " for one who does"
}

// beforeOutlasting is BeforeEndOutlasting for c as one customer sees
// it: judged by FixesEnd alone.
func (c Component) beforeOutlasting(end, outlasts, on content.Date) string {
	if !end.IsZero() {
		return c.before(end, on)
	}
	if !c.SupportEnded(on) && c.EndsBefore(ComparedEnd(end, outlasts)) {
		return "Yes"
	}
	return c.before(end, on)
}

// NeedsAttention reports a component a customer of a version whose
// support ends on end (zero: not stated) should know about, as of date on
// (the date the document speaks as of): its supplier no longer maintains
// it or has abandoned it, its supplier support ended on or before on
// (whatever level is stated), or its supplier support ends before the
// version's.
func (c Component) NeedsAttention(end, on content.Date) bool {
	return c.EndsBefore(end) || c.SupportEnded(on)
}

// EndsBy reports a component still supported on date on whose security
// fixes (FixesEnd) end on or before by, the end of the notice the
// manufacturer owes before an end of support
// (content.Product.EndsSoonBy): it needs attention in a version whose
// end of support is not announced, though whether it ends before the
// version's is not stated. False when by is zero.
func (c Component) EndsBy(by, on content.Date) bool {
	fixes := c.FixesEnd()
	return !by.IsZero() && !fixes.IsZero() && fixes.After(on) && !fixes.After(by)
}

// EndPassed reports a component whose stated level says its supplier
// still supports it (or states no level) while its end of supplier
// support is on or before date on (SupportEnded by its date alone): the
// level and the date disagree, and the date decides.
func (c Component) EndPassed(on content.Date) bool {
	return !c.Support.Ended() && c.SupportEnded(on)
}

// EndedLater reports a component whose stated level has ended (no longer
// maintained, abandoned) while its end of supplier support is after date
// on: on on the level had not been reached, and its support had not
// ended (SupportEnded). The level is stated as the data stands; the date
// says from when it holds. Extended security updates after the
// supplier's end do not delay the level: the supplier no longer
// maintains the component, though fixes continue (SupportEnded).
func (c Component) EndedLater(on content.Date) bool {
	return c.Support.Ended() && c.EndOfSupport.After(on)
}

// ExtendedOnly reports a component whose level has not ended (stated as
// supported, or not stated at all) whose supplier support has ended while
// extended security updates still bring it fixes on date on: the
// documents call it neither maintained nor ended, and every count of
// support levels puts it apart. A count that calls it "stated as
// supported" must also ask that a level is stated (c.Support != ""):
// with none, only its end of supplier support is stated.
func (c Component) ExtendedOnly(on content.Date) bool {
	return c.InExtended(on) && !c.Support.Ended()
}

// SupportOn is c's support level as a document dated on says it: the
// level's label ("Actively maintained"; unstated, e.g. "Not stated" or
// "Not assessed", for none), or, when its end of supplier support has
// passed on on while the level says it is supported (EndPassed), the
// level as stated and the date it ended: "Actively maintained (as
// stated); supplier support ended on 2024-09-30". A level that has ended
// with its end of support still to come on on is given from that date
// ("No longer maintained from 2024-11-12"): the level is stated as the
// data stands, and was not yet reached on on. A component still
// supported on on only by extended security updates every customer
// receives (InExtended) keeps a supported level from its supplier no
// longer: "Limited support (as stated); supplier support ended on
// 2025-10-14".
func (c Component) SupportOn(on content.Date, unstated string) string {
	if c.EndedLater(on) {
		return c.Support.Label() + " from " + c.EndOfSupport.String()
	}
	if c.EndPassed(on) || c.ExtendedOnly(on) {
		stated := "Level not stated"
		if c.Support != "" {
			stated = c.Support.Label() + " (as stated)"
		}
		if !c.EndPassed(on) {
			// Still supported by the extended security updates, whose end
			// the document prints beside it; the supplier's level is not.
			return stated + "; supplier support ended on " + c.EndOfSupport.String()
		}
		return stated + "; supplier support ended on " + c.EndOfSupport.String() + c.Extended(on)
	}
	if c.Support == "" {
		return unstated
	}
	return c.Support.Label()
}

// Attention is the components of list that need attention, as of date
// on, in a version whose support ends on end, in the order of Compare.
func Attention(list []Component, end, on content.Date) []Component {
	var out []Component
	for _, c := range list {
		if c.NeedsAttention(end, on) {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, Compare)
	return out
}

// BeforeEnd answers, on date on, whether c's support ends before a
// version's, which ends on end (zero: not set, so not before on: an end
// of support is announced ahead of it): "Yes" when its end of support is
// before end; "Yes (its support has ended)" when its support has ended
// on on (its level says so, or its end of support has passed) and the
// version's has not, or is not set; "No" when its end of support is not
// before end; else "Not stated" (no date to compare, or both have ended
// with no date saying which first). A component with no date is never
// "No". Extended security updates that reach only some customers may
// give two answers (BeforeEndOutlasting).
func (c Component) BeforeEnd(end, on content.Date) string {
	return c.BeforeEndOutlasting(end, content.Date{}, on)
}

// before is BeforeEnd for c as one customer sees it: judged by FixesEnd
// alone.
func (c Component) before(end, on content.Date) string {
	switch {
	case end.IsZero() && c.SupportEnded(on):
		return "Yes (its support has ended)"
	case end.IsZero():
		return "Not stated"
	case c.SupportEnded(on) && end.After(on):
		// Ended while the version runs on: said alike whether or not its
		// end is dated (a dated one also ends before the version's).
		return "Yes (its support has ended)"
	case c.EndsBefore(end):
		return "Yes"
	case !c.FixesEnd().IsZero():
		return "No"
	}
	return "Not stated"
}

// Compare orders components by name (case folded, then exact), version,
// purl, supplier and the SBOM file they came from.
func Compare(a, b Component) int {
	return cmp.Or(
		cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.Version, b.Version), cmp.Compare(a.PURL, b.PURL), cmp.Compare(a.Supplier, b.Supplier),
		cmp.Compare(a.Group, b.Group), cmp.Compare(a.Ref, b.Ref), cmp.Compare(a.SBOMFile, b.SBOMFile),
	)
}
