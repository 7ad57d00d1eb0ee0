package inventory

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// givenTo reports whether [[components]] entry tc, matching no SBOM
// component, is a component of version (content.Component.Versions): of
// the versions its versions name, else of the current one (current: the
// inventory read is the current version's). With version "" (Load, a
// product without versions) every entry is.
func givenTo(tc content.Component, version string, current bool) bool {
	switch {
	case version == "":
		return true
	case len(tc.Versions) == 0:
		return current
	}
	return slices.Contains(tc.Versions, version)
}

// givenOnlyTo are the indexes of the [[components]] entries of p that
// their versions give to version: what makes a version without SBOM
// files of its own have a component list of its own (LoadVersions).
func givenOnlyTo(p *content.Product, version string) []int {
	var out []int
	for i, tc := range p.Components {
		if slices.Contains(tc.Versions, version) {
			out = append(out, i)
		}
	}
	return out
}

// entryComponent is the inventory entry of [[components]] entry tc, the
// i-th, that matches no SBOM component: a component of its own.
func entryComponent(tc content.Component, i int, sup supporter) Component {
	c := Component{Component: sbom.Component{Name: tc.Name, Version: tc.Version, Supplier: tc.Supplier,
		License: tc.License, PURL: tc.PURL, CPE: tc.CPE}}
	annotate(&c, tc, i)
	sup.resolve(&c, "")
	return c
}

// givenElsewhere are the entries of list that [[components]] entries
// given to versions by their versions put there and no SBOM file lists:
// what a notice about one of those versions may name (resolveNotice).
func givenElsewhere(list []Component) []Component {
	var out []Component
	for _, c := range list {
		if c.SBOMFile == "" && c.annotatedBy > 0 {
			out = append(out, c)
		}
	}
	return out
}

// entryGivenTo is the [[components]] entry of p that matches ref and
// whose versions name versions, with its index; -1 when none does. An
// unknown notice component is reported with it: the entry exists but is
// given to versions the notice is not about.
func entryGivenTo(p *content.Product, ref content.NoticeComponent) (content.Component, int) {
	for i, tc := range p.Components {
		if len(tc.Versions) == 0 {
			continue
		}
		c := sbom.Component{Name: tc.Name, Version: tc.Version, PURL: tc.PURL}
		if c.Matches(ref.PURL, ref.Name, ref.Version) {
			return tc, i
		}
	}
	return content.Component{}, -1
}

// noticeOutsideVersions warns about component c that notice n (the
// product's i-th) names at its j-th entry when the [[components]] entry
// describing it gives it, by its versions, to none of the versions the
// notice is about: one of the two lists is wrong, and the notice tells
// hospitals running a version that has no such component to act on it.
func noticeOutsideVersions(p *content.Product, i, j int, n content.Notice, c *Component) content.Diagnostics {
	if c == nil || c.annotatedBy == 0 || len(n.Versions) == 0 {
		return nil
	}
	tc := p.Components[c.annotatedBy-1]
	if len(tc.Versions) == 0 || slices.ContainsFunc(n.Versions, func(v string) bool { return slices.Contains(tc.Versions, v) }) {
		return nil
	}
	cp := fmt.Sprintf("notices[%d].components[%d]", i, j)
	at := fmt.Sprintf("components[%d].versions", c.annotatedBy-1)
	return content.Diagnostics{{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(cp), Path: cp,
		Message: fmt.Sprintf("component %s %s: %s (line %d) gives it to version %s only, and this notice is about version %s; name the component in a notice about its versions, or add the notice's versions to %s",
			c.Name, c.Version, at, p.Source.Line(at), strings.Join(tc.Versions, ", "), strings.Join(n.Versions, ", "), at)}}
}

// sbomOutsideVersions warns about each [[components]] entry of p given
// to versions by its versions that an SBOM file of another version
// lists (vs: every version's inventory): the entry says the component
// is not in that version, its SBOM says it is. The entry still
// annotates the SBOM's component there.
func sbomOutsideVersions(p *content.Product, vs *Versions) content.Diagnostics {
	var diags content.Diagnostics
	for i, tc := range p.Components {
		if len(tc.Versions) == 0 {
			continue
		}
		var in []string
		for _, v := range p.Versions {
			inv := vs.ByVersion[v.Version]
			if slices.Contains(tc.Versions, v.Version) || inv == nil || inv.ListedFor != "" {
				continue
			}
			if slices.ContainsFunc(inv.List, func(c Component) bool { return c.SBOMFile != "" && c.Matches(tc.PURL, tc.Name, tc.Version) }) {
				in = append(in, v.Version)
			}
		}
		if len(in) == 0 {
			continue
		}
		at := fmt.Sprintf("components[%d].versions", i)
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(at), Path: at,
			Message: fmt.Sprintf("%s %s is given to version %s only, but the SBOM files of version %s list it; add %s to versions, or correct the SBOM",
				tc.Name, tc.Version, strings.Join(tc.Versions, ", "), strings.Join(in, ", "), content.AndList(in))})
	}
	return diags
}
