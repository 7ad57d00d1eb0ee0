package content

import (
	"fmt"
	"slices"
	"strings"
)

// A notice about a model's end of support. A maker retires a hardware
// model (parts no longer made, its hardware unable to run later
// software) while the version it runs stays supported on newer models:
// "End of support of the TV-300T" while 5.0 continues on the TV-300B.
// Such a notice names the version (the software on the customer's
// devices) and, in notices.models, only the models whose support ends;
// its dates, what stops and when, are then the models' milestones
// (models.end_of_*), never the version's: the version's support does
// not end with it.

// modelMilestoneKeys are the milestones a model states, in order.
var modelMilestoneKeys = []string{"end_of_marketing", "end_of_production", "end_of_support"}

// Milestones returns the model's own milestones that are set, in order.
func (m Model) Milestones() []Milestone {
	var out []Milestone
	for _, k := range modelMilestoneKeys {
		if d := m.MilestoneDate(k); !d.IsZero() {
			out = append(out, Milestone{Key: k, Name: MilestoneName(k), Date: d})
		}
	}
	return out
}

// MilestoneDate returns the date of the model's milestone key
// (end_of_marketing, end_of_production, end_of_support); zero when it is
// not set or is not a milestone of a model.
func (m Model) MilestoneDate(key string) Date {
	switch key {
	case "end_of_marketing":
		return m.EndOfMarketing
	case "end_of_production":
		return m.EndOfProduction
	case "end_of_support":
		return m.EndOfSupport
	}
	return Date{}
}

// NoticeEndsModels returns the models whose own end of support an
// end-of-life or end-of-support notice announces: the models it names
// (notices.models) when it leaves out a model that runs its versions.
// None when it names no model, or every model that runs its versions:
// it then announces the versions' milestones.
func (p *Product) NoticeEndsModels(n Notice) []Model {
	if !n.AboutVersions() || len(n.Models) == 0 || len(p.noticeModelsLeftOut(n)) == 0 {
		return nil
	}
	var out []Model
	for _, m := range p.Models {
		if slices.Contains(n.Models, m.ID) {
			out = append(out, m)
		}
	}
	return out
}

// noticeModelsLeftOut returns the IDs of the models that run a version
// notice n names but that n's models leave out, in product order.
func (p *Product) noticeModelsLeftOut(n Notice) []string {
	runs := map[string]bool{}
	for _, ver := range p.NoticeVersions(n) {
		for _, id := range p.ModelIDs(ver) {
			runs[id] = true
		}
	}
	var left []string
	for _, m := range p.Models {
		if runs[m.ID] && !slices.Contains(n.Models, m.ID) {
			left = append(left, m.ID)
		}
	}
	return left
}

// NoticeOtherModels returns the IDs of the models that run version ver
// of a notice about some models' end of support but that the notice
// does not concern: the version's own dates apply on them. None for a
// version only those models run, or a notice about the versions.
func (p *Product) NoticeOtherModels(n Notice, ver string) []string {
	v := p.Version(ver)
	if v == nil || p.NoticeEndsModels(n) == nil {
		return nil
	}
	var out []string
	for _, id := range p.ModelIDs(v) {
		if !slices.Contains(n.Models, id) {
			out = append(out, id)
		}
	}
	return out
}

// nameModels gives each notice about some models' end of support their
// IDs, for its default title ("End-of-Support Notice: model TV-300T
// (software 5.0)"), which must not read as the version's end of support.
func nameModels(p *Product) {
	for i, n := range p.Notices {
		if p.NoticeEndsModels(n) != nil {
			p.Notices[i].endsModels = slices.Clone(n.Models)
		}
	}
}

// modelNotice checks a notice about some models' end of support: each
// model it names states its end_of_support (the date the notice
// announces), every stop dated by a milestone is one the models state,
// and no upgrade keeps their hardware (software_only).
func (v *productValidator) modelNotice(path string, n Notice, left []string) {
	var none []string
	for _, id := range n.Models {
		if m := v.p.Model(id); m != nil && m.EndOfSupport.IsZero() {
			none = append(none, id)
		}
	}
	if len(none) > 0 {
		verb, them := "run", "them"
		if len(left) == 1 {
			verb, them = "runs", "it"
		}
		v.errorf(path+".models", "leaves out %s, which %s the versions this notice names, and %s states no end_of_support (models.end_of_support): a notice naming some models only announces their own end of support, so each model it names states one; else the notice concerns the versions' milestones, which are every model's: name %s too, or leave models out", strings.Join(left, ", "), verb, AndList(none), them)
		return
	}
	// A model has no end of life: it is marketed and made until its own
	// end_of_marketing and end_of_production, and supported until its
	// end_of_support. An end-of-life notice about it would announce a date
	// the data do not give, and mapping it to another milestone would
	// print a milestone the manufacturer did not name; the notice is an
	// end-of-support notice, whose stops can be dated by the model's end
	// of marketing.
	if n.Kind == "end_of_life" {
		v.errorf(path+".kind", "a model has no end of life: this notice names %s only (models), so it announces their end of support; write kind = \"end_of_support\" (its stops may be dated by the models' end_of_marketing or end_of_production)", AndList(n.Models))
		return
	}
	v.modelNoticeLead(path, n)
	for j, s := range n.Stops {
		if s.Milestone == "" {
			continue
		}
		for _, id := range n.Models {
			if m := v.p.Model(id); m != nil && m.MilestoneDate(s.Milestone).IsZero() {
				v.errorf(fmt.Sprintf("%s.stops[%d].milestone", path, j), "model %s has no %s date: this notice announces the end of support of %s, not of version %s, so its stops are dated by the models' end_of_marketing, end_of_production or end_of_support, or by a date", id, s.Milestone, AndList(n.Models), strings.Join(n.Versions, ", "))
			}
		}
	}
	for j, u := range n.UpgradePaths {
		if u.Kind == "software_only" {
			v.errorf(fmt.Sprintf("%s.upgrade_paths[%d].kind", path, j), "a software-only upgrade keeps the hardware of %s, whose support this notice ends; offer a partial or full replacement (such as the model it is replaced_by)", AndList(n.Models))
		}
	}
}

// noticeModelsReplaced reports a notice about some models' end of
// support each of which names the model offered in its place
// (models.replaced_by): a full replacement leads to those when it names
// no target of its own.
func (p *Product) noticeModelsReplaced(n Notice) bool {
	ms := p.NoticeEndsModels(n)
	return ms != nil && !slices.ContainsFunc(ms, func(m Model) bool { return m.ReplacedBy == "" })
}

// modelNoticeLead checks the notice customers had of each model's end of
// support as notice n announces it, the way noticeLead checks a
// version's: only the first notice announcing it (the earliest issued
// notice about the model's end of support) is judged, and it is reported
// when issued after that date, less than 24 months before it (IMDRF N70),
// or less than end_of_life.notice_months before it.
func (v *productValidator) modelNoticeLead(path string, n Notice) {
	p := v.p
	if n.Issued.IsZero() {
		return
	}
	for _, id := range n.Models {
		m := p.Model(id)
		if m == nil || m.EndOfSupport.IsZero() {
			continue
		}
		if first := p.firstModelNotice(id); first == nil || first.ID != n.ID {
			continue
		}
		what := fmt.Sprintf("model %s's end of support on %s", id, m.EndOfSupport)
		v.leadWarn(path, n, what, m.EndOfSupport, "[[models]]", true)
	}
}

// firstModelNotice is the earliest issued notice that announces model
// id's own end of support (NoticeEndsModels); nil when none does.
func (p *Product) firstModelNotice(id string) *Notice {
	var first *Notice
	for i := range p.Notices {
		n := &p.Notices[i]
		if n.Issued.IsZero() || n.Kind != "end_of_support" || !slices.ContainsFunc(p.NoticeEndsModels(*n), func(m Model) bool { return m.ID == id }) {
			continue
		}
		if first == nil || n.Issued.Before(first.Issued) {
			first = n
		}
	}
	return first
}
