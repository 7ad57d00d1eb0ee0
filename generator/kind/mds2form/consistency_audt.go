package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// The answers logging.siem.supported can contradict besides AUDT-5, which
// a true derives Yes (rules_audt.go siem): the CSD's SIEM row and its
// section 12.1 say what logging.siem.supported states, so a form that
// answers otherwise tells the customer the opposite.
//
//   - supported = false beside AUDT-5.2 Yes (audit logs can be sent to a
//     SIEM by IHE ATNA): the device sends nothing to a SIEM, by IHE ATNA
//     or otherwise (againstData, noSIEM).
//   - supported = true beside AUDT-5.2 No and AUDT-5.3 No: events
//     forwarded to a SIEM or log collector leave by IHE ATNA (AUDT-5.2) or
//     by another means, such as syslog (AUDT-5.3); with both No only
//     physical media (AUDT-5.1) is left, which forwards nothing
//     (checkSIEMChannels).
//
// Not contradictions, so not warned about: supported = false beside an
// AUDT-5, AUDT-5.1 or AUDT-5.3 Yes (exporting audit logs to media, by a
// file download or to a syslog host the customer reads is not forwarding
// them to a SIEM, and the data does not say which the Yes means);
// supported = true beside AUDT-5.2 No alone (syslog, not IHE ATNA).
// AUDT-5 No beside supported = true is the derivation's contradiction
// (resolve.go). A note on the answer explains it, as for the other checks.

// noSIEM (against AUDT-5.2 Yes): logging.siem.supported is false.
func (f *mds2Facts) noSIEM() (fact, bool) {
	return f.no(f.p.Logging.SIEMPath()+".supported", "is false"),
		f.p.Logging.SIEM.Supported.IsFalse()
}

// checkSIEMChannels warns where the form answers both AUDT-5.2 and
// AUDT-5.3 No, at least one of them by the manufacturer's hand and
// neither with a note, while logging.siem.supported is true. The warning
// is at AUDT-5.3's answer when it was given, else at AUDT-5.2's.
func (r *mds2Resolver) checkSIEMChannels(final map[string]mds2.Answer, givens map[string]given) {
	if !r.p.Logging.SIEM.Supported.IsTrue() || final["AUDT-5.2"] != mds2.No || final["AUDT-5.3"] != mds2.No {
		return
	}
	at := r.bothNoAt(givens, "AUDT-5.2", "AUDT-5.3")
	if at == "" {
		return
	}
	d := r.facts.yes(r.p.Logging.SIEMPath()+".supported", "is true")
	r.warnf(givens[at].path, "the form answers AUDT-5.2 (by IHE ATNA) No and AUDT-5.3 (by other means) No, but %s: events forwarded to a SIEM or log collector leave by IHE ATNA or by another means such as syslog, and physical media (AUDT-5.1) forward none; correct one of the answers, or explain it in a note ({ answer = %q, note = n })",
		d, strings.ToLower(mds2.No.String()))
}

// checkSignInsLogged warns where the form answers both AUDT-2.1
// (successful logins and logouts recorded) and AUDT-2.2 (failed ones
// recorded) No, at least one of them by the manufacturer's hand and
// neither with a note, while logging.events lists an event of category
// authentication that names a log recording it (signInLogged): an authentication
// that is recorded either succeeded or failed, so one of the two is Yes.
// Either alone may be true (an event of failed PIN entries only beside
// AUDT-2.1 No), and the event's text, which would say which, is prose: it
// decides nothing. The warning is at AUDT-2.2's answer when it was given,
// else at AUDT-2.1's.
func (r *mds2Resolver) checkSignInsLogged(final map[string]mds2.Answer, givens map[string]given) {
	if final["AUDT-2.1"] != mds2.No || final["AUDT-2.2"] != mds2.No {
		return
	}
	at := r.bothNoAt(givens, "AUDT-2.1", "AUDT-2.2")
	if at == "" {
		return
	}
	d, ok := r.facts.signInLogged()
	if !ok {
		return
	}
	r.warnf(givens[at].path, "the form answers AUDT-2.1 (successful logins and logouts recorded) No and AUDT-2.2 (failed ones recorded) No, but %s: a recorded authentication either succeeded or failed; correct one of the answers, or the event's logs, or explain it in a note ({ answer = %q, note = n })",
		d, strings.ToLower(mds2.No.String()))
}

// signInLogged (against AUDT-2.1 and AUDT-2.2 both No) is the first event
// of category authentication that names a log of the device recording
// it: one not kept in a data store of the customer's own systems or of a
// part the manufacturer hosts beside the device (a cloud portal's sign-in
// log says nothing of the device's).
func (f *mds2Facts) signInLogged() (fact, bool) {
	for _, e := range f.p.Logging.Events {
		if e.Category != "authentication" {
			continue
		}
		var own []string
		for _, id := range e.Logs {
			if f.deviceLog(id) {
				own = append(own, id)
			}
		}
		if len(own) > 0 {
			return f.yes("logging.events", fmt.Sprintf("lists %q, an event of category authentication, recorded in %s", e.Event, logNames(own))), true
		}
	}
	return fact{}, false
}

// deviceLog reports a log of logging.logs that is the device's: not kept
// in a data store of the customer's own systems or of a part the
// manufacturer hosts beside the device. A log kept where its location
// says, in no data store, is the product's.
func (f *mds2Facts) deviceLog(id string) bool {
	i := slices.IndexFunc(f.p.Logging.Logs, func(l content.Log) bool { return l.ID == id })
	if i < 0 {
		return false
	}
	s := f.p.Logging.Logs[i].DataStore
	if s == "" {
		return true
	}
	j := slices.IndexFunc(f.p.DataStores, func(d content.DataStore) bool { return d.ID == s })
	if j < 0 {
		return true
	}
	part := f.p.PartOfStore(f.p.DataStores[j])
	return !part.Runs.IsCustomerInfrastructure() && !f.partHostedBeside(part)
}

// bothNoAt is where to warn of a pair of questions the form answers both
// No (the caller has checked the final answers): the later of the two the
// manufacturer answered by hand, or "" when neither was, or when either
// carries a note or the data deny it (its answer is explained already).
func (r *mds2Resolver) bothNoAt(givens map[string]given, ids ...string) string {
	at := ""
	for _, id := range ids {
		g, ok := givens[id]
		if !ok || g.answer == mds2.Unanswered {
			continue
		}
		if g.entry.Note != 0 || r.denied[id] {
			return ""
		}
		at = id
	}
	return at
}
