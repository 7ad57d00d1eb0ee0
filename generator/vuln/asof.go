package vuln

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// A released document speaks as of its release date (kind.Released): it
// states what was known then, so that the revision reads the same however
// much later it is built. The product file records each vulnerability as
// it stands now, without a history of its statuses; KnownBy keeps what
// the recorded dates place on or before a date and leaves out what they
// place after it.
//
// Every document and file jspgen builds is published (the site is for
// customers; the VEX and CSAF files are TLP:WHITE): none may name a
// vulnerability before its public disclosure, which a manufacturer under
// coordinated disclosure must not make early. So a vulnerability enters
// what speaks as of d only once it is public by d (Public), not as soon as
// the manufacturer knows of it.

// Known is when the manufacturer first knew of v: the date it learnt of
// it (discovered), else the day an imported statement about it was made
// (Stated), else its public disclosure, or an earlier communication of
// its own; zero when none is stated. A disclosure before
// the manufacturer learnt of it does not count: its documents could not
// state it then.
func (v *Vulnerability) Known() content.Date {
	first := v.Discovered
	if first.IsZero() {
		first = v.Stated // an imported statement is not in a document before it was made
	}
	if first.IsZero() {
		first = v.Disclosed
	}
	for _, c := range v.Communications {
		if !c.Date.IsZero() && (first.IsZero() || c.Date.Before(first)) {
			first = c.Date
		}
	}
	return first
}

// Public is the first date a document of the manufacturer, all of which
// are published, can state v: when it knew of it (Known) and v was
// publicly disclosed, the later of the two. A document naming v before
// its disclosure would itself have disclosed it. With no disclosure
// stated it is Known: the earliest the data allows, which check asks to
// complete (vulnerabilities[].disclosed); zero when neither is stated.
func (v *Vulnerability) Public() content.Date {
	k := v.Known()
	if v.Disclosed.After(k) {
		return v.Disclosed
	}
	return k
}

// NotPublicBy reports v not yet public on d (Public after d): no document
// or file dated d may name it. One with no date stated is never held back.
func (v *Vulnerability) NotPublicBy(d content.Date) bool { return v.Public().After(d) }

// KnownBy is s as a document released on d can state it:
//   - a vulnerability not public by d (Public: first known, or publicly
//     disclosed, after d) is left out; a version with one known by d but
//     not yet disclosed is listed in Withheld;
//   - a fix released after d was not out on d: a fixed statement was
//     affected then, and every statement loses its fix version, fix date,
//     remediation and fix delay reason (which describe that fix), and a
//     fix = "released"; one left affected with no compensating control
//     or fix plan states that no fix is out yet (NoRemediationYet);
//   - a status assessed after d (assessed) was under investigation then,
//     without a justification, impact statement or fix plan;
//   - communications after d are left out;
//   - a fix version not generally available on d is planned then, not
//     released (FixPlanned);
//   - a fix version whose support ended on or before d is no longer
//     one to install (FixEnded);
//   - a fix version withdrawn on or before d is no longer one to install
//     either: the version that replaced it is (FixWithdrawn, FixInstead).
//
// A vulnerability whose dates are not stated is kept as it is: nothing
// places it after d. KnownBy returns s itself when it changes nothing
// (and for a zero d or a nil s).
func (s *Set) KnownBy(d content.Date) *Set {
	if s == nil || d.IsZero() {
		return s
	}
	out := &Set{Versions: s.Versions, List: make([]*Vulnerability, 0, len(s.List)), Withheld: s.Withheld}
	changed := false
	for _, v := range s.List {
		if s.notFixedYet(v, d) {
			// The version fixed_in names had not fixed it yet on d (the
			// fix, or the version, came later): no statement for it
			// then, and nothing withheld.
			changed = true
			continue
		}
		w := v.knownBy(d, s.fixOn(v, d))
		if w != v {
			changed = true
		}
		if w != nil {
			out.List = append(out.List, w)
		} else if k := v.Known(); !k.After(d) {
			out.withhold(v.Version)
		}
	}
	if !changed {
		return s
	}
	return out
}

// knownBy is v as stated on d (see KnownBy): v itself when unchanged,
// nil when left out, else a copy.
func (v *Vulnerability) knownBy(d content.Date, fix fixState) *Vulnerability {
	if v.NotPublicBy(d) {
		return nil
	}
	fixLater := !v.Fixed.IsZero() && v.Fixed.After(d)
	assessedLater := v.Assessed.After(d) && v.Status != "under_investigation"
	laterComms := false
	for _, c := range v.Communications {
		if c.Date.After(d) {
			laterComms = true
		}
	}
	if !fixLater && !laterComms && !assessedLater && fix == fixStateOf(v) {
		return v
	}
	w := *v
	fix.set(&w)
	if fixLater {
		w.FixedIn, w.Fixed, w.Remediation, w.FixDelayReason = "", content.Date{}, "", ""
		if w.Fix == "released" {
			w.Fix = "" // the fix was not out yet
		}
		if w.Status == "fixed" {
			// Known, and the version not fixed yet: it was affected.
			w.Status = "affected"
		}
	}
	if w.FixedIn == "" {
		fixState{}.set(&w)
	}
	if assessedLater {
		// The status was assessed later: until then it was under
		// investigation, with no justification or impact statement.
		w.Status, w.Justification, w.Impact, w.Fix = "under_investigation", "", "", ""
	}
	if fixLater {
		w.untilFix()
	}
	if laterComms {
		w.Communications = nil
		for _, c := range v.Communications {
			if !c.Date.After(d) {
				w.Communications = append(w.Communications, c)
			}
		}
	}
	return &w
}

// PublicBy is s less the vulnerabilities not public by d (Public after
// d), each version with one known by d listed in Withheld, every other
// one as it stands: what a file published on d that states the data as
// it is may name. (The VEX and CSAF files state what was so on d:
// KnownBy.) It returns s itself when it leaves nothing out (and for a
// zero d or a nil s).
func (s *Set) PublicBy(d content.Date) *Set {
	if s == nil || d.IsZero() {
		return s
	}
	out := &Set{Versions: s.Versions, Withheld: s.Withheld}
	for _, v := range s.List {
		if v.NotPublicBy(d) {
			if !v.Known().After(d) {
				out.withhold(v.Version)
			}
			continue
		}
		out.List = append(out.List, v)
	}
	if len(out.List) == len(s.List) {
		return s
	}
	return out
}

// withhold records that version v has a vulnerability known but not yet
// public (Withheld).
func (s *Set) withhold(v string) {
	if !slices.Contains(s.Withheld, v) {
		s.Withheld = append(slices.Clone(s.Withheld), v)
	}
}

// WithholdsFor reports whether a vulnerability of version v known on the
// date s speaks as of was not public then (Withheld): a document about v
// then cannot say that no vulnerability, or every one it lists, is known.
// An empty v asks about every version.
func (s *Set) WithholdsFor(v string) bool {
	if s == nil {
		return false
	}
	return v == "" && len(s.Withheld) > 0 || slices.Contains(s.Withheld, v)
}
