package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// securityDocumentation (SGUD-1 Yes) is the CSD the build publishes about
// the form's version, first issued by the form's release (csdPublishes):
// security documentation for the owner or operator, which the
// manufacturer therefore provides. A form covering older versions too
// without a CSD of their own (documents.versions = current) is still
// answered Yes from it; the basis names the versions it is about and
// those it is not, whose owners may have been given other documentation
// the data do not record.
func (f *mds2Facts) securityDocumentation() (fact, bool) {
	if len(f.versions) <= 1 || !f.csdPublishes() {
		return f.csdPublished()
	}
	csds := f.csdVersions
	if csds == nil {
		csds = kind.CSDVersions(f.env, f.p)
	}
	var with, without []string
	for _, i := range f.versions {
		if v := f.p.Versions[i].Version; v == f.formVersion() || slices.Contains(csds, v) {
			with = append(with, v)
		} else {
			without = append(without, v)
		}
	}
	if len(without) == 0 {
		return f.yes("documents.csd", "is the customer security documentation the build publishes about each version the form covers"), true
	}
	return f.yes("documents.csd", fmt.Sprintf("is the customer security documentation the build publishes about %s %s; of %s, which the form also covers, the build publishes none",
		content.Plural(len(with), "version", "versions"), content.AndList(with), content.AndList(without))), true
}

// supportDatesPublished (RDMP-3 Yes) is every covered version's end of
// support (supportDates), else the lifecycle page the site publishes,
// first issued by the form's release: it gives each version's support
// stage and milestones, and of each covered version its end of support,
// that it does not apply, or, not yet announced, the promise that it is
// announced end_of_life.notice_months ahead (the page's key says so, not
// where: the data may promise e-mail). The
// page without that promise (support ended for every version: no notice
// promised) decides nothing for a version without an end of support.
func (f *mds2Facts) supportDatesPublished() (fact, bool) {
	if d, ok := f.supportDates(); ok {
		return d, true
	}
	page := f.p.Documents.Lifecycle
	if page.ID == "" || !f.p.Builds("lifecycle") || len(f.versions) == 0 ||
		page.FirstIssued().After(kind.Released(f.p.Documents.MDS2, f.env.AsOf)) {
		return f.csdSupportDates()
	}
	dated, ok := f.lifecycleDated()
	if !ok {
		return f.csdSupportDates() // the page announces no date of support: only stages, GA and a promise
	}
	names, each, ok := f.coveredSupportPromised(nil)
	if !ok {
		return f.csdSupportDates()
	}
	months := f.p.EndOfLife.NoticeMonths
	return f.yes("documents.lifecycle", fmt.Sprintf("is the document control of the lifecycle page the site publishes (lifecycle.html), which gives the support stage and milestones of %s, and %s end of support or, until it is announced, the promise that it is announced at least %d %s before it; it announces %s",
		names, each, months, content.Plural(months, "month", "months"), dated)), true
}

// coveredSupportPromised names the versions the form covers, and "its" or
// "each one's", where each has its end of support, that it does not
// apply, or, not yet announced, the promise of notice
// (end_of_life.notice_months, support not ended for every version); a
// version listed reports false for a version the document does not list
// (nil: every version is listed).
func (f *mds2Facts) coveredSupportPromised(listed func(content.Version) bool) (string, string, bool) {
	months := f.p.EndOfLife.NoticeMonths
	var names []string
	for _, i := range f.versions {
		v := f.p.Versions[i]
		names = append(names, v.Version)
		if listed != nil && !listed(v) {
			return "", "", false
		}
		if v.EndOfSupport.IsZero() && !v.EndOfSupport.NotApplicable() && (months <= 0 || f.p.SupportEnded(f.env.AsOf)) {
			return "", "", false
		}
	}
	if len(names) == 0 {
		return "", "", false
	}
	return content.AndList(names), map[bool]string{true: "its", false: "each one's"}[len(names) == 1], true
}

// csdSupportDates (RDMP-3 Yes) is the CSD the build publishes about the
// form's version, first issued by the form's release (csdPublishes): its
// section 13 gives the table of the released versions (and its own) with
// each one's support stage and milestones, and the promise of notice, as
// the lifecycle page does. It decides as the page does, from the support
// dates that table gives (a version's end of life, end of guaranteed
// support or end of support; components' dates are not in it) and from
// each covered version's end of support or the promise; a CSD whose
// table gives no date decides nothing.
func (f *mds2Facts) csdSupportDates() (fact, bool) {
	if len(f.versions) == 0 || !f.csdPublishes() {
		return fact{}, false
	}
	listed := func(v content.Version) bool {
		return v.Version == f.formVersion() || !v.GeneralAvailability.After(f.env.AsOf)
	}
	dated, ok := f.versionDated(listed)
	if !ok {
		return fact{}, false
	}
	names, each, ok := f.coveredSupportPromised(listed)
	if !ok {
		return fact{}, false
	}
	months := f.p.EndOfLife.NoticeMonths
	return f.yes("documents.csd", fmt.Sprintf("is the customer security documentation the build publishes about the form's version, whose section on end of support and end of life gives the support stage and milestones of %s, and %s end of support or, until it is announced, the promise that it is announced at least %d %s before it; it gives %s",
		names, each, months, content.Plural(months, "month", "months"), dated)), true
}

// versionDated names the first support date of a version listed gives:
// its end of life, end of guaranteed support or end of support.
func (f *mds2Facts) versionDated(listed func(content.Version) bool) (string, bool) {
	for _, v := range f.p.Versions {
		if !listed(v) {
			continue
		}
		for _, m := range []struct {
			what string
			d    content.Date
		}{{"end of life", v.EndOfLife}, {"end of guaranteed support", v.EndOfGuaranteedSupport}, {"end of support", v.EndOfSupport}} {
			if !m.d.IsZero() {
				return fmt.Sprintf("the %s of version %s, %s", m.what, v.Version, m.d), true
			}
		}
	}
	return "", false
}

// lifecycleDated names the first support date the lifecycle page
// announces: a version's end of life, end of guaranteed support or end
// of support, else a component's end of supplier support ([[components]],
// which the page and its lifecycle.json give). A page with none gives
// general availability, stages and a promise of notice only: that is no
// published support date or update information, so RDMP-3 is not derived
// from it (handmds2), nor is a hand No warned about beside it.
func (f *mds2Facts) lifecycleDated() (string, bool) {
	if d, ok := f.versionDated(func(content.Version) bool { return true }); ok {
		return d, true
	}
	for _, c := range f.p.Components {
		if !c.EndOfSupport.IsZero() {
			return fmt.Sprintf("the end of supplier support of the component %s, %s", c.Name, c.EndOfSupport), true
		}
	}
	return "", false
}

// formVersion is the version the form is about: the product's VersionOf,
// else the version described on the form's release.
func (f *mds2Facts) formVersion() string {
	if f.p.VersionOf != "" {
		return f.p.VersionOf
	}
	if v := f.p.DescribedVersion(kind.Released(f.p.Documents.MDS2, f.env.AsOf)); v != nil {
		return v.Version
	}
	return ""
}
