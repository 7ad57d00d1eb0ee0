package content

import (
	"fmt"
	"slices"
)

// Milestones of a hardware model. A model can reach its end of support
// (parts no longer made, its hardware unable to run later software)
// while a version it shares with newer models stays supported on them.
// The version's milestones then stay true for the newer models only: a
// document about the version, dated on or after the model's end of
// support, covers the models still supported and says which model's
// support ended.

// ModelEnded reports whether model m's support has ended on date d.
func (m Model) ModelEnded(d Date) bool {
	return !m.EndOfSupport.IsZero() && !d.Before(m.EndOfSupport)
}

// HasMilestones reports whether the model states any milestone of its own.
func (m Model) HasMilestones() bool {
	return !m.EndOfMarketing.IsZero() || !m.EndOfProduction.IsZero() || !m.EndOfSupport.IsZero()
}

// ModelMilestones reports whether any model of the product states a
// milestone of its own: the lifecycle page then lists them.
func (p *Product) ModelMilestones() bool {
	return slices.ContainsFunc(p.Models, Model.HasMilestones)
}

// SupportedModelIDs returns the IDs of the models that run version v
// (ModelIDs) whose support has not ended on date d. When every one of
// them has ended, it returns them all: the version's own end of support
// is then no later (validated), and the document says the version's
// support ended instead.
func (p *Product) SupportedModelIDs(v *Version, d Date) []string {
	all := p.ModelIDs(v)
	var out []string
	for _, id := range all {
		if m := p.Model(id); m == nil || !m.ModelEnded(d) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// EndedModels returns the models that run version v whose support has
// ended on date d while another model of v is still supported: those a
// document about v dated d leaves out and names as ended.
func (p *Product) EndedModels(v *Version, d Date) []Model {
	if v == nil {
		return nil
	}
	supported := p.SupportedModelIDs(v, d)
	var out []Model
	for _, id := range p.ModelIDs(v) {
		if !slices.Contains(supported, id) {
			out = append(out, *p.Model(id))
		}
	}
	return out
}

// modelMilestones checks each model's milestones: marketing and
// production end no later than support; the model it is replaced by is
// another model of the product; its end of support is not after that of
// every version it runs; and a version whose every model has an end of
// support has one of its own no later than the last of them.
func (v *productValidator) modelMilestones(known map[string]bool) {
	p := v.p
	for i, m := range p.Models {
		at := fmt.Sprintf("models[%d]", i)
		for _, e := range []struct {
			key string
			d   Date
		}{{"end_of_marketing", m.EndOfMarketing}, {"end_of_production", m.EndOfProduction}} {
			if !e.d.IsZero() && !m.EndOfSupport.IsZero() && m.EndOfSupport.Before(e.d) {
				v.errorf(at+"."+e.key, "model %s: %s (%s) is after its end_of_support (%s); a model is sold and made only while supported", m.ID, e.key, e.d, m.EndOfSupport)
			}
		}
		if m.ReplacedBy != "" {
			switch {
			case m.ReplacedBy == m.ID:
				v.errorf(at+".replaced_by", "model %s is replaced by itself; name the model offered in its place", m.ID)
			case !known[m.ReplacedBy]:
				v.errorf(at+".replaced_by", "unknown model %q (want one of %s)", m.ReplacedBy, keysOf(known))
			case !m.HasMilestones():
				v.errorf(at+".replaced_by", "model %s is replaced by %s but states no end_of_marketing, end_of_production or end_of_support; give the date it is replaced", m.ID, m.ReplacedBy)
			}
		}
		if m.EndOfSupport.IsZero() {
			continue
		}
		var last Date
		runs := p.ModelVersions(m.ID)
		for _, ver := range runs {
			if ver.EndOfSupport.IsZero() {
				last = Date{}
				break
			}
			if last.IsZero() || last.Before(ver.EndOfSupport) {
				last = ver.EndOfSupport
			}
		}
		if len(runs) > 0 && !last.IsZero() && last.Before(m.EndOfSupport) {
			v.errorf(at+".end_of_support", "model %s: end_of_support (%s) is after the end of support of every version it runs (the last %s); a model is not supported with no supported software: set it no later, or extend a version's end_of_support", m.ID, m.EndOfSupport, last)
		}
	}
	for j := range p.Versions {
		ver := &p.Versions[j]
		var last Date
		all := true
		for _, id := range p.ModelIDs(ver) {
			m := p.Model(id)
			if m == nil || m.EndOfSupport.IsZero() {
				all = false
				break
			}
			if last.IsZero() || last.Before(m.EndOfSupport) {
				last = m.EndOfSupport
			}
		}
		if !all || last.IsZero() {
			continue
		}
		if ver.EndOfSupport.IsZero() || last.Before(ver.EndOfSupport) {
			said := "not set"
			if !ver.EndOfSupport.IsZero() {
				said = ver.EndOfSupport.String()
			}
			v.errorf(fmt.Sprintf("versions[%d].end_of_support", j), "version %s runs only on models whose support ends by %s (models.end_of_support), but its end_of_support is %s; a version is not supported on no supported model: set it no later than %s", ver.Version, last, said, last)
		}
	}
}

// ModelsNotRunning returns the IDs among ids whose model does not run
// version v (versions.models): to its owners, "the current version is v"
// is not a version they can install.
func (p *Product) ModelsNotRunning(v *Version, ids []string) []string {
	runs := p.ModelIDs(v)
	var out []string
	for _, id := range ids {
		if !slices.Contains(runs, id) {
			out = append(out, id)
		}
	}
	return out
}

// CurrentVersionOn is CurrentVersion for model m: the newest version that
// runs on m, generally available on d and not withdrawn by then; nil when
// none is.
func (p *Product) CurrentVersionOn(m string, d Date) *Version {
	var cur *Version
	for i := range p.Versions {
		v := &p.Versions[i]
		if slices.Contains(p.ModelIDs(v), m) && v.ReleasedOn(d) && !v.WithdrawnOn(d) &&
			(cur == nil || !v.GeneralAvailability.Before(cur.GeneralAvailability)) {
			cur = v
		}
	}
	return cur
}

// MilestonesApartFrom returns model m's own milestones (Milestones) that
// are not version v's same milestone on the same date: a document about
// v, whose dates are v's, states those apart for m. All of them when v
// is nil.
func (m Model) MilestonesApartFrom(v *Version) []Milestone {
	var out []Milestone
	for _, ms := range m.Milestones() {
		if v != nil {
			if d := v.milestone(ms.Key); d != nil && !d.Before(ms.Date) && !ms.Date.Before(*d) {
				continue
			}
		}
		out = append(out, ms)
	}
	return out
}
