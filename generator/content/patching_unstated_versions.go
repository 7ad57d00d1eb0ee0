package content

import (
	"fmt"
	"slices"
	"strings"
)

// Which documents call who installs a [[parts]] entry's updates not
// stated, for check's warning (partEntry). The CSD is built per version:
// its responsibility table points to the software updates section where
// the version's own [updates] obtain, or postmarket.patching.deployment,
// says how updates come (PatchingInUpdatesSection), so an entry is asked
// about in every version whose view holds it, with that version's
// [updates] (a later version may write obtain, or write it empty). The
// plan points to the section that prints postmarket.patching.deployment
// (UpdatesRefPrefix) wherever it is written. The versions are read from
// the file, not from the views: a version's parts are checked while its
// view is being made, before its [updates] are merged.

// updatesSayingFor is updatesSaying for the [[parts]] entry pt at path
// (parts[i], versions[k].changes.parts_added[j] or parts_changed[j]; the
// implicit part at "parts"): the CSD is counted where some version whose
// view holds the entry does not send its patching to the software
// updates section, the plan where its updatability view does not point
// to its deployment section.
func (v *productValidator) updatesSayingFor(path string, pt Part) string {
	p := v.p
	csd := p.Builds("csd") && slices.ContainsFunc(p.partEntryVersions(path, pt.ID), func(i int) bool {
		return !p.patchingSendable(pt) || !p.updatesDescribedAt(i)
	})
	plan := p.Builds("security_plan")
	if _, sent := p.UpdatesRefPrefix(pt, strings.TrimSpace(p.Postmarket.Patching.Deployment) != ""); sent {
		plan = false
	}
	// A related system's part is left out of the plan's updatability
	// view's list: its 9.11 table ("Who patches it") says it, and does
	// not where the system's patch_policy is written.
	if s := relatedOfPart(p, pt.ID); s != nil {
		if !p.Builds("security_plan") || strings.TrimSpace(s.PatchPolicy) != "" {
			return updatesSayingOf(csd, false)
		}
		return updatesSayingNamed(csd, "the plan's related systems section (9.11)")
	}
	return updatesSayingOf(csd, plan)
}

// relatedOfPart is the [[related_systems]] entry that names the part,
// nil for none.
func relatedOfPart(p *Product, id string) *RelatedSystem {
	for i := range p.RelatedSystems {
		if id != "" && p.RelatedSystems[i].Part == id {
			return &p.RelatedSystems[i]
		}
	}
	return nil
}

// partEntryVersions returns the indexes in Versions of the versions
// whose view holds the [[parts]] entry at path with id: from the version
// that writes it (the first, for a top-level entry) up to the one that
// adds, changes or removes that id again. A product that lists no
// versions has one view, the product as written: index -1.
func (p *Product) partEntryVersions(path, id string) []int {
	if len(p.Versions) == 0 {
		return []int{-1}
	}
	from := 0
	if strings.HasPrefix(path, "versions[") {
		if _, err := fmt.Sscanf(path, "versions[%d]", &from); err != nil || from >= len(p.Versions) {
			return nil
		}
	}
	out := []int{from}
	for i := from + 1; i < len(p.Versions); i++ {
		c := p.Versions[i].Changes
		again := func(x Part) bool { return x.ID == id }
		if slices.ContainsFunc(c.PartsAdded, again) || slices.ContainsFunc(c.PartsChanged, again) || slices.Contains(c.PartsRemoved, id) {
			break
		}
		out = append(out, i)
	}
	return out
}

// updatesDescribedAt is UpdatesDescribed of the view of the i-th version
// (-1: the product as written), whose [updates] obtain is the last
// restated up to it (as mergeTable sets it: written, if only empty, or
// not empty), else the top-level one.
func (p *Product) updatesDescribedAt(i int) bool {
	obtain := p.Updates.Obtain
	for k := 1; k <= i && k < len(p.Versions); k++ {
		c := p.Versions[k].Changes
		if p.Source.Has(fmt.Sprintf("versions[%d].changes.updates.obtain", k)) || c.Updates.Obtain != "" {
			obtain = c.Updates.Obtain
		}
	}
	return p.updatesDescribedBy(obtain)
}

// updatesSayingOf names the documents that call who installs a part's
// updates not stated, with the verb: the CSD's responsibility table
// (csd), the plan's updatability view (plan); "" for neither.
func updatesSayingOf(csd, plan bool) string {
	if plan {
		return updatesSayingNamed(csd, "the plan's updatability view")
	}
	return updatesSayingNamed(csd, "")
}

// updatesSayingNamed is updatesSayingOf with the plan's place named
// (plan; "" when the plan does not say it).
func updatesSayingNamed(csd bool, plan string) string {
	var says []string
	if csd {
		says = append(says, "the CSD's responsibility table")
	}
	if plan != "" {
		says = append(says, plan)
	}
	switch len(says) {
	case 0:
		return ""
	case 1:
		return says[0] + " says"
	}
	return strings.Join(says, " and ") + " say"
}
