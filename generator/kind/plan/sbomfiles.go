package plan

import (
	"slices"
	"strings"

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

// SBOMOf says whose file s is, for section 5.2's list: "version 3.0.0",
// "versions 3.0, 3.1", with a version withdrawn from the field by the
// plan's date marked so ("version 3.1.0, withdrawn 2025-03-10"): the
// site still publishes its file, which the list must not offer as that
// of a release to install.
func (d *PlanData) SBOMOf(s PublishedSBOM) string {
	withdrawn := map[string]content.Date{}
	if d.product.Product != nil {
		for _, v := range d.product.WithdrawnVersions(d.on) {
			withdrawn[v.Version] = v.Withdrawn
		}
	}
	if len(s.Versions) == 1 {
		v := s.Versions[0]
		if at, ok := withdrawn[v]; ok {
			return "version " + v + ", withdrawn " + at.String()
		}
		return "version " + v
	}
	out := "versions " + strings.Join(s.Versions, ", ")
	for _, v := range s.Versions {
		if at, ok := withdrawn[v]; ok {
			out += "; " + v + " withdrawn " + at.String()
		}
	}
	return out
}

// publishedSBOMs lists the SBOM files published with the documents: the
// files of the plan's version (files, printed as before) first, then
// those of the versions the build's CSDs are about (kind.CSDVersions),
// then, in the order of the product's versions, those of every other
// version and those its notices name as their own, each with the
// versions it is of. The site publishes every file of the product's
// folder (generator/assets.go), so a version without a CSD (past its end
// of support, or withdrawn) still has its file there, whether or not a
// notice is built to link it: the plans of the example fixtures smartapp
// and pocketus listed only the current version's file, the example
// pump's left out 3.8.2's, which its notice links, and the withdrawn
// fixture's left out the withdrawn 3.1.0's, which the product page
// offers. Nil when no other version has a file of its own beyond the
// plan's version's: the plan's list of its files then names every one.
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
	if p.Product != nil {
		for _, ver := range p.Versions { // the plan's order of versions
			add(ver.Version, own(ver.Version))
			for _, n := range notices {
				if slices.Contains(n.Versions, ver.Version) {
					add(ver.Version, []string{n.SBOM})
				}
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

// linkingNotices are the notices that name an SBOM file of their own (a
// notice's sbom, published beside it): the file is in the product's
// folder, so the site publishes it whether or not notices are built.
func linkingNotices(p kind.Product) []content.Notice {
	if p.Product == nil {
		return nil
	}
	var out []content.Notice
	for _, n := range p.Notices {
		if n.SBOM != "" {
			out = append(out, n)
		}
	}
	return out
}
