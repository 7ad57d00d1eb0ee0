package content

import (
	"fmt"
	"slices"
)

// ruleGAUnstated: an older version may leave its general availability
// out (GAUnstated: a sparse specification names a superseded version
// without its release date). The documents then print no date for it:
// the version tables say "Not stated", and it counts as released once a
// version listed after it is. Hospitals read the release dates to judge
// how long a version has been in the field, so check names the versions
// that leave it out and the documents that say so. The newest version
// must state it (a validation error, unstatedGA).
func ruleGAUnstated(p *Product) Diagnostics {
	var vers []string
	first := -1
	for i, v := range p.Versions {
		if v.GeneralAvailability.IsZero() && i < len(p.Versions)-1 {
			vers = append(vers, v.Version)
			if first < 0 {
				first = i
			}
		}
	}
	if len(vers) == 0 {
		return nil
	}
	var docs []string
	for _, d := range []string{"lifecycle", "csd", "security_plan"} {
		if p.Produces(d) {
			docs = append(docs, DocumentName(d))
		}
	}
	if p.Produces("notices") && slices.ContainsFunc(p.Notices, func(n Notice) bool {
		return slices.ContainsFunc(n.Versions, func(v string) bool { return slices.Contains(vers, v) })
	}) {
		docs = append(docs, "the notices that name "+Plural(len(vers), "it", "them"))
	}
	says := "the documents give no date for " + Plural(len(vers), "it", "them")
	if len(docs) > 0 {
		says = "the version tables of " + AndList(docs) + " say Not stated"
	}
	return Diagnostics{at(p, Warning, fmt.Sprintf("versions[%d].general_availability", first),
		"not written for %s %s: %s, and %s as released once a version listed after it is; state %s if known",
		Plural(len(vers), "version", "versions"), AndList(vers), says,
		Plural(len(vers), "it counts", "each counts"), Plural(len(vers), "its release date", "their release dates"))}
}
