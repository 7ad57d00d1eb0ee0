package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// securityDocumentation (SGUD-1 Yes) is the CSD the build publishes about
// each version the form covers, first issued by the form's release
// (csdPublishes): security documentation for the owner or operator. A
// version the form covers without a CSD of its own (documents.versions =
// current, a form covering older versions too) decides nothing: what
// its owners were given is not in the data.
func (f *mds2Facts) securityDocumentation() (fact, bool) {
	if len(f.versions) <= 1 || !f.csdPublishes() {
		return f.csdPublished()
	}
	csds := f.csdVersions
	if csds == nil {
		csds = kind.CSDVersions(f.env, f.p)
	}
	for _, i := range f.versions {
		if v := f.p.Versions[i].Version; v != f.p.VersionOf && !slices.Contains(csds, v) {
			return fact{}, false
		}
	}
	return f.yes("documents.csd", "is the customer security documentation the build publishes about each version the form covers"), true
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
		return fact{}, false
	}
	dated, ok := f.lifecycleDated()
	if !ok {
		return fact{}, false // the page announces no date of support: only stages, GA and a promise
	}
	months := f.p.EndOfLife.NoticeMonths
	var names []string
	for _, i := range f.versions {
		v := f.p.Versions[i]
		names = append(names, v.Version)
		if v.EndOfSupport.IsZero() && !v.EndOfSupport.NotApplicable() && (months <= 0 || f.p.SupportEnded(f.env.AsOf)) {
			return fact{}, false
		}
	}
	return f.yes("documents.lifecycle", fmt.Sprintf("is the document control of the lifecycle page the site publishes (lifecycle.html), which gives the support stage and milestones of %s, and %s end of support or, until it is announced, the promise that it is announced at least %d %s before it; it announces %s",
		content.AndList(names), map[bool]string{true: "its", false: "each one's"}[len(names) == 1], months, content.Plural(months, "month", "months"), dated)), true
}

// lifecycleDated names the first support date the lifecycle page
// announces: a version's end of life, end of guaranteed support or end
// of support, else a component's end of supplier support ([[components]],
// which the page and its lifecycle.json give). A page with none gives
// general availability, stages and a promise of notice only: that is no
// published support date or update information, so RDMP-3 is not derived
// from it (handmds2), nor is a hand No warned about beside it.
func (f *mds2Facts) lifecycleDated() (string, bool) {
	for _, v := range f.p.Versions {
		for _, m := range []struct {
			what string
			d    content.Date
		}{{"end of life", v.EndOfLife}, {"end of guaranteed support", v.EndOfGuaranteedSupport}, {"end of support", v.EndOfSupport}} {
			if !m.d.IsZero() {
				return fmt.Sprintf("the %s of version %s, %s", m.what, v.Version, m.d), true
			}
		}
	}
	for _, c := range f.p.Components {
		if !c.EndOfSupport.IsZero() {
			return fmt.Sprintf("the end of supplier support of the component %s, %s", c.Name, c.EndOfSupport), true
		}
	}
	return "", false
}
