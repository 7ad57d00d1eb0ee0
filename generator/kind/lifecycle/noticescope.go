package lifecycle

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// noticeScope tells which notices concern a component of a given
// version in lifecycle.json. A component in several versions is the same
// purl in each, yet a notice speaks of the versions it names only: an
// end-of-support notice about 3.4 that names Qt says nothing of 4.0's
// Qt.
type noticeScope struct {
	notices   []content.Notice
	concerned map[string][]sbom.Component            // notice ID → the components it concerns (noticeComponents)
	security  map[string]map[string][]sbom.Component // security notice ID → version → the components its open entries of that version name
}

func newNoticeScope(p kind.Product, notices []content.Notice, concerned map[string][]sbom.Component) noticeScope {
	s := noticeScope{notices: notices, concerned: concerned, security: map[string]map[string][]sbom.Component{}}
	for _, n := range notices {
		if !n.Security() {
			continue
		}
		byVersion := map[string][]sbom.Component{}
		for _, av := range p.Vulnerabilities.Advisory(n).Vulnerabilities {
			for _, e := range av.Open() {
				byVersion[e.Version] = append(byVersion[e.Version], e.Components...)
			}
		}
		s.security[n.ID] = byVersion
	}
	return s
}

// of lists the IDs of the notices that concern component c of version
// version: a security notice when one of its open entries of that version
// names c; a notice naming versions when version is one of them and c is
// among its components; a notice naming no version (a component notice
// may leave them out), which does not limit its components to some
// versions, when c is among them.
func (s noticeScope) of(c inventory.Component, version string) []string {
	var ids []string
	for _, n := range s.notices {
		var in []sbom.Component
		switch {
		case n.Security():
			in = s.security[n.ID][version]
		case len(n.Versions) == 0 || slices.Contains(n.Versions, version):
			in = s.concerned[n.ID]
		}
		if slices.ContainsFunc(in, func(r sbom.Component) bool { return c.Matches(r.PURL, r.Name, r.Version) }) {
			ids = append(ids, n.ID)
		}
	}
	return ids
}
