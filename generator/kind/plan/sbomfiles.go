package plan

import (
	"slices"

	"github.com/jspgen/jspgen/generator/kind"
)

// PublishedSBOM is an SBOM file published with the documents and the
// versions whose own SBOM files it is (the product data's sbom lists), in
// the order the plan lists versions.
type PublishedSBOM struct {
	Path     string
	Versions []string
}

// publishedSBOMs lists the SBOM files published with the documents of
// the versions the build's CSDs are about (kind.CSDVersions: each CSD
// publishes its own version's files), the files of the plan's version
// (files, printed as before) first, each with the versions it is of. Nil
// when no other covered version has a file of its own beyond those: the
// plan's list of its version's files then names every one. The plans of
// the example fixtures smartapp and pocketus listed only the current
// version's file, though the other versions' CSDs link their own.
func publishedSBOMs(covered []string, files []string, plan string, p kind.Product) []PublishedSBOM {
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
	for _, v := range covered {
		for _, f := range own(v) {
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
