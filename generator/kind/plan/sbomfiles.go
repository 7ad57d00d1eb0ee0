package plan

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// PublishedSBOM is an SBOM file published with the documents and the
// versions whose own SBOM files it is (the product data's sbom lists, or
// a notice's sbom, its versions'), in the order the plan lists versions.
type PublishedSBOM struct {
	Path     string
	Versions []string
}

// publishedSBOMs lists the SBOM files published with the documents: the
// files of the plan's version (files, printed as before) first, then
// those of the versions the build's CSDs are about (kind.CSDVersions:
// each CSD publishes its own version's files), then those the built
// notices link (linkingNotices: a version past its end of support has no
// CSD, and its end-of-support notice links its SBOM), each with the
// versions it is of. Nil when no other version has a file of its own
// beyond those: the plan's list of its version's files then names every
// one. The plans of the example fixtures smartapp and pocketus listed
// only the current version's file, though the other versions' CSDs link
// their own; the example pump's left out 3.8.2's, which its notice links.
func publishedSBOMs(covered []string, notices []content.Notice, files []string, plan string, p kind.Product) []PublishedSBOM {
	own := func(v string) []string {
		q, ok := p.ByVersion[v]
		if !ok || q.Inventory == nil || q.Inventory.ListedFor != "" {
			return nil // no file of its own: another version's list stands in
		}
		var out []string
		for _, s := range q.Inventory.SBOMs {
			out = append(out, s.Path)
		}
		return out
	}
	out := make([]PublishedSBOM, 0, len(files))
	at := map[string]int{}
	for _, f := range files {
		at[f] = len(out)
		out = append(out, PublishedSBOM{Path: f})
	}
	others := false
	add := func(v string, fs []string) {
		for _, f := range fs {
			i, ok := at[f]
			if !ok {
				i, at[f] = len(out), len(out)
				out = append(out, PublishedSBOM{Path: f})
				others = true
			}
			if !slices.Contains(out[i].Versions, v) {
				out[i].Versions = append(out[i].Versions, v)
			}
		}
	}
	for _, v := range covered {
		add(v, own(v))
	}
	for _, ver := range p.Versions { // the plan's order of versions
		for _, n := range notices {
			if !slices.Contains(n.Versions, ver.Version) {
				continue
			}
			if n.SBOM != "" { // the notice's own, the SBOM of its affected versions
				add(ver.Version, []string{n.SBOM})
			} else {
				add(ver.Version, own(ver.Version))
			}
		}
	}
	if !others {
		return nil
	}
	for i := range out[:len(files)] {
		if len(out[i].Versions) == 0 { // the plan's version's file, not read as any covered version's
			out[i].Versions = []string{plan}
		}
	}
	return out
}

// linkingNotices are the notices the build publishes that link SBOM
// files (notice.md.tmpl: the notice's own sbom, else its versions'
// files): every end-of-life and end-of-support notice when the product
// builds notices; a security notice links none.
func linkingNotices(p kind.Product) []content.Notice {
	if !p.Builds("notices") {
		return nil
	}
	var out []content.Notice
	for _, n := range p.Notices {
		if !n.Security() {
			out = append(out, n)
		}
	}
	return out
}
