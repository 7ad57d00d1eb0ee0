package inventory

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// NoticeNamed is a component that notices about a version without a
// component list of its own name as that version's (Inventory.Named).
type NoticeNamed struct {
	Component
	// Notices are the IDs (content.Notice.ID) of the notices that name it
	// as the version's, in the product file's order: a document cites
	// only those issued by its date.
	Notices []string
}

// nameByNotices gives each version of vs without a component list of its
// own (ListedFor) the components that notices about it name as its
// (Inventory.Named), as the components a vulnerability record names are
// taken as such a version's (vuln.Load): the notice is the
// manufacturer's statement of what the version contains. A notice names
// component C as version V's when its versions include V and every other
// version they include has a component list of its own that does not
// hold C; a notice about two versions without lists, or about one whose
// list holds C, does not decide which of them C is in. The notices'
// components are those the current version's load resolved (Noticed):
// one not found anywhere names nothing.
func (vs *Versions) nameByNotices(notices []content.Notice) {
	ownList := func(v string) (*Inventory, bool) {
		o := vs.ByVersion[v]
		return o, o != nil && o.ListedFor == "" && (len(o.List) > 0 || len(o.SBOMs) > 0)
	}
	for v, inv := range vs.ByVersion {
		if inv.ListedFor == "" {
			continue
		}
		inv.Named = nil
		for _, n := range notices {
			if !slices.Contains(n.Versions, v) {
				continue
			}
			for j, ref := range n.Components {
				resolved := vs.Inventory.NoticeComponents(n.ID)
				if j >= len(resolved) || resolved[j] == nil || !namesOnly(n.Versions, v, ref, ownList) {
					continue
				}
				inv.Named = addNamed(inv.Named, *resolved[j], n.ID)
			}
		}
		slices.SortStableFunc(inv.Named, func(a, b NoticeNamed) int { return Compare(a.Component, b.Component) })
	}
}

// namesOnly reports whether a notice about versions, naming ref, can
// mean only version v by it: every other version it is about has a
// component list of its own (ownList) that does not hold ref.
func namesOnly(versions []string, v string, ref content.NoticeComponent, ownList func(string) (*Inventory, bool)) bool {
	for _, w := range versions {
		if w == v {
			continue
		}
		o, own := ownList(w)
		if !own || slices.ContainsFunc(o.List, func(c Component) bool { return c.Matches(ref.PURL, ref.Name, ref.Version) }) {
			return false
		}
	}
	return true
}

// addNamed adds c, named by notice id, to named: once per component
// (its purl, else its name and version), with every notice naming it.
func addNamed(named []NoticeNamed, c Component, id string) []NoticeNamed {
	key := func(c Component) string {
		if p := strings.TrimSpace(c.PURL); p != "" {
			return p
		}
		return strings.ToLower(strings.TrimSpace(c.Name)) + "@" + strings.TrimSpace(c.Version)
	}
	for i := range named {
		if key(named[i].Component) == key(c) {
			if !slices.Contains(named[i].Notices, id) {
				named[i].Notices = append(named[i].Notices, id)
			}
			return named
		}
	}
	return append(named, NoticeNamed{Component: c, Notices: []string{id}})
}

// NamedIn is what Named holds for version v of the product whose
// inventories LoadVersions read with inv as the current version's; nil
// for a version with a component list of its own, or when inv was not
// read so (Load).
func (inv *Inventory) NamedIn(v string) []NoticeNamed {
	if inv == nil || inv.versions == nil {
		return nil
	}
	if o := inv.versions.ByVersion[v]; o != nil {
		return o.Named
	}
	return nil
}
