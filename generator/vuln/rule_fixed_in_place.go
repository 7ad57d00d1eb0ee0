package vuln

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// listing is one SBOM file of a version: when it was made (zero when it
// states no date) and the components it lists.
type listing struct {
	file  string
	made  content.Date
	comps []sbom.Component
}

// sbomDate is the day of an SBOM's creation timestamp (ISO 8601); zero
// when none is stated or it cannot be read.
func sbomDate(ts string) content.Date {
	ts = strings.TrimSpace(ts)
	if len(ts) < 10 {
		return content.Date{}
	}
	d, err := content.ParseDate(ts[:10])
	if err != nil {
		return content.Date{}
	}
	return d
}

// fixedInPlace checks a fixed entry d for version v whose fix came after
// v was released (fixed after v's general availability): the fix was
// installed under the same version number, a hosted service patched in
// place, say. The component the entry names is then found in v's SBOM;
// an SBOM made before the fix lists v as it was before it, so the
// component version it gives is the one the vulnerability was in, and the
// CSAF and VEX files would tell scanners that this component version is
// fixed in v. That is false whichever way the maker goes, so it is an
// error when the SBOM's date says so, and a warning when the SBOM states
// no date (it may have been updated to what v runs now).
func (l *loader) fixedInPlace(path string, d content.Vulnerability, v *Version, found []sbom.Component) {
	if d.Fixed.IsZero() || v.Available.IsZero() || !d.Fixed.After(v.Available) {
		return
	}
	for _, c := range found {
		for _, f := range l.lists[v.Version] {
			if !containsComponent(f.comps, c) {
				continue
			}
			what := fmt.Sprintf("%s is fixed in version %s on %s, after %s was released (%s), under the same version number, yet the component it names, %s, is listed by %s", d.ID, v.Version, d.Fixed, v.Version, v.Available, describe(c.PURL, c.Name, c.Version), f.file)
			ways := fmt.Sprintf("either record the patched release as a version of its own in [[versions]], with its SBOM (this entry then says %s is affected, and fixed_in names the new version), or, keeping %s, update %s to what %s runs now, dated then (CycloneDX metadata.lifecycles phase \"operations\"), and name the component as it lists it; a fix that changed no component, such as a configuration change, is status not_affected with its justification", v.Version, v.Version, f.file, v.Version)
			switch {
			case f.made.IsZero():
				l.warnAt(path, "%s, which states no date (metadata.timestamp): if it lists %s as released, before the fix, the CSAF and VEX files tell scanners that this vulnerable component version is fixed; %s", what, v.Version, ways)
			case f.made.Before(d.Fixed):
				l.errorAt(path, "%s, made %s, before the fix: it lists %s as released, so the CSAF and VEX files would tell scanners that this vulnerable component version is fixed; %s", what, f.made, v.Version, ways)
			}
			return
		}
	}
}

func containsComponent(cs []sbom.Component, c sbom.Component) bool {
	for _, d := range cs {
		if sameComponent(c, d) {
			return true
		}
	}
	return false
}
