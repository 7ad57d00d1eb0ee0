package mds2form

import (
	"fmt"
	"strings"
)

// formMaker is the manufacturer the form's record names (mds2.json's
// manufacturer), as DOC-1 derives it: the company that made the versions
// the form covers, which their labeling names, or, where the site's
// manufacturer made some and another company others, each with its
// versions. supportedBy is the site's manufacturer when another company
// made some of them ("" when it made them all): it issues the form and
// supports those versions in their maker's place.
func (f *mds2Facts) formMaker() (maker, supportedBy string) {
	site := f.env.Content.Site.Manufacturer.Name
	versions := f.coveredVersionNames()
	others := f.p.MadeByOthers(versions...)
	if len(others) == 0 {
		return site, ""
	}
	own := f.p.MadeBySite(versions...)
	if len(own) == 0 && len(others) == 1 {
		return others[0].Name, site
	}
	var parts []string
	if len(own) > 0 {
		parts = append(parts, fmt.Sprintf("%s (software %s)", site, strings.Join(own, ", ")))
	}
	for _, o := range others {
		parts = append(parts, fmt.Sprintf("%s (software %s)", o.Name, strings.Join(o.Versions, ", ")))
	}
	return strings.Join(parts, "; "), site
}
