package csd

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// formFact is one MDS2 question whose manufacturer's answer a CSD section
// repeats where its own product data are not stated, with the fact a Yes
// and a No state, each with the subject "it" (the device or product the
// section speaks of) or its own (as kind.FormFact, which the other
// documents share).
type formFact struct{ id, yes, no string }

// backupFacts are the form's questions on backup and recovery (DTBK) that
// section 9 repeats, in form order.
var backupFacts = []formFact{
	{"DTBK-1", "it is the long-term, primary store of patient data", "it is not the long-term, primary store of patient data"},
	{"DTBK-2", "it can be reset to its factory settings", "it cannot be reset to its factory settings"},
	{"DTBK-3", "it has a built-in function to back up data to removable media", "it has no built-in function to back up data to removable media"},
	{"DTBK-4", "it has a built-in function to back up data to remote storage", "it has no built-in function to back up data to remote storage"},
	{"DTBK-5", "its configuration, installed patches and software can be backed up", "its configuration, installed patches and software cannot be backed up"},
	{"DTBK-6", "it checks that a backup is intact and authentic", "it does not check that a backup is intact and authentic"},
}

// hardeningFacts are the form's questions on how the product is hardened
// as shipped (SAHD) that section 11.1 repeats, in form order. SAHD-7 to
// SAHD-10 (what the intended use does not need) are grouped by
// unneededFacts instead.
var hardeningFacts = []formFact{
	{"SAHD-1", "it is hardened according to an industry-recognized standard or benchmark", "it is not hardened according to an industry-recognized standard or benchmark"},
	{"SAHD-11", "it prevents starting up from uncontrolled or removable media", "it does not prevent starting up from uncontrolled or removable media"},
	{"SAHD-12", "unauthorized software or hardware can be installed on it without physical tools", "unauthorized software or hardware cannot be installed on it without physical tools"},
	{"SAHD-15", "access to its BIOS or boot loader is blocked during start-up", "access to its BIOS or boot loader is not blocked during start-up"},
	{"SAHD-16", "other hardening measures are used", "no other hardening measures are used"},
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
	clauses, notes := formClauses(p, backupFacts)
	return joinFormClauses(clauses, notes)
}

// MDS2Hardening is the same for the hardening as shipped (SAHD), for
// section 11.1 when hardening is not written, in form order: SAHD-1,
// then SAHD-7 to SAHD-10 grouped by answer, then the rest.
func (CSDData) MDS2Hardening(p *content.Product) string {
	clauses, notes := formClauses(p, hardeningFacts[:1])
	var yes, no []string
	for _, u := range unneededFacts {
		s := u.what + " (" + formCite(p, u.id) + ")"
		switch p.MDS2Answered(u.id) {
		case "yes":
			yes = append(yes, s)
		case "no":
			no = append(no, s)
		case "see_note":
			notes = append(notes, noteCite(p, u.id))
		}
	}
	if len(yes) > 0 {
		clauses = append(clauses, content.AndList(yes)+" that its intended use does not need are disabled or removed")
	}
	if len(no) > 0 {
		clauses = append(clauses, content.AndList(no)+" that its intended use does not need are not disabled or removed")
	}
	more, moreNotes := formClauses(p, hardeningFacts[1:])
	return joinFormClauses(append(clauses, more...), append(notes, moreNotes...))
}

// formClauses is kind.FormClauses: each of facts the manufacturer
// answered Yes or No, and apart the citations of those answered only by
// a note.
func formClauses(p *content.Product, facts []formFact) (clauses, notes []string) {
	kfs := make([]kind.FormFact, len(facts))
	for i, f := range facts {
		kfs[i] = kind.FormFact{ID: f.id, Yes: f.yes, No: f.no}
	}
	return kind.FormClauses(p, kfs)
}

// joinFormClauses is kind.JoinFormClauses.
func joinFormClauses(clauses, notes []string) string { return kind.JoinFormClauses(clauses, notes) }

// noteCite is kind.NoteCite: formCite for an answer given only by its
// note, marked (unstatedMark) where the note says only "Not stated".
func noteCite(p *content.Product, id string) string { return kind.NoteCite(p, id) }

// unstatedMark is kind.UnstatedMark.
const unstatedMark = kind.UnstatedMark

// formCite is kind.FormCite: question id with its note ("DTBK-4",
// "SAHD-1, note 3").
func formCite(p *content.Product, id string) string { return kind.FormCite(p, id) }

// updateIntegrityFacts are the form's questions on checking the
// software and its updates (SAHD-3 to SAHD-3.2) that section 6 repeats
// where neither [updates] nor the data flows and controls say how the
// integrity and authenticity of an update are verified.
var updateIntegrityFacts = []formFact{
	{"SAHD-3", "it checks that its software has not been altered", "it does not check whether its software has been altered"},
	{"SAHD-3.1", "it verifies that the software installed on it comes from, or is authorized by, the manufacturer", "it does not verify that the software installed on it comes from, or is authorized by, the manufacturer"},
	{"SAHD-3.2", "it verifies that software updates come from, or are authorized by, the manufacturer", "it does not verify that software updates come from, or are authorized by, the manufacturer"},
}

// MDS2UpdateIntegrity is what the manufacturer's own MDS2 answers on
// checking the software and its updates (SAHD-3, SAHD-3.1, SAHD-3.2)
// say, for section 6 where how an update's integrity and authenticity
// are verified is otherwise not stated: as MDS2Backup, "" for none.
// Notes that say only "Not stated" give nothing beyond "not stated":
// with nothing else, "" too.
func (CSDData) MDS2UpdateIntegrity(p *content.Product) string {
	clauses, notes := formClauses(p, updateIntegrityFacts)
	if len(clauses) == 0 && !slices.ContainsFunc(notes, func(n string) bool { return !strings.HasPrefix(n, unstatedMark) }) {
		return ""
	}
	return joinFormClauses(clauses, notes)
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
	for _, f := range []formFact{
		{"CSUP-7", "tells the customer when an update has been approved for installation", "does not tell the customer when an update has been approved for installation"},
		{"CSUP-11.1", "tells customers which updates are approved for the " + thing, "does not tell customers which updates are approved for the " + thing},
	} {
		cs, _ := formClauses(p, []formFact{f})
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
	_, notes := formClauses(p, []formFact{{"CSUP-7", "", ""}, {"CSUP-11.1", "", ""}})
	if len(clauses) == 0 && !slices.ContainsFunc(notes, func(n string) bool { return !strings.HasPrefix(n, unstatedMark) }) {
		return ""
	}
	return joinFormClauses(clauses, notes)
}
