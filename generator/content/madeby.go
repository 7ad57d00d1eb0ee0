package content

import (
	"fmt"
	"slices"
	"strings"
)

// Versions made by another company: a product line sold to the site's
// manufacturer keeps, in the field, the versions its former maker released
// under its own name. Their labeling names that company, so a document
// about them that named the site's manufacturer as their maker would be
// false; the site's manufacturer supports them now, so its contacts are
// the ones to use. versions.manufacturer names the former maker, and
// versions.taken_over the day the site's manufacturer took them over.

// MadeBy is one company other than the site's manufacturer and the
// versions it made that the site's manufacturer took over on one day
// (zero: not stated).
type MadeBy struct {
	Name      string
	Versions  []string
	TakenOver Date
}

// MadeByOthers groups the given versions (every version when none is
// given) that another company made by that company and take-over date,
// in version order.
func (p *Product) MadeByOthers(versions ...string) []MadeBy {
	var out []MadeBy
	for _, v := range p.Versions {
		if v.Manufacturer == "" || len(versions) > 0 && !slices.Contains(versions, v.Version) {
			continue
		}
		found := false
		for i := range out {
			if out[i].Name == v.Manufacturer && out[i].TakenOver == v.TakenOver {
				out[i].Versions = append(out[i].Versions, v.Version)
				found = true
				break
			}
		}
		if !found {
			out = append(out, MadeBy{Name: v.Manufacturer, Versions: []string{v.Version}, TakenOver: v.TakenOver})
		}
	}
	return out
}

// MadeBySite are the given versions (every version when none is given)
// that the site's manufacturer made itself, in version order.
func (p *Product) MadeBySite(versions ...string) []string {
	var out []string
	for _, v := range p.Versions {
		if v.Manufacturer == "" && (len(versions) == 0 || slices.Contains(versions, v.Version)) {
			out = append(out, v.Version)
		}
	}
	return out
}

// MakerOf is the legal manufacturer of version v: its manufacturer, else
// site (the site file's manufacturer).
func (p *Product) MakerOf(v, site string) string {
	if ver := p.Version(v); ver != nil && ver.Manufacturer != "" {
		return ver.Manufacturer
	}
	return site
}

// validateMadeBy checks a version's former manufacturer: taken_over needs
// it, is not before the version's release, and the site's manufacturer is
// not its own former maker.
func validateMadeBy(site *Site, p *Product) Diagnostics {
	var diags Diagnostics
	add := func(path, format string, args ...any) {
		diags = append(diags, Diagnostic{Severity: Error, File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: fmt.Sprintf(format, args...)})
	}
	for i, v := range p.Versions {
		path := fmt.Sprintf("versions[%d]", i)
		name := strings.TrimSpace(v.Manufacturer)
		switch {
		case name == "" && !v.TakenOver.IsZero():
			add(path+".taken_over", "taken_over without manufacturer: say which company made version %s and the site's manufacturer took over", v.Version)
		case name != "" && site != nil && strings.EqualFold(name, strings.TrimSpace(site.Manufacturer.Name)):
			add(path+".manufacturer", "%q is the site file's manufacturer (manufacturer.name): leave manufacturer out for a version it made itself", name)
		case name != "" && !v.TakenOver.IsZero() && !v.GeneralAvailability.IsZero() && v.TakenOver.Before(v.GeneralAvailability):
			add(path+".taken_over", "taken over on %s, before version %s was released by %s on %s: a version released after the take-over is the site's manufacturer's; leave manufacturer out", v.TakenOver, v.Version, name, v.GeneralAvailability)
		}
	}
	return diags
}

// VersionIndex is the index of version v in versions, or -1.
func (p *Product) VersionIndex(v string) int {
	for i := range p.Versions {
		if p.Versions[i].Version == v {
			return i
		}
	}
	return -1
}
