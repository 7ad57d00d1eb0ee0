package inventory

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/jspgen/jspgen/generator/content"
)

// resolveNotice finds each component notice n (the product's i-th) names:
// first in the notice's own SBOM (annotated by the product file's
// [[components]]), then among the product's components. It returns nil
// entries, with a diagnostic each, for names it cannot find.
//
// others are the other versions' own inventories (LoadVersions), nil for
// Load: then the versions' SBOM files are those their lists name.
func (inv *Inventory) resolveNotice(fs *files, p *content.Product, i int, n content.Notice, others map[string]*Inventory) ([]*Component, content.Diagnostics) {
	var diags content.Diagnostics
	path := fmt.Sprintf("notices[%d]", i)
	var own []Component
	if n.SBOM != "" {
		doc, _, d, _ := fs.named(p, path+".sbom", n.SBOM)
		diags = append(diags, d...)
		if doc != nil {
			own = FromSBOM(doc, n.SBOM, p.Components)
			sup := supporter{p: p}
			for k := range own {
				diags = append(diags, sup.resolve(&own[k], path+".sbom")...)
			}
		}
	}
	product := inv.List
	// The SBOM files of the versions the notice names that are not the
	// current version's: a notice about an older version's component
	// stays true once a newer version replaces it. Read only when a
	// component is found nowhere else.
	var theirs []Component
	readTheirs := sync.OnceFunc(func() {
		// The [[components]] entries given to the notice's versions
		// (givenTo), as those versions' loads listed them.
		for _, ver := range n.Versions {
			if o := others[ver]; o != nil {
				theirs = append(theirs, givenElsewhere(o.List)...)
			}
		}
		ours := func(rel string) bool {
			return slices.ContainsFunc(inv.SBOMs, func(f SBOMFile) bool { return f.Path == rel })
		}
		var rels []string
		for _, ver := range n.Versions {
			if others == nil {
				rels = append(rels, p.At(ver).SBOM.Files...)
			} else if o := others[ver]; o != nil {
				for _, f := range o.SBOMs {
					rels = append(rels, f.Path)
				}
			}
		}
		for _, rel := range rels {
			if ours(rel) || rel == n.SBOM {
				continue
			}
			if doc, _, err := fs.get(rel); err == nil { // else the version's own load reports it
				// Each component's support as that version's own
				// inventory gives it (its SBOM's properties, the
				// rules); that load reports the problems.
				list := FromSBOM(doc, rel, p.Components)
				sup := supporter{p: p}
				for k := range list {
					sup.resolve(&list[k], "")
				}
				theirs = append(theirs, list...)
			}
		}
	})
	find := func(list []Component, ref content.NoticeComponent) *Component {
		for k := range list {
			if list[k].Matches(ref.PURL, ref.Name, ref.Version) {
				c := list[k]
				return &c
			}
		}
		return nil
	}
	out := make([]*Component, len(n.Components))
	for j, ref := range n.Components {
		if out[j] = find(own, ref); out[j] == nil {
			out[j] = find(product, ref)
		}
		if out[j] == nil {
			readTheirs()
			out[j] = find(theirs, ref)
		}
		if c := out[j]; c != nil && statesSupport(ref) {
			cp := fmt.Sprintf("%s.components[%d]", path, j)
			if c.Origin.Kind == OriginAnnotation {
				diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(cp), Path: cp,
					Message: fmt.Sprintf("component %s %s: its support level and end of support are recorded in [[components]]; do not repeat them in the notice", c.Name, c.Version)})
			} else {
				c.takeNoticeSupport(p, cp, n, ref)
			}
		}
		diags = append(diags, noticeOutsideVersions(p, i, j, n, out[j])...)
		if out[j] == nil {
			cp := fmt.Sprintf("%s.components[%d]", path, j)
			where := "the product's SBOM files or [[components]]"
			if n.SBOM != "" {
				where = n.SBOM + ", the product's SBOM files or [[components]]"
			}
			what := ref.PURL
			if what == "" {
				what = content.NameVersion(ref.Name, ref.Version)
			}
			msg := fmt.Sprintf("unknown component %q: no component of %s matches it", what, where)
			if versions := versionsNamed(append(append(slices.Clone(own), product...), theirs...), ref.Name); ref.PURL == "" && len(versions) > 0 {
				msg += fmt.Sprintf(" (%s exists in version %s)", ref.Name, strings.Join(versions, ", "))
			}
			if tc, k := entryGivenTo(p, ref); k >= 0 {
				at := fmt.Sprintf("components[%d].versions", k)
				msg = fmt.Sprintf("component %q is no component of version %s, which the notice is about: %s (line %d) gives it to version %s only; name it in a notice about its versions, or add the notice's versions to %s",
					what, strings.Join(n.Versions, ", "), at, p.Source.Line(at), strings.Join(tc.Versions, ", "), at)
			}
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(cp), Path: cp, Message: msg})
		}
	}
	return out, diags
}

func versionsNamed(list []Component, name string) []string {
	var out []string
	for _, c := range list {
		if strings.EqualFold(strings.TrimSpace(c.Name), strings.TrimSpace(name)) && !slices.Contains(out, c.Version) {
			out = append(out, c.Version)
		}
	}
	slices.Sort(out)
	return out
}

// applyNoticeSupport gives each component of list that a notice states
// the support of ([[notices.components]] support or end_of_support) that
// support, unless a [[components]] entry annotates it: the notice's
// statement about that component version is the manufacturer's, more
// specific than an SBOM property or a support rule, so that every
// document and annotated SBOM listing the component says what the notice
// says (the 4.1.0 CSD called qtbase 6.2.8 maintained, by a site rule,
// beside the notice saying it is no longer maintained), with the notice's
// concern as its assessment. The first notice that states it wins.
func applyNoticeSupport(p *content.Product, list []Component) {
	done := map[int]bool{}
	for i, n := range p.Notices {
		for j, ref := range n.Components {
			if !statesSupport(ref) {
				continue
			}
			for k := range list {
				c := &list[k]
				if done[k] || c.Origin.Kind == OriginAnnotation || !c.Matches(ref.PURL, ref.Name, ref.Version) {
					continue
				}
				done[k] = true
				c.takeNoticeSupport(p, fmt.Sprintf("notices[%d].components[%d]", i, j), n, ref)
				c.Notes = ref.Concern // its assessment, over a rule's notes about the support it replaces
			}
		}
	}
}

// SupportNotice is the index in p.Notices of the notice whose
// [[notices.components]] entry gives c of p's list its support, and so
// its Notes (that entry's concern: applyNoticeSupport, the first notice
// that states it); -1 when c's support comes from elsewhere. A document
// that prints those notes says they are the notice's: they say why the
// component is a concern, not what the manufacturer does about it.
func SupportNotice(p *content.Product, c Component) int {
	if c.Origin.Kind != OriginNotice {
		return -1
	}
	for i, n := range p.Notices {
		for _, ref := range n.Components {
			if statesSupport(ref) && c.Matches(ref.PURL, ref.Name, ref.Version) {
				return i
			}
		}
	}
	return -1
}

// statesSupport reports a notice component entry that states support
// (a level or an end of support).
func statesSupport(ref content.NoticeComponent) bool {
	return ref.Support != "" || !ref.EndOfSupport.IsZero()
}

// takeNoticeSupport gives c the support the component entry ref of
// notice n, at key path cp of p, states, with the entry as its origin.
func (c *Component) takeNoticeSupport(p *content.Product, cp string, n content.Notice, ref content.NoticeComponent) {
	c.Support, c.EndOfSupport, c.Justification, c.SupportSource = ref.Support, ref.EndOfSupport, "", ""
	c.Origin = Origin{Kind: OriginNotice, File: p.Source.File, Path: cp, Line: p.Source.Line(cp), Notice: n.CitedID()}
}
