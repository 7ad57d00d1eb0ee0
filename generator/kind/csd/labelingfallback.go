package csd

import "github.com/jspgen/jspgen/generator/content"

// formAnswersOnly reports, for a labeling item the product data leave
// empty, that the CSD's section still prints the manufacturer's own MDS2
// answers in their place (the form is built beside it): its warning then
// says the section has only the form's answers, not that it is empty. It
// asks the same helpers the template prints them with.
func formAnswersOnly(p *content.Product, item int) bool {
	if !p.Builds("mds2") {
		return false
	}
	var d CSDData
	switch item {
	case 7: // section 7: the AUDT-2 events, where logging.events is not written
		return !p.States("logging.events") && d.MDS2Audit(p).Events != ""
	case 9: // section 9: the DTBK answers
		return d.MDS2Backup(p) != ""
	case 11: // section 11.1: the SAHD answers
		return d.MDS2Hardening(p) != ""
	case 12: // section 12.1: AUDT-1's answer, and the events beyond it
		a := d.MDS2Audit(p)
		return !p.States("logging.logs") && (a.Log != "" || a.EventsBeyondLog)
	}
	return false
}
