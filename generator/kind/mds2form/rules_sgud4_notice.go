package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// noticeControls (SGUD-4 Yes) is a notice the build publishes, issued by
// the form's release, about every version the form covers, that gives
// compensating controls of its own (notices.compensating_controls): the
// documentation recommends them, as the CSD about such a version says
// ("Compensating controls are given by the notice"). A notice about only
// some of the versions decides nothing for the others.
func (f *mds2Facts) noticeControls() (fact, bool) {
	if !f.p.Builds("notices") || len(f.versions) == 0 {
		return fact{}, false
	}
	released := kind.Released(f.p.Documents.MDS2, f.env.AsOf)
	for i, n := range f.p.Notices {
		if len(n.Compensating) == 0 || n.Issued.After(released) {
			continue
		}
		every := true
		for _, v := range f.versions {
			if !slices.Contains(n.Versions, f.p.Versions[v].Version) {
				every = false
			}
		}
		if every {
			return f.yes(fmt.Sprintf("notices[%d].compensating_controls", i), fmt.Sprintf("are the compensating controls the published notice %q about %s recommends", n.ID, content.AndList(n.Versions))), true
		}
	}
	return fact{}, false
}
