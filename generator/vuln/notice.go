package vuln

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// A security notice (kind = "security") names vulnerabilities by ID and
// says nothing else about them: the versions it concerns, their status,
// the risk, the remediation and every date come from the known
// vulnerabilities, so that the notice, its CSAF twin, the CSD and the VEX
// files cannot disagree.

// Advisory is what a security notice announces.
type Advisory struct {
	Vulnerabilities []AdvisoryVuln // in the notice's order
	Affected        []string       // versions affected or under investigation, in product order
	Fixed           []string       // released versions that fix one of them (fixed status or fixed_in, else the version that replaced a withdrawn fixed_in), in product order
	WithdrawnFix    []string       // versions named to fix one of them (fixed_in) withdrawn by then (FixWithdrawn), in product order
	Planned         []string       // versions named to fix one of them (fixed_in) that were not generally available then (FixPlanned), in product order
	Timeline        []Event        // oldest first
}

// AdvisoryVuln is one vulnerability a security notice names, with its
// entry for each version (product order).
type AdvisoryVuln struct {
	ID      string
	Entries []*Vulnerability
}

// First is the entry that describes the vulnerability best: the first
// affected or under-investigation one, else the first.
func (a AdvisoryVuln) First() *Vulnerability {
	for _, e := range a.Entries {
		if e.Open() {
			return e
		}
	}
	return a.Entries[0]
}

// Open lists the entries of versions still affected or under
// investigation.
func (a AdvisoryVuln) Open() []*Vulnerability {
	var out []*Vulnerability
	for _, e := range a.Entries {
		if e.Open() {
			out = append(out, e)
		}
	}
	return out
}

// Event is one dated step of a security notice's communication timeline.
type Event struct {
	Date     content.Date
	What     string // "discovered", "disclosed", "fix_available", "communication"
	ID       string // the vulnerability
	Version  string // the fixed version, for fix_available
	Audience string // for a communication: its audience label ("Customers", "FDA")
	Summary  string // for a communication: what was said
	// Markets and Later, for fix_available of a version released market
	// by market (Advisory.ByMarket): the markets it was released in on
	// Date, and where it is released after the date spoken for, or never.
	Markets, Later string
}

// Text is the event in words, the same in the notice and its CSAF twin.
func (e Event) Text(manufacturer string) string {
	switch e.What {
	case "discovered":
		return manufacturer + " learnt of " + e.ID + "."
	case "disclosed":
		return e.ID + " was publicly disclosed."
	case "fix_available":
		if e.Markets != "" {
			s := "Fix for " + e.ID + " available in " + e.Markets + ": software " + e.Version + " released there"
			if e.Later != "" {
				s += " (" + e.Later + ")"
			}
			return s + "."
		}
		return "Fix for " + e.ID + " available: software " + e.Version + " released."
	}
	return e.Audience + " informed about " + e.ID + ": " + strings.TrimSpace(e.Summary)
}

// eventOrder orders events of the same day.
var eventOrder = []string{"disclosed", "discovered", "fix_available", "communication"}

// compareEvents orders events by date, then those of a day by eventOrder.
func compareEvents(x, y Event) int {
	return cmp.Or(x.Date.Time().Compare(y.Date.Time()), cmp.Compare(slices.Index(eventOrder, x.What), slices.Index(eventOrder, y.What)))
}

// Announceable reports whether a vulnerability has something for a
// security notice to announce: some version affected or under
// investigation.
func (s *Set) Announceable(id string) bool {
	return slices.ContainsFunc(s.All(), func(v *Vulnerability) bool {
		return v.ID == id && v.Open()
	})
}

// Advisory gathers what security notice n announces from the known
// vulnerabilities. IDs that are not known are left out (Load reports
// them).
func (s *Set) Advisory(n content.Notice) *Advisory {
	a := &Advisory{}
	if s == nil {
		return a
	}
	affected, fixed, planned := map[string]bool{}, map[string]bool{}, map[string]bool{}
	// released are the versions that brought a fix, withdrawn or not:
	// the timeline's; withdrawn those of them withdrawn since.
	released, withdrawn := map[string]bool{}, map[string]bool{}
	fixDates := map[string]map[string]content.Date{} // ID → fixed version → date
	for _, id := range n.Vulnerabilities {
		av := AdvisoryVuln{ID: id}
		for _, v := range s.All() {
			if v.ID == id {
				av.Entries = append(av.Entries, v)
			}
		}
		if len(av.Entries) == 0 {
			continue
		}
		slices.SortStableFunc(av.Entries, func(x, y *Vulnerability) int {
			return cmp.Compare(s.versionIndex(x.Version), s.versionIndex(y.Version))
		})
		fixDates[id] = map[string]content.Date{}
		for _, e := range av.Entries {
			switch e.Status {
			case "affected", "under_investigation":
				affected[e.Version] = true
			case "fixed":
				// Not the withdrawn version itself, which has the fix
				// but is none to install.
				fixed[e.Version] = e.FixWithdrawn.IsZero() || e.Version != e.FixedIn
				released[e.Version] = true
			}
			if e.FixedIn != "" && e.Status != "not_affected" {
				if !e.FixWithdrawn.IsZero() {
					withdrawn[e.FixedIn], released[e.FixedIn] = true, true
				}
				switch fv := e.InstallVersion(); {
				case fv == "":
				case e.FixPlanned:
					planned[fv] = true
				default:
					fixed[fv], released[fv] = true, true
				}
			}
			if fv := e.fixVersion(); fv != "" && !e.Fixed.IsZero() {
				if d, ok := fixDates[id][fv]; !ok || e.Fixed.Before(d) {
					fixDates[id][fv] = e.Fixed
				}
			}
		}
		a.Vulnerabilities = append(a.Vulnerabilities, av)
	}
	for _, v := range s.Versions {
		if affected[v.Version] {
			a.Affected = append(a.Affected, v.Version)
		}
		if fixed[v.Version] {
			a.Fixed = append(a.Fixed, v.Version)
		} else if planned[v.Version] {
			a.Planned = append(a.Planned, v.Version)
		}
		if withdrawn[v.Version] {
			a.WithdrawnFix = append(a.WithdrawnFix, v.Version)
		}
	}
	seen := map[string]bool{}
	add := func(e Event) {
		key := fmt.Sprint(e.Date, e.What, e.ID, e.Version, e.Audience, e.Summary)
		if e.Date.IsZero() || seen[key] {
			return
		}
		seen[key] = true
		a.Timeline = append(a.Timeline, e)
	}
	for _, av := range a.Vulnerabilities {
		for _, e := range av.Entries {
			add(Event{Date: e.Discovered, What: "discovered", ID: av.ID})
			add(Event{Date: e.Disclosed, What: "disclosed", ID: av.ID})
			for _, c := range e.Communications {
				add(Event{Date: c.Date, What: "communication", ID: av.ID, Audience: c.AudienceLabel(), Summary: c.Summary})
			}
		}
		for _, ver := range s.Versions {
			fv := ver.Version
			if !released[fv] {
				continue
			}
			if d, ok := fixDates[av.ID][fv]; ok {
				add(Event{Date: d, What: "fix_available", ID: av.ID, Version: fv})
			}
		}
	}
	slices.SortStableFunc(a.Timeline, compareEvents)
	return a
}

// fixVersion is the version whose release fixes the vulnerability as this
// entry states it: fixed_in, else the entry's own version when its status
// is fixed.
func (v *Vulnerability) fixVersion() string {
	if v.FixedIn != "" {
		return v.FixedIn
	}
	if v.Status == "fixed" {
		return v.Version
	}
	return ""
}

// FixDate is the date the fix in version fv was released, as the
// vulnerability's entries state it (the earliest when they disagree);
// zero when none states it.
func (a AdvisoryVuln) FixDate(fv string) content.Date {
	var out content.Date
	for _, e := range a.Entries {
		if e.fixVersion() == fv && !e.Fixed.IsZero() && (out.IsZero() || e.Fixed.Before(out)) {
			out = e.Fixed
		}
	}
	return out
}

// checkNotices checks each security notice against the known
// vulnerabilities, and gives it the versions they affect (its Versions,
// which the notice may not state itself), so that every list of notices
// per version — the lifecycle page, lifecycle.json, the CSD — includes it.
func (l *loader) checkNotices() {
	for i := range l.p.Notices {
		n := &l.p.Notices[i]
		if !n.Security() {
			continue
		}
		for j, id := range n.Vulnerabilities {
			path := fmt.Sprintf("notices[%d].vulnerabilities[%d]", i, j)
			var entries []*Vulnerability
			for _, v := range l.s.List {
				if v.ID == id {
					entries = append(entries, v)
				}
			}
			switch {
			case len(entries) == 0:
				l.errorAt(path, "unknown vulnerability %q: no version's known vulnerabilities ([[vulnerabilities]] or the imported VEX) have it (known: %s)", id, l.knownIDs())
			case !l.s.Announceable(id):
				var st []string
				for _, e := range entries {
					st = append(st, e.Version+" "+strings.ToLower(e.Status.Label()))
				}
				l.errorAt(path, "%s gives this security notice nothing to announce: no version is affected or under investigation (%s)", id, strings.Join(st, ", "))
			default:
				// A notice cannot announce what was not known when it was
				// issued; speaking as of its release, it would leave it out.
				issued := n.Issued
				if issued.IsZero() {
					issued = n.Document.FirstIssued()
				}
				for _, e := range entries {
					if k := e.Known(); !issued.IsZero() && k.After(issued) {
						l.errorAt(path, "this notice was issued on %s, before %s was known (its earliest discovered, disclosed or communication date is %s in version %s): correct the dates", issued, id, k, e.Version)
						break
					}
					// Published, the notice would disclose it: a notice
					// that is the public disclosure is dated with it.
					if k := e.Public(); !issued.IsZero() && k.After(issued) {
						l.errorAt(path, "this notice was issued on %s, before %s was publicly disclosed (%s in version %s): a published notice names no vulnerability before its disclosure, and speaking as of its release it would leave it out; if this notice is the disclosure, write disclosed = %s, else correct the dates", issued, id, k, e.Version, issued)
						break
					}
				}
				for _, f := range []struct {
					key  string
					date func(*Vulnerability) content.Date
				}{{"discovered", func(v *Vulnerability) content.Date { return v.Discovered }}, {"disclosed", func(v *Vulnerability) content.Date { return v.Disclosed }}} {
					var ds []string
					for _, e := range entries {
						if d := f.date(e); !d.IsZero() && !slices.Contains(ds, d.String()) {
							ds = append(ds, d.String())
						}
					}
					if len(ds) > 1 {
						l.warnAt(path, "the entries of %s disagree on the date it was %s (%s); the notice's timeline shows each", id, f.key, strings.Join(ds, ", "))
					}
				}
			}
		}
		n.Versions = l.s.Advisory(*n).Affected
	}
}

func (l *loader) knownIDs() string {
	var ids []string
	for _, v := range l.s.List {
		if !slices.Contains(ids, v.ID) {
			ids = append(ids, v.ID)
		}
	}
	if len(ids) == 0 {
		return "none"
	}
	slices.Sort(ids)
	return strings.Join(ids, ", ")
}
