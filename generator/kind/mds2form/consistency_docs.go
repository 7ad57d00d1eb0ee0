package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Hand answers that deny what a document built beside the form prints
// from an explicit key (mobileapp): SBOM-4 (a process for keeping the
// SBOM up to date) No or N/A while suppliers.sbom_process is written,
// which the CSD and the security plan print as how the SBOM is produced
// and kept current; AUDT-2.11 (documentation of which events are logged
// and what each entry holds) No while logging.events lists the events,
// each naming a log of logging.logs that records it, which the CSD's
// section on security events prints; AUDT-4 (a list of the fields of
// each audit log entry) No while logging.logs gives each log's content,
// which the CSD prints; DTBK-6 (the device checks that a backup is
// intact and authentic) No while backup.authenticity is written, which
// the CSD's backup and restore section prints beside the form's own
// "it does not check". None of these questions is derived: the keys are
// prose, and whether what they say is enough for a Yes is the
// manufacturer's to judge (rules.go, SBOM-4). A flat No beside them
// reads as denying what the documents published with it describe, so
// check asks for the answer or a note. Advisory: an answer with a note
// is left alone; only the keys' being written is read, never their
// text.

// docCheck is one such hand answer: id answered one of answers (by
// hand, without a note), beside what shows finds in the documents, with
// the remedy the warning gives.
type docCheck struct {
	id      string
	answers []mds2.Answer
	show    func() (fact, bool)
	remedy  string
}

func (f *mds2Facts) docChecks() []docCheck {
	return []docCheck{
		{"SBOM-4", []mds2.Answer{mds2.No, mds2.NA}, f.sbomProcessPrinted,
			"answer Yes if that process keeps the SBOM current, or say in a note why the answer stands (for instance, that the process does not keep it up to date)"},
		{"AUDT-2.11", []mds2.Answer{mds2.No}, f.loggedEventsPrinted,
			"answer Yes and name the CSD's section in a note, or say in a note what that documentation lacks"},
		{"AUDT-4", []mds2.Answer{mds2.No}, f.logContentPrinted,
			"answer Yes and name the CSD's section in a note, or say in a note what that list lacks"},
		{"DTBK-6", []mds2.Answer{mds2.No}, f.backupAuthenticityPrinted,
			"answer Yes if the device checks it, or say in a note what the device does not check"},
	}
}

// checkPublishedDocs warns about a hand answer without a note that
// denies what a document built beside the form prints (docChecks).
func (r *mds2Resolver) checkPublishedDocs(final map[string]mds2.Answer, givens map[string]given) {
	for _, c := range r.facts.docChecks() {
		g, ok := r.plainHand(c.id, final, givens, c.answers...)
		if !ok {
			continue
		}
		d, ok := c.show()
		if !ok {
			continue
		}
		r.warnf(g.path, "answer %s, but %s: without a note, the answer reads as denying what the documents published with it describe; %s ({ answer = %q, note = n })",
			g.answer, d, c.remedy, answerKey(g.answer))
	}
}

// printedIn names the documents among docs the build produces for the
// product ("the CSD", "the security plan").
func (f *mds2Facts) printedIn(docs ...string) []string {
	var names []string
	for _, d := range docs {
		if f.p.Produces(d) {
			names = append(names, content.DocumentName(d))
		}
	}
	return names
}

// sbomProcessPrinted (against SBOM-4 No or N/A): suppliers.sbom_process
// is written and the CSD or the security plan is built, which print it.
func (f *mds2Facts) sbomProcessPrinted() (fact, bool) {
	docs := f.printedIn("csd", "security_plan")
	if strings.TrimSpace(f.p.Suppliers.SBOMProcess) == "" || len(docs) == 0 {
		return fact{}, false
	}
	return f.yes("suppliers.sbom_process", "is written, and "+content.AndList(docs)+" "+content.Plural(len(docs), "prints", "print")+" it as how the SBOM is produced and kept current"), true
}

// loggedEventsPrinted (against AUDT-2.11 No): logging.events lists
// events, each naming a log of logging.logs that records it, and the CSD
// is built, which lists each event with its log and each log's content.
func (f *mds2Facts) loggedEventsPrinted() (fact, bool) {
	l := f.p.Logging
	if len(l.Events) == 0 || len(l.Logs) == 0 || !f.p.Produces("csd") {
		return fact{}, false
	}
	for _, e := range l.Events {
		if !f.namesListedLog(e) {
			return fact{}, false
		}
	}
	return f.yes("logging.events", fmt.Sprintf("lists %d security %s, each with the log that records it, and logging.logs what each log records: the CSD prints both",
		len(l.Events), content.Plural(len(l.Events), "event", "events"))), true
}

// namesListedLog reports whether event e names a log logging.logs lists.
func (f *mds2Facts) namesListedLog(e content.SecurityEvent) bool {
	for _, id := range e.Logs {
		for _, lg := range f.p.Logging.Logs {
			if lg.ID == id {
				return true
			}
		}
	}
	return false
}

// logContentPrinted (against AUDT-4 No): logging.logs lists logs, each
// with its content (required), and the CSD is built, which prints it.
func (f *mds2Facts) logContentPrinted() (fact, bool) {
	n := len(f.p.Logging.Logs)
	if n == 0 || !f.p.Produces("csd") {
		return fact{}, false
	}
	return f.yes("logging.logs", fmt.Sprintf("gives what each of its %d %s records (content), which the CSD prints", n, content.Plural(n, "log", "logs"))), true
}

// backupAuthenticityPrinted (against DTBK-6 No): backup.authenticity is
// written and the CSD is built, whose backup and restore section prints
// it.
func (f *mds2Facts) backupAuthenticityPrinted() (fact, bool) {
	if strings.TrimSpace(f.p.Backup.Authenticity) == "" || !f.p.Produces("csd") {
		return fact{}, false
	}
	return f.yes("backup.authenticity", "is written, and the CSD's backup and restore section prints it as how a restored configuration is authenticated"), true
}

// answerKey is how the answer is written in the product file.
func answerKey(a mds2.Answer) string {
	if a == mds2.NA {
		return "na"
	}
	return strings.ToLower(a.String())
}
