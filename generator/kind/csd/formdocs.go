package csd

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// formDocs are the MDS2 form's questions whose Yes says that the
// manufacturer provides documentation the CSD does not itself contain
// where the product data do not state its matter, each with what is
// provided as the CSD names it: section 7 (logging.events not written)
// and section 12 (logging.logs not written) point to the audit-log
// documentation, as section 2 points to a DOC-10 diagram.
var formDocs = map[string]string{
	"AUDT-2.11": "documentation describing in detail which events are logged and what each log entry contains",
	"AUDT-4":    "a list of the fields recorded in each audit log entry",
}

// FormDocList is what FormDocs returns: Text, the things provided
// joined ("" for none), and Many, true when Text names more than one.
type FormDocList struct {
	Text string
	Many bool
}

// FormDocs is what the manufacturer's own MDS2 answers Yes (hand answers
// only, as content.Product.MDS2Answered sees them) say it provides among
// the questions ids (each one of formDocs), in the order given, each
// with its question ID and note: "documentation describing … (AUDT-2.11)
// and a list of … (AUDT-4, note 3)". Text is "" when none is answered Yes: a No,
// N/A, a note or no answer gives the reader nothing to ask for. The
// template prints it only when the form is built beside the CSD.
func (CSDData) FormDocs(p *content.Product, ids ...string) FormDocList {
	var said []string
	for _, id := range ids {
		what, ok := formDocs[id]
		if !ok || p.MDS2Answered(id) != "yes" {
			continue
		}
		said = append(said, what+" ("+kind.FormCite(p, id)+")")
	}
	return FormDocList{Text: content.AndList(said), Many: len(said) > 1}
}
