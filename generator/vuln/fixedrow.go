package vuln

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// fixedRows adds, for each affected [[vulnerabilities]] entry whose
// fixed_in names a version released by asOf (its general availability;
// whether it is still supported, or was withdrawn since, does not change
// that it has the fix, and a VEX does not drop a fixed statement when its
// version leaves support), a fixed statement of the vulnerability for that
// version, unless an entry or imported VEX statement already states the
// vulnerability for it. fixed_in says that version fixes it: its CSD list,
// VEX and CSAF files then carry it as fixed, so that a scanner flagging the
// component in the version with the fix finds the statement that it is
// fixed there. The statement names the components of that version that the
// entry names, by purl without its version or by name (the fixed version
// has the component at another version); when the version contains none of
// them, no statement is made (what fixed it is the manufacturer's to say)
// and ruleFixVersionUncovered warns as before.
//
// The statement is Derived: a document or file speaking as of a date
// before the fix (fixed) or before the version was released leaves it out
// (KnownBy), as that version did not fix anything yet then.
func (l *loader) fixedRows(asOf content.Date) {
	p := l.p
	for i, d := range p.Vulns {
		if d.Status != "affected" || d.FixedIn == "" || slices.Contains(d.Versions, d.FixedIn) {
			continue
		}
		pv := p.Version(d.FixedIn)
		v := l.s.Version(d.FixedIn)
		if pv == nil || v == nil || pv.GeneralAvailability.IsZero() || pv.GeneralAvailability.After(asOf) {
			continue
		}
		if l.s.entry(d.ID, d.FixedIn) != nil {
			continue
		}
		// The entry's own statement for an affected version: only an
		// entry the loader accepted speaks for the fixed version.
		var base *Vulnerability
		for _, x := range l.s.List {
			if x.ID == d.ID && x.Source == fmt.Sprintf("%s:%d", p.Source.File, p.Source.Line(fmt.Sprintf("vulnerabilities[%d]", i))) {
				base = x
				break
			}
		}
		if base == nil {
			continue
		}
		var comps []sbom.Component
		for _, c := range d.Components {
			for _, vc := range v.Components {
				if sameComponentAnyVersion(c, vc) && !slices.ContainsFunc(comps, func(x sbom.Component) bool { return sameComponent(x, vc) }) {
					comps = append(comps, vc)
				}
			}
		}
		if len(comps) == 0 {
			continue
		}
		path := fmt.Sprintf("vulnerabilities[%d].fixed_in", i)
		out := &Vulnerability{
			ID: base.ID, Title: base.Title, Description: base.Description, Version: d.FixedIn, Components: comps,
			Status: "fixed", CVSS: base.CVSS, CWE: base.CWE, Exploitability: base.Exploitability,
			FixedIn: d.FixedIn, Fixed: d.Fixed, Discovered: base.Discovered, Disclosed: base.Disclosed,
			Source:  fmt.Sprintf("%s:%d", p.Source.File, p.Source.Line(path)),
			Derived: true,
		}
		l.s.List = append(l.s.List, out)
	}
}

// sameComponentAnyVersion reports whether entry component c (a purl, or a
// name) names the same component as vc, whatever the version of either:
// by purl less its version, else by name.
func sameComponentAnyVersion(c content.VulnerableComponent, vc sbom.Component) bool {
	if purl := strings.TrimSpace(c.PURL); purl != "" {
		return vc.PURL != "" && purlBase(purl) == purlBase(vc.PURL)
	}
	return c.Name != "" && strings.EqualFold(strings.TrimSpace(c.Name), strings.TrimSpace(vc.Name))
}

// purlBase is a package URL less its version, qualifiers and subpath.
func purlBase(purl string) string {
	purl = strings.TrimSpace(purl)
	if i := strings.IndexAny(purl, "?#"); i >= 0 {
		purl = purl[:i]
	}
	if i := strings.LastIndex(purl, "@"); i > strings.LastIndex(purl, "/") {
		purl = purl[:i]
	}
	return purl
}

// notFixedYet reports a Derived statement v whose version had not fixed
// the vulnerability on d: the fix (fixed) or the version's general
// availability came after d.
func (s *Set) notFixedYet(v *Vulnerability, d content.Date) bool {
	if !v.Derived {
		return false
	}
	if !v.Fixed.IsZero() && v.Fixed.After(d) {
		return true
	}
	ver := s.Version(v.Version)
	return ver != nil && ver.Available.After(d)
}
