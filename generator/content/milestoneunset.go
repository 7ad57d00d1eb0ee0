package content

import (
	"strings"
)

// UnsetMilestone words, for a table of version v's milestones read on d,
// the milestone (end_of_marketing, end_of_production, end_of_life,
// end_of_guaranteed_support, end_of_support) that the data leave unset:
// "Not announced" while it can still come, since a public page cannot say
// the manufacturer has not chosen a date, only that none is published;
// "Not set" once none can come: every milestone of a version withdrawn
// from the field, and, once its support has ended, its end of guaranteed
// support, marketing and production. The lifecycle page and the product
// page both print it, so that one fact reads alike on both. (An end of
// life left unset but passed reads "Passed, date not stated" on both;
// the lifecycle tables say so of the end of marketing and production
// too, UnsetCell.) A version past its end of life whose end of support is
// not stated (SupportUndecided) may be in Limited Support, where such a
// milestone reads "Not announced", or at End of Support, where it reads
// "Not set" (or is the end of support itself, which would be dated): the
// data do not decide which, so every milestone left unset reads "Not
// stated" (an end of life left unset reads "Passed, date not stated",
// UnsetCell).
func (v Version) UnsetMilestone(milestone string, d Date) string {
	if v.SupportUndecided(d) {
		return "Not stated"
	}
	switch v.Stage(d) {
	case "Withdrawn":
		return "Not set"
	case "End of Support":
		switch milestone {
		case "end_of_marketing", "end_of_production", "end_of_guaranteed_support":
			return "Not set"
		}
	}
	return "Not announced"
}

// UnsetCell words version v's milestone, unset in the data, in a
// lifecycle table read on d: UnsetMilestone, except once the version is
// in Limited Support or End of Support, when its end of life has passed:
// the stage itself says so (Limited Support begins at the end of life,
// and End of Support follows it), so an end of life left unset then
// reads "Passed, date not stated"; "Not set" would say it never came. No
// date is made up: lifecycle.json, which gives dates only, leaves it out.
// An end of marketing or of production left unset is not among them:
// neither is a stage's start, a version need never have had one of its
// own (a software version is not produced; its sale may be the device's),
// and the stages no longer say a version past its end of life is no
// longer sold (Product.EndOfLifeMeans), so the data do not decide that
// it has passed: it reads as UnsetMilestone words it ("Not announced",
// or "Not set" once support has ended). An end of guaranteed support is
// not among them either: the milestone is optional (a version need have
// had no period of guaranteed support), so one left unset is not known
// to have passed, and "Not set" (none published, none will be, as the
// README says of the product page) is all the data decide.
func (v Version) UnsetCell(milestone string, d Date) string {
	if s := v.Stage(d); s == "Limited Support" || s == "End of Support" {
		if milestone == "end_of_life" {
			return "Passed, date not stated"
		}
	}
	return v.UnsetMilestone(milestone, d)
}

// ModelUnsetMilestone words model m's own milestone (end_of_marketing,
// end_of_production, end_of_support) that the data leave unset, read on
// d, as UnsetMilestone words a version's: "Not set" once none can come,
// that is once the model's own support has ended (it is sold and made
// only while supported, which validation holds), or once every version
// it runs is past its end of support or withdrawn (a model is not
// supported with no supported software, so its end of support, and its
// end of marketing and production before it, can no longer come);
// "Not announced" while one can.
func (p *Product) ModelUnsetMilestone(m Model, d Date) string {
	if m.ModelEnded(d) {
		return "Not set"
	}
	runs := p.ModelVersions(m.ID)
	for _, v := range runs {
		if s := v.Stage(d); s != "End of Support" && s != "Withdrawn" {
			return "Not announced"
		}
	}
	if len(runs) > 0 {
		return "Not set"
	}
	return "Not announced"
}

// UnsetMilestone words the milestone (end_of_life, end_of_support) of
// the system's version v that the data leave unset, read on d: an end of
// life passed once the version is past it (Version.UnsetCell); for
// another maker's system (maker), "Not stated", since that maker decides
// and may have announced a date the manufacturer's data do not give;
// else "Not announced", as for the product's own versions.
func (s RelatedSystem) UnsetMilestone(v RelatedVersion, milestone string, d Date) string {
	w := v.Lifecycle().UnsetCell(milestone, d)
	if w == "Not announced" && strings.TrimSpace(s.Maker) != "" {
		return "Not stated"
	}
	return w
}

// UnsetKey is which words for a milestone not given a document's
// milestone tables use on a date (LifecycleKey: the lifecycle page's
// versions, models and related systems; MilestonesKey: the plan's
// versions and models; RelatedSystem.MilestonesKey: one related system's
// versions, as the plan's section on related systems prints them), so
// that the key beneath them (the partial "lifecycle-key") explains those
// and only those.
type UnsetKey struct {
	NotAnnounced  bool // "Not announced" in any table
	VersionNotSet bool // "Not set" in the versions' table
	ModelNotSet   bool // "Not set" in the models' table
	NotStated     bool // "Not stated" in a related system's table
	// VersionNotStated: "Not stated" in the versions' table, a milestone
	// of a version past its end of life whose end of support is not
	// stated (Version.SupportUndecided).
	VersionNotStated bool
	DoesNotApply     bool // "Does not apply" in any table
	// ModelDoesNotApply: "Does not apply" in the models' table (an
	// in-house device's end of marketing, Product.EndOfMarketing).
	ModelDoesNotApply bool
	// PassedUndated: "Passed, date not stated", an end of life, of
	// marketing or of production unset but passed (Version.UnsetCell), in
	// a versions' or related system's table.
	PassedUndated bool
	// NoneNamed: "None named" under a model's "Replaced by" (ModelSuccessor).
	NoneNamed bool
}

// NoSuccessor is what the models' table prints under "Replaced by" for
// a model whose replaced_by is not written: the manufacturer names no
// model in its place. Not "Not stated", which read as a replacement the
// page keeps quiet about, under a model still sold; not "None", which
// the data cannot know (a successor may be planned and not yet named).
const NoSuccessor = "None named"

// ModelSuccessor is the "Replaced by" cell of model m: the model offered
// in its place, else NoSuccessor.
func (m Model) ModelSuccessor() string {
	if m.ReplacedBy != "" {
		return m.ReplacedBy
	}
	return NoSuccessor
}

// Any is whether any table prints a word the key explains: a document
// prints its key only then.
func (k UnsetKey) Any() bool { return k != UnsetKey{} }

// noteUnset records word w, printed for a milestone not given, in k;
// notSet is the "Not set" flag of the table that printed it.
func (k *UnsetKey) noteUnset(w string, notSet *bool) {
	switch w {
	case "Not announced":
		k.NotAnnounced = true
	case "Not set":
		*notSet = true
	case "Not stated":
		k.NotStated = true
	case "Passed, date not stated":
		k.PassedUndated = true
	}
}

// MilestonesKey is the UnsetKey of p's versions' table and, where it is
// printed (ModelMilestones), its models' table, read on d: what the
// security plan's section 11.1 prints, which has these tables and not
// the related systems' (the plan lists those in its own section, each
// with the key of RelatedSystem.MilestonesKey).
func (p *Product) MilestonesKey(d Date) UnsetKey {
	var k UnsetKey
	for _, v := range p.Versions {
		p.noteVersion(&k, v, d)
	}
	if p.ModelMilestones() {
		for _, m := range p.Models {
			if m.ModelSuccessor() == NoSuccessor {
				k.NoneNamed = true
			}
			for _, dt := range []Date{p.EndOfMarketing(m.EndOfMarketing), m.EndOfProduction, m.EndOfSupport} {
				switch {
				case dt.NotApplicable():
					k.DoesNotApply, k.ModelDoesNotApply = true, true
				case dt.IsZero():
					k.noteUnset(p.ModelUnsetMilestone(m, d), &k.ModelNotSet)
				}
			}
		}
	}
	return k
}

// ReleasedMilestonesKey is the UnsetKey of the CSD's table of versions
// (partial "lifecycle-table-released"), read on d: the versions released
// by d, and keep (the CSD's own version, listed even before its release).
// The CSD has no models' table.
func (p *Product) ReleasedMilestonesKey(d Date, keep string) UnsetKey {
	var k UnsetKey
	for _, v := range p.Versions {
		if v.Version == keep || !v.GeneralAvailability.After(d) {
			p.noteVersion(&k, v, d)
		}
	}
	return k
}

// noteVersion records in k the words a versions' table prints for v's
// milestones not given, read on d (partial "version-milestone").
func (p *Product) noteVersion(k *UnsetKey, v Version, d Date) {
	for i, dt := range p.shownMilestoneDates(v) {
		switch {
		case dt.NotApplicable():
			k.DoesNotApply = true
		case dt.IsZero():
			if w := v.UnsetCell(milestoneNames[i][0], d); w == "Not stated" {
				k.VersionNotStated = true
			} else {
				k.noteUnset(w, &k.VersionNotSet)
			}
		}
	}
}

// LifecycleKey is the UnsetKey of p's lifecycle page read on d: the
// words its tables print for each unset milestone, from the functions
// they print them with: MilestonesKey and the related systems' tables.
func (p *Product) LifecycleKey(d Date) UnsetKey {
	k := p.MilestonesKey(d)
	for _, s := range p.RelatedSystems {
		s.noteKey(&k, d)
	}
	return k
}

// MilestonesKey is the UnsetKey of the table of s's versions read on d,
// alone: what the security plan and the CSD print beneath it, whose
// sections on related systems have no other milestone table
// (LifecycleKey would count the product's own versions' words too).
func (s RelatedSystem) MilestonesKey(d Date) UnsetKey {
	var k UnsetKey
	s.noteKey(&k, d)
	return k
}

// noteKey records in k the words the table of s's versions prints for
// an end of life or end of support not given, read on d
// (related-milestone).
func (s RelatedSystem) noteKey(k *UnsetKey, d Date) {
	var none bool // "Not set" of a related system, which no rule gives
	for _, v := range s.Versions {
		for _, e := range []struct {
			key string
			dt  Date
		}{{"end_of_life", v.EndOfLife}, {"end_of_support", v.EndOfSupport}} {
			switch {
			case e.dt.NotApplicable():
				k.DoesNotApply = true
			case e.dt.IsZero():
				// "Not stated" of the system's own maker: a version past its
				// end of life with no end of support stated (Version.
				// SupportUndecided), as the versions' table says it
				if w := s.UnsetMilestone(v, e.key, d); w == "Not stated" && strings.TrimSpace(s.Maker) == "" {
					k.VersionNotStated = true
				} else {
					k.noteUnset(w, &none)
				}
			}
		}
	}
}

// MilestonesNotApplicable are the keys of version v's milestones that do
// not apply (end_of_marketing, …, in milestone order), as its tables
// print "Does not apply": those the data state so, and an in-house
// device's end of marketing (EndOfMarketing). lifecycle.json gives them,
// so that a tool tells them from milestones not announced, which it
// leaves out too.
func (p *Product) MilestonesNotApplicable(v Version) []string {
	return notApplicableKeys(p.shownMilestoneDates(v))
}

// notApplicableKeys are the keys of the milestones stated not to apply
// among dates, a version's milestones in milestoneNames' order.
func notApplicableKeys(dates []Date) []string {
	var keys []string
	for i, d := range dates {
		if d.NotApplicable() {
			keys = append(keys, milestoneNames[i][0])
		}
	}
	return keys
}

// shownMilestoneDates are version v's milestones (milestoneNames' order)
// as its tables give them: an in-house device's end of marketing does
// not apply (EndOfMarketing), nor a hosted-only product's end of
// production (EndOfProduction).
func (p *Product) shownMilestoneDates(v Version) []Date {
	dates := v.milestoneDates()
	for i := range dates {
		switch milestoneNames[i][0] {
		case "end_of_marketing":
			dates[i] = p.EndOfMarketing(dates[i])
		case "end_of_production":
			dates[i] = p.EndOfProduction(dates[i])
		}
	}
	return dates
}

// ModelMilestonesNotApplicable are the keys of model m's own milestones
// that do not apply: an in-house device's end of marketing (a model's
// milestones cannot be written "not_applicable").
func (p *Product) ModelMilestonesNotApplicable(m Model) []string {
	if p.EndOfMarketing(m.EndOfMarketing).NotApplicable() {
		return []string{"end_of_marketing"}
	}
	return nil
}
