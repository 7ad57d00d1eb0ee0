package mds2form

import "github.com/jspgen/jspgen/generator/mds2"

// sbomRequestNote gives SBOM-1 a note saying how customers obtain an SBOM
// given on request, where the Yes comes from sbom.on_request and the
// manufacturer wrote no note beside it: the reader of a Yes needs to know
// that no file is published and whom to ask.
func (r *mds2Resolver) sbomRequestNote(form *mds2.Form, derived map[string]fact) {
	d, ok := derived["SBOM-1"]
	if !ok || d.Path != "sbom.on_request" {
		return
	}
	row := findRow(form, "SBOM-1")
	if row == nil || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
		return
	}
	// The text less what only repeats that the SBOM is available on
	// request, which the note's own sentence says (mobilexray's
	// "Available to customers on request.").
	more := r.p.SBOM.OnRequestDetail()
	text := "The SBOM is not published; it is available to customers on request."
	if more != "" {
		text += " " + more
	}
	if r.p.SBOMFilesInAnyVersion() {
		// Another version's file is published: the text says what is
		// given on request besides it, which need not be called an SBOM
		// (homecpap 5.1's component list).
		text = "No SBOM file of this version is published; the SBOM is available to customers on request."
		if more != "" {
			text = "No SBOM file of this version is published. Available to customers on request: " + more
		}
	}
	next := r.lastNote(form)
	form.Notes = append(form.Notes, mds2.Note{Number: next + 1, Text: text, Generated: true})
	row.Note, row.NoteText = next+1, text
}
