package content

import "slices"

// An end-of-support notice about versions that only some models run,
// each of which reaches its own end of support with them: Gen 1 sensors
// run firmware 1.9 alone, and both end on 2027-03-31, while Gen 2 goes on.
// What ends for the customer is those models, so the notice's default
// title names them ("model Gen 1 (software 1.9)") and its effective dates
// give their own milestones, as a notice naming them (notices.models)
// would. Unlike that notice, it still announces the versions' own dates.

// NoticeRetiredModels returns the models that end with an end-of-support
// notice's versions: every model that runs one of them, when each states
// an end of support from the notice's issue to the end of support of the
// notice's versions it runs, runs no other version supported past that
// date, and some model of the product runs none of them (it goes on).
// None for a notice naming some models' own end of support
// (NoticeEndsModels), or when any of this is not stated.
func (p *Product) NoticeRetiredModels(n Notice) []Model {
	if n.Kind != "end_of_support" || len(n.Versions) == 0 || p.NoticeEndsModels(n) != nil {
		return nil
	}
	vs := p.NoticeVersions(n)
	if len(vs) != len(n.Versions) {
		return nil
	}
	runs := map[string]bool{}
	for _, v := range vs {
		if v.EndOfSupport.IsZero() {
			return nil
		}
		for _, id := range p.ModelIDs(v) {
			runs[id] = true
		}
	}
	// notices.models written naming other models than those that run
	// the versions: the data disagree, so nothing is derived.
	for _, id := range n.Models {
		if !runs[id] {
			return nil
		}
	}
	issued := n.IssuedOrFirst()
	var out []Model
	for _, m := range p.Models {
		if !runs[m.ID] {
			continue
		}
		if m.EndOfSupport.IsZero() || (!issued.IsZero() && m.EndOfSupport.Before(issued)) {
			return nil // not stated, or ended before the notice announced anything
		}
		for _, v := range p.ModelVersions(m.ID) {
			if slices.Contains(n.Versions, v.Version) {
				if m.EndOfSupport.After(v.EndOfSupport) {
					return nil
				}
				continue
			}
			// Another version on the model: it must end by the model's
			// end of support, else the model goes on with it.
			if v.EndOfSupport.IsZero() || v.EndOfSupport.After(m.EndOfSupport) {
				return nil
			}
		}
		out = append(out, m)
	}
	if len(out) == 0 || len(out) == len(p.Models) {
		return nil // no model, or the whole product ends: "software …" says it
	}
	return out
}

// nameRetiredModels gives each notice whose versions end with the models
// that run them (NoticeRetiredModels) their IDs, for its default title.
func nameRetiredModels(p *Product) {
	for i, n := range p.Notices {
		p.Notices[i].titleModels = nil
		for _, m := range p.NoticeRetiredModels(n) {
			p.Notices[i].titleModels = append(p.Notices[i].titleModels, m.ID)
		}
	}
}
