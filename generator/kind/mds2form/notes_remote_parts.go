package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/mds2"
)

// RMOT-1 asks whether "the device" allows remote service connections. In
// a product of several parts on the customer's side, a bare Yes reads as
// the manufacturer working on all of them (the dialysis machines), where
// remote_service.parts says it reaches only some (the clinic server).
// remotePartsNote names them. The Yes stays: some part is reached.

// remotePartsNote gives a derived (or agreeing) RMOT-1 Yes without a note
// of the manufacturer's a note naming the parts remote service reaches,
// where remote_service.parts leaves out a part on the customer's side. A
// manufacturer's own note is theirs to word.
func (r *mds2Resolver) remotePartsNote(form *mds2.Form, derived map[string]fact) {
	row := findRow(form, "RMOT-1")
	if row == nil || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
		return
	}
	if d, ok := derived["RMOT-1"]; !ok || d.Answer != mds2.Yes {
		return
	}
	p := r.facts.p
	if len(p.RemoteServiceNotReached()) == 0 {
		return
	}
	text := fmt.Sprintf("Remote service connections reach %s.", p.RemoteServiceReach())
	row.Note, row.NoteText = r.noteNumbers(form)(text), text
}
