package csd

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// auditEvents are the MDS2 form's questions about the events an audit log
// records (AUDT-2's sub-questions, HN 1-2019), in form order, each with
// the events it asks about as the CSD names them in running text.
var auditEvents = []struct{ id, what string }{
	{"AUDT-2.1", "successful logins and logouts"},
	{"AUDT-2.2", "unsuccessful login and logout attempts"},
	{"AUDT-2.3", "changes to user privileges"},
	{"AUDT-2.4", "the creation, change and removal of user accounts"},
	{"AUDT-2.5", "clinical data or PII being viewed on screen or printed"},
	{"AUDT-2.6", "data being created, changed or deleted"},
	{"AUDT-2.7", "imports and exports of data on removable media"},
	{"AUDT-2.8", "the receipt and sending of data or commands over cables or networks"},
	{"AUDT-2.8.1", "local and remote service or support sessions"},
	{"AUDT-2.8.2", "calls to its application programming interfaces"},
	{"AUDT-2.9", "the use of emergency break-glass access"},
	{"AUDT-2.10", "other kinds of events, such as software updates"},
}

// otherEventsYes is what an AUDT-2.10 Yes says the log records. The
// question's example (software updates) stays only where the answer
// denies it or refers to a note: a No covers the example too.
const otherEventsYes = "other events than those the form asks about"

// Audit is what the manufacturer's own MDS2 answers about the product's
// audit log say, in the CSD's words, for the sections whose product data
// is not stated (7 when logging.events is not written, 12 when
// logging.logs is not written). The template prints them only when the
// form is built beside the CSD, as it does every other MDS2 answer.
type Audit struct {
	// Log is AUDT-1's answer, without its subject: "keeps its own audit
	// log of user and system activity (AUDT-1)", "keeps no audit log of
	// its own (AUDT-1)", or "" when the form does not answer Yes or No.
	Log string
	// Events are the answers about the events recorded, clauses joined
	// by "; " with their question IDs (and notes): AUDT-1 No, AUDT-2, the
	// events answered Yes, those answered No (unless AUDT-2 is No, which
	// says it of them all), those answered See Note. "" for none.
	Events string
	// EventsBeyondLog: Events says more than AUDT-1's answer, so that 12,
	// which prints Log itself, points to 7 for it.
	EventsBeyondLog bool
}

// MDS2Audit is Audit for the product p as the document shows it. It reads
// p at render time, as the key facts read the form's answers.
func (d *CSDData) MDS2Audit(p *content.Product) Audit {
	cite := func(id string) string { return kind.FormCite(p, id) }
	var a Audit
	switch p.MDS2Answered("AUDT-1") {
	case "yes":
		a.Log = "keeps its own audit log of user and system activity (" + cite("AUDT-1") + ")"
	case "no":
		a.Log = "keeps no audit log of its own (" + cite("AUDT-1") + ")"
	}
	// AUDT-2.8.1 asks about local and remote sessions together; where the
	// device has no remote service (as 4.3 says, or the form's RMOT-1),
	// its answer can only be about local ones. Not where the manufacturer
	// hosts a part: its own staff's sessions into that part are service
	// sessions too, which RMOT-1 does not count, and the answer covers them.
	noRemote := (p.RemoteService.Offered.IsFalse() || p.MDS2Answered("RMOT-1") == "no" || p.NoNetwork()) && !p.HasManufacturerHostedPart()
	var yes, no, note, unstated []string
	var unstatedNotes []int // the notes of the unstated answers, each once
	for _, e := range auditEvents {
		what := e.what
		if e.id == "AUDT-2.8.1" && noRemote {
			what = "local service or support sessions"
		}
		s := what + " (" + cite(e.id) + ")"
		ans := p.MDS2Answered(e.id)
		if e.id == "AUDT-2.10" && ans == "yes" {
			// The question's "such as software updates" is its example, not
			// what a Yes records: a Yes says only that some other events are
			// recorded, which ones its note (if any) says, else the note
			// describing the log the clause cites (logNote); only with
			// neither is it not stated.
			s = otherEventsYes + " (" + cite(e.id)
			if p.MDS2.Answers[e.id].Note == 0 {
				if n := logNote(p); n != 0 {
					s += fmt.Sprintf("; see note %d", n)
				} else {
					s += "; which ones is not stated"
				}
			}
			s += ")"
		}
		switch ans {
		case "yes":
			yes = append(yes, s)
		case "no":
			no = append(no, s)
		case "see_note":
			// A note that says only "Not stated" (MDS2NoteUnstated) is
			// no answer to refer to: said to be so, its note once.
			if p.MDS2NoteUnstated(e.id) {
				unstated = append(unstated, what+" ("+e.id+")")
				if n := p.MDS2.Answers[e.id].Note; !slices.Contains(unstatedNotes, n) {
					unstatedNotes = append(unstatedNotes, n)
				}
				break
			}
			note = append(note, s)
		}
	}
	var clauses []string
	if p.MDS2Answered("AUDT-1") == "no" {
		clauses = append(clauses, "it "+a.Log)
	}
	a2 := p.MDS2Answered("AUDT-2")
	switch {
	case a2 == "no":
		clauses = append(clauses, "it writes no security-relevant events to an audit log ("+cite("AUDT-2")+")")
		no = nil // said of them all
	case a2 == "yes" && len(yes)+len(no)+len(note) == 0:
		clauses = append(clauses, "it writes security-relevant events to an audit log ("+cite("AUDT-2")+")")
	}
	if len(yes) > 0 {
		// AUDT-1's note may say whose the log is ("the cloud service
		// keeps an audit log; the sensor and the app keep none"): the
		// events are that log's, so the clause names it.
		log := "its audit log"
		if n := logNote(p); n != 0 {
			log = fmt.Sprintf("its audit log (AUDT-1, note %d)", n)
		}
		clauses = append(clauses, log+" records "+content.AndList(yes))
	}
	if len(no) > 0 {
		clauses = append(clauses, "it does not record "+content.OrList(no))
	}
	if len(note) > 0 {
		clauses = append(clauses, "for "+content.AndList(note)+", the form refers to its notes")
	}
	// Only beside answers that say something: alone, they would make the
	// section say the events are not stated "beyond the form's answers"
	// when the form states none of them either.
	if len(unstated) > 0 && len(clauses) > 0 {
		clauses = append(clauses, "for "+content.AndList(unstated)+", "+unstatedNotesSay(unstatedNotes, len(unstated)))
	}
	a.Events = strings.Join(clauses, "; ")
	a.EventsBeyondLog = len(clauses) > 0 && a.Events != "it "+a.Log
	return a
}

// logNote is the note of a Yes to AUDT-1, which describes the audit log
// and which the clause of the events it records cites; 0 when there is
// none.
func logNote(p *content.Product) int {
	if p.MDS2Answered("AUDT-1") != "yes" {
		return 0
	}
	return p.MDS2.Answers["AUDT-1"].Note
}

// unstatedNotesSay says that the form's notes (notes, each once) say only
// that the matters of n answers are not stated: "the form's note 2 says
// only that they are not stated".
func unstatedNotesSay(notes []int, n int) string {
	words := make([]string, len(notes))
	for i, x := range notes {
		words[i] = fmt.Sprint(x)
	}
	what := "they are"
	if n == 1 {
		what = "it is"
	}
	if len(notes) == 1 {
		return "the form's note " + words[0] + " says only that " + what + " not stated"
	}
	return "the form's notes " + content.AndList(words) + " say only that " + what + " not stated"
}
