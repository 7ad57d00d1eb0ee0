package csd

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// backupFacts are the form's questions on backup and recovery (DTBK) that
// section 9 repeats, in form order.
var backupFacts = []kind.FormFact{
	{ID: "DTBK-1", Yes: "it is the long-term, primary store of patient data", No: "it is not the long-term, primary store of patient data"},
	{ID: "DTBK-2", Yes: "it can be reset to its factory settings", No: "it cannot be reset to its factory settings"},
	{ID: "DTBK-3", Yes: "it has a built-in function to back up data to removable media", No: "it has no built-in function to back up data to removable media"},
	{ID: "DTBK-4", Yes: "it has a built-in function to back up data to remote storage", No: "it has no built-in function to back up data to remote storage"},
	{ID: "DTBK-5", Yes: "its configuration, installed patches and software can be backed up", No: "its configuration, installed patches and software cannot be backed up"},
	{ID: "DTBK-6", Yes: "it checks that a backup is intact and authentic", No: "it does not check that a backup is intact and authentic"},
}

// hardeningFacts are the form's questions on how the product is hardened
// as shipped (SAHD) that section 11.1 repeats, in form order. SAHD-7 to
// SAHD-10 (what the intended use does not need) are grouped by
// unneededFacts instead.
var hardeningFacts = []kind.FormFact{
	{ID: "SAHD-1", Yes: "it is hardened according to an industry-recognized standard or benchmark", No: "it is not hardened according to an industry-recognized standard or benchmark"},
	{ID: "SAHD-11", Yes: "it prevents starting up from uncontrolled or removable media", No: "it does not prevent starting up from uncontrolled or removable media"},
	{ID: "SAHD-12", Yes: "unauthorized software or hardware can be installed on it without physical tools", No: "unauthorized software or hardware cannot be installed on it without physical tools"},
	{ID: "SAHD-15", Yes: "access to its BIOS or boot loader is blocked during start-up", No: "access to its BIOS or boot loader is not blocked during start-up"},
	{ID: "SAHD-16", Yes: "other hardening measures are used", No: "no other hardening measures are used"},
}

// unneededFacts are SAHD-7 to SAHD-10: what the intended use does not
// need, disabled or removed. Answers alike are said in one clause.
var unneededFacts = []struct{ id, what string }{
	{"SAHD-7", "shared resources such as file shares"},
	{"SAHD-8", "communication ports and protocols"},
	{"SAHD-9", "services"},
	{"SAHD-10", "applications"},
}

// MDS2Backup is what the manufacturer's own MDS2 answers about backup and
// recovery (DTBK) say, for section 9 when backup.scope is not written:
// clauses joined by "; ", each with its question ID (and note), or "" for
// none. Derived answers are not repeated: the section says what the
// manufacturer stated, as the key facts do.
func (CSDData) MDS2Backup(p *content.Product) string {
	clauses, notes := kind.FormClauses(p, backupFacts)
	return kind.JoinFormClauses(clauses, notes)
}

// MDS2Hardening is the same for the hardening as shipped (SAHD), for
// section 11.1 when hardening is not written, in form order: SAHD-1,
// then SAHD-7 to SAHD-10 grouped by answer, then the rest.
func (CSDData) MDS2Hardening(p *content.Product) string {
	clauses, notes := kind.FormClauses(p, hardeningFacts[:1])
	var yes, no []string
	for _, u := range unneededFacts {
		s := u.what + " (" + kind.FormCite(p, u.id) + ")"
		switch p.MDS2Answered(u.id) {
		case "yes":
			yes = append(yes, s)
		case "no":
			no = append(no, s)
		case "see_note":
			notes = append(notes, kind.NoteCite(p, u.id))
		}
	}
	if len(yes) > 0 {
		clauses = append(clauses, content.AndList(yes)+" that its intended use does not need are disabled or removed")
	}
	if len(no) > 0 {
		clauses = append(clauses, content.AndList(no)+" that its intended use does not need are not disabled or removed")
	}
	more, moreNotes := kind.FormClauses(p, hardeningFacts[1:])
	return kind.JoinFormClauses(append(clauses, more...), append(notes, moreNotes...))
}

// updateIntegrityFacts are the form's questions on checking the
// software and its updates (SAHD-3 to SAHD-3.2) that section 6 repeats
// where neither [updates] nor the data flows and controls say how the
// integrity and authenticity of an update are verified.
var updateIntegrityFacts = []kind.FormFact{
	{ID: "SAHD-3", Yes: "it checks that its software has not been altered", No: "it does not check whether its software has been altered"},
	{ID: "SAHD-3.1", Yes: "it verifies that the software installed on it comes from, or is authorized by, the manufacturer", No: "it does not verify that the software installed on it comes from, or is authorized by, the manufacturer"},
	{ID: "SAHD-3.2", Yes: "it verifies that software updates come from, or are authorized by, the manufacturer", No: "it does not verify that software updates come from, or are authorized by, the manufacturer"},
}

// MDS2UpdateIntegrity is what the manufacturer's own MDS2 answers on
// checking the software and its updates (SAHD-3, SAHD-3.1, SAHD-3.2)
// say, for section 6 where how an update's integrity and authenticity
// are verified is otherwise not stated: as MDS2Backup, "" for none.
// Notes that say only "Not stated" give nothing beyond "not stated":
// with nothing else, "" too.
func (CSDData) MDS2UpdateIntegrity(p *content.Product) string {
	clauses, notes := kind.FormClauses(p, updateIntegrityFacts)
	if len(clauses) == 0 && kind.NotesSayNothing(notes) {
		return ""
	}
	return kind.JoinFormClauses(clauses, notes)
}

// MDS2UpdateNotification is what the manufacturer's own MDS2 answers on
// telling customers of approved updates (CSUP-7, CSUP-11.1) say, for
// section 6 where how users learn that an update exists is otherwise not
// stated: as MDS2UpdateIntegrity, "" for none. The manufacturer, named by
// maker (already Markdown), is said once: "Aldermoor tells the customer
// when an update has been approved for installation (CSUP-7) and which
// updates are approved for the device (CSUP-11.1)".
func (CSDData) MDS2UpdateNotification(p *content.Product, maker string) string {
	m := strings.TrimSpace(maker)
	if m == "" {
		m = "the manufacturer"
	}
	thing := "device"
	if p.CalledProduct() {
		thing = "product"
	}
	var preds []string
	for _, f := range []kind.FormFact{
		{ID: "CSUP-7", Yes: "tells the customer when an update has been approved for installation", No: "does not tell the customer when an update has been approved for installation"},
		{ID: "CSUP-11.1", Yes: "tells customers which updates are approved for the " + thing, No: "does not tell customers which updates are approved for the " + thing},
	} {
		cs, _ := kind.FormClauses(p, []kind.FormFact{f})
		if len(cs) > 0 {
			preds = append(preds, cs[0])
		}
	}
	if len(preds) == 2 && strings.HasPrefix(preds[0], "tells ") == strings.HasPrefix(preds[1], "tells ") {
		// the same verb: said once ("tells the customer when … and which …")
		verb, join := "tells ", " and "
		if !strings.HasPrefix(preds[0], verb) {
			verb, join = "does not tell ", " or "
		}
		preds = []string{preds[0] + join + strings.TrimPrefix(preds[1], verb+"customers ")}
	}
	var clauses []string
	if len(preds) > 0 {
		clauses = []string{m + " " + content.AndList(preds)}
	}
	_, notes := kind.FormClauses(p, []kind.FormFact{{ID: "CSUP-7"}, {ID: "CSUP-11.1"}})
	if len(clauses) == 0 && kind.NotesSayNothing(notes) {
		return ""
	}
	return kind.JoinFormClauses(clauses, notes)
}
