package content

import (
	"fmt"
	"strings"
)

// duplicateComponents refuses two [[components]] entries for the same
// component (same purl, or same name and version without purl): the
// inventory applies every matching entry in turn, so a later entry would
// silently override an earlier assessment.
func (v *productValidator) duplicateComponents() {
	first := map[string]int{}
	for i, c := range v.p.Components {
		key := "purl " + strings.TrimSpace(c.PURL)
		what := fmt.Sprintf("purl %q", c.PURL)
		if strings.TrimSpace(c.PURL) == "" {
			key = "name " + strings.ToLower(strings.TrimSpace(c.Name)) + "@" + strings.TrimSpace(c.Version)
			what = NameVersion(c.Name, c.Version)
		}
		j, seen := first[key]
		if !seen {
			first[key] = i
			continue
		}
		prev := fmt.Sprintf("components[%d]", j)
		v.errorf(fmt.Sprintf("components[%d]", i), "a second entry for %s (first at %s, line %d); keep one entry per component so its assessment has one source",
			what, prev, v.p.Source.Line(prev))
	}
}
