package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// checkUnlistedScreen warns where MPII-3 (any way for PII to enter or
// leave the device) is derived No, every interface saying it carries no
// PHI or PII, although a store of a part on the device or on the
// customer's own phone or computer keeps them (MPII-2's Yes) and that
// part lists no display. The PII got into the store somehow, most often
// typed in and read on the screen the interfaces leave out (an app's
// views on the phone): the derived No, and MPII-3.1's N/A beneath it,
// would tell the reader that the device neither shows nor takes in PII.
// A hand answer to MPII-3 is the manufacturer's and silences it.
func (r *mds2Resolver) checkUnlistedScreen(final map[string]mds2.Answer, givens map[string]given) {
	if _, ok := givens["MPII-3"]; ok || final["MPII-3"] != mds2.No {
		return
	}
	for i, d := range r.p.DataStores {
		pt := r.p.PartOfStore(d)
		if !carriesPII(d.Data) || !pt.Runs.IsDevice() && !pt.Runs.IsCustomerDevice() {
			continue
		}
		if slices.ContainsFunc(r.p.Interfaces, func(it content.Interface) bool {
			return it.Kind == "display" && r.p.PartOfInterface(it).ID == pt.ID
		}) {
			continue
		}
		of := ""
		if len(r.p.Parts) > 0 {
			of = fmt.Sprintf(", part = %q", pt.ID)
		}
		r.warnf(r.facts.storePath(i),
			"store %s keeps PHI or PII on %s, which lists no display, and no interface carries PHI or PII, so the MDS2 form derives MPII-3 (any way for PII to enter or leave) No and MPII-3.1 (PII shown on a screen) N/A: list the screen that shows the data or takes them in as an interface (kind = \"display\"%s, carries naming the PHI or PII) and any other way they enter or leave, or answer MPII-3 in [mds2.answers]",
			d.ID, pt.TheName(), of)
		return
	}
}

// checkScreenNotListed warns where the manufacturer answers MPII-3.1
// (PII shown on a screen) Yes while [[interfaces]] is called complete for
// every part (interfaces_complete = true) and lists no display and no web
// user interface on any model: the screen the Yes is about is missing
// from a list the CSD calls every interface, and the form's No answers
// derived from that list (CONN-1.x, MPII-3.x) rest on it. Only where
// every part runs on the device: software on a phone, a computer or a
// server shows PII on its host's screen, which is not the product's
// interface to list. The answers
// derived from the list stay as they are; the warning asks for the
// screen, or for the answer to be corrected.
func (r *mds2Resolver) checkScreenNotListed(final map[string]mds2.Answer, givens map[string]given) {
	g, ok := givens["MPII-3.1"]
	if !ok || g.answer != mds2.Yes || final["MPII-3.1"] != mds2.Yes {
		return
	}
	p := r.facts.whole
	if p == nil {
		p = r.p.Product
	}
	if len(p.AllParts()) == 0 || len(p.PartsInterfacesUnlisted()) > 0 || slices.ContainsFunc(p.AllParts(), func(pt content.Part) bool {
		return !pt.Runs.IsCustomerInfrastructure() && (!pt.InterfacesComplete.IsTrue() || !pt.Runs.IsDevice())
	}) {
		return
	}
	if slices.ContainsFunc(p.Interfaces, func(it content.Interface) bool {
		return it.Kind == "display" || it.Kind == "web_ui"
	}) {
		return
	}
	of := ""
	if len(p.Parts) > 0 {
		of = ", part naming the part whose screen it is"
	}
	r.warnf(g.path,
		"answer Yes (PII shown on a screen), but interfaces_complete = true says [[interfaces]] lists every interface, and it lists no display or web user interface: the documents call that list complete although it leaves out the screen, and the form's answers derived from it may deny a way PII is shown; add the screen as an interface (kind = \"display\"%s, carries naming the PHI or PII it shows), or correct the answer",
		of)
}
