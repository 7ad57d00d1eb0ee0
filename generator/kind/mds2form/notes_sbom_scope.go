package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// sbomScopeNote gives SBOM-1 a note where its Yes comes from the
// published SBOM files and a part of the product is a related system
// with SBOM files of its own not stated (the analyser's firmware SBOM
// beside its data manager on the hospital's server): those files do not
// list that part's software, as the CSD says (related-part-sbom), and a
// bare Yes would read as an SBOM of the whole product. A row with the
// manufacturer's note keeps it.
func (r *mds2Resolver) sbomScopeNote(form *mds2.Form, derived map[string]fact) {
	d, ok := derived["SBOM-1"]
	if !ok || d.Path == "sbom.on_request" || d.Path == "sbom.published_at" || d.Answer != mds2.Yes {
		return
	}
	var without []string
	versioned := true // every such system lists versions of its own
	for _, s := range r.p.RelatedPartSystems() {
		if !s.System.HasSBOMFiles() {
			without = append(without, s.Part.TheName())
			versioned = versioned && len(s.System.Versions) > 0
		}
	}
	if len(without) == 0 {
		return
	}
	row := findRow(form, "SBOM-1")
	if row == nil || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
		return
	}
	// The data list such a system among the product's parts and as a
	// related system: one the device relies on that is not the device
	// itself (as the security plan's related systems and the DOC-11.3
	// basis say). The note says both, so that it does not call it a part
	// of the device.
	its, are, own, is, them := "its SBOM is", "a system", " with versions of its own", "is", "it"
	if len(without) > 1 {
		its, are, own, is, them = "their SBOMs are", "systems", " with versions of their own", "are", "them"
	}
	if versioned { // a continuously patched service may have no versions its customers see
		are += own
	}
	are += " that the device relies on but that " + is + " not the device itself, though the product data list " + them + " among the product's parts"
	text := "The published SBOM does not list the software of " + content.AndList(without) + ", " + are + "; " + its + " not stated."
	text = strings.ToUpper(text[:1]) + text[1:]
	next := r.lastNote(form)
	form.Notes = append(form.Notes, mds2.Note{Number: next + 1, Text: text, Generated: true})
	row.Note, row.NoteText = next+1, text
}
