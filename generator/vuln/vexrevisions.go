package vuln

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// A version's VEX is published three ways (CycloneDX, OpenVEX, CSAF
// VEX), and all three state the same things as of the same date. Each
// names its revision: CSAF lists its revision history, CycloneDX and
// OpenVEX give a version number, which OpenVEX requires to go up, and
// CycloneDX asks to, whenever the statements change. One computation
// here (VEXRevisions) gives all three the same revisions and the same
// date, from the data's dates only, so the files are the same bytes on
// every build.

// VEXChange is one revision after a VEX's initial version: the day and
// what changed on it, in the order the statements come.
type VEXChange struct {
	Date    content.Date
	Changes []string // "CVE-2024-2961 added", "fix for CVE-2024-2961 released"
}

// VEXRevisions are the revisions of a version's VEX as a set states it
// on a date: the initial version, each later day on which a statement
// changed, and the date the three files bear.
type VEXRevisions struct {
	// First is the initial version's date: the first day a vulnerability
	// of the version was public, not before its general availability.
	First content.Date
	// Last is the current version's date, the one all three files bear:
	// the last change by the as-of date, never before the newest date
	// the data state (Set.DateBy) nor before First.
	Last content.Date
	// Changes are the revisions after the initial version, oldest first.
	Changes []VEXChange
}

// Version is the current revision's number: the initial version and one
// for each change. The CSAF twin's current version; the CycloneDX and
// OpenVEX files keep one serial number and @id per version and give
// this as their version.
func (r VEXRevisions) Version() int { return 1 + len(r.Changes) }

// VEXRevisions are the revisions of version's VEX as s (the set as known
// on asOf, KnownBy) states it. A vulnerability is in it from the day it
// is public (Public): known to the manufacturer and disclosed, and what
// changed about it before is part of it then. After that, each day on
// which a statement any of the three files makes changed is a revision
// (vexEvents). Nothing after asOf counts: a file is not dated after the
// build that wrote it, nor records as done what is still to come.
// Communications are in no VEX, and are no revision.
func (s *Set) VEXRevisions(p *content.Product, version string, asOf content.Date) VEXRevisions {
	list := s.For(version)
	var first content.Date
	undated := false // an entry no date places after the version's release
	for _, x := range list {
		d := x.Public()
		if d.IsZero() {
			undated = true
		} else if first.IsZero() || d.Before(first) {
			first = d
		}
	}
	// The document cannot predate the version it is about: a third
	// party's disclosure before the release is not its first release.
	// An undated entry is in every file from the release on (KnownBy
	// holds it back from none), so it dates the initial version there:
	// left out, the initial version moved to the first dated entry's day
	// once one came, and with it the document's year folder (euonly's
	// INFUVIA-3.0-VEX went from 2025/ to 2026/, still version 1).
	if pv := p.Version(version); pv != nil && !pv.GeneralAvailability.IsZero() && (first.Before(pv.GeneralAvailability) || undated) {
		first = pv.GeneralAvailability
	}
	by := func(d content.Date) bool { return !d.IsZero() && (asOf.IsZero() || !d.After(asOf)) }
	var events []vexEvent
	for _, x := range list {
		for _, e := range s.vexEvents(p, x, asOf) {
			if by(e.date) {
				events = append(events, e)
			}
		}
	}
	// last is never before the version's general availability (DateBy):
	// an initial release moved back to it stays on or after the release.
	last := s.DateBy(p, version, asOf)
	for _, e := range events {
		if e.date.After(last) {
			last = e.date
		}
	}
	if first.IsZero() || last.Before(first) {
		first = last
	}
	changes := map[content.Date][]string{}
	for _, e := range events {
		if e.date.After(first) && !slices.Contains(changes[e.date], e.what) {
			changes[e.date] = append(changes[e.date], e.what)
		}
	}
	out := VEXRevisions{First: first, Last: last, Changes: make([]VEXChange, 0, len(changes))}
	for d, what := range changes {
		out.Changes = append(out.Changes, VEXChange{Date: d, Changes: what})
	}
	slices.SortFunc(out.Changes, func(a, b VEXChange) int { return a.Date.Time().Compare(b.Date.Time()) })
	return out
}

// VEXVersion is the revision number of version's VEX as s states it on
// asOf (VEXRevisions.Version).
func (s *Set) VEXVersion(p *content.Product, version string, asOf content.Date) int {
	return s.VEXRevisions(p, version, asOf).Version()
}

// vexEvent is a day on which a statement about one vulnerability changed.
type vexEvent struct {
	date content.Date
	what string
}

// vexEvents are the days on which what the VEX files state of x
// changed, in the order the statements come: it was added (Public); its
// fix came out (FixOut); for an affected version, the version to install
// for the fix was released (fixEvents), in a market of its own, was
// withdrawn or reached its end of support; its status was assessed. Each
// is a change only after x was added: what came before is part of the
// statement that added it (VEXRevisions drops the rest).
func (s *Set) vexEvents(p *content.Product, x *Vulnerability, asOf content.Date) []vexEvent {
	added := x.Public()
	out := []vexEvent{{added, x.ID + " added"}}
	at := func(d content.Date, what string) {
		if d.After(added) {
			out = append(out, vexEvent{d, what})
		}
	}
	fixOut := s.FixOut(x)
	if x.Status == "affected" && !x.FixWithdrawn.IsZero() && x.Fixed.IsZero() {
		// FixOut is the replacement's release, which changed nothing
		// before the withdrawal: the fix came out in the version
		// withdrawn since, and fixEvents dates both.
		fixOut = content.Date{}
	}
	at(fixOut, "fix for "+x.ID+" released")
	if x.Status == "affected" {
		for _, e := range s.fixEvents(p, x, fixOut, asOf) {
			at(e.date, e.what)
		}
	}
	at(x.Assessed, x.ID+" assessed: "+strings.ReplaceAll(string(x.Status), "_", " "))
	return out
}

// fixEvents are the days on which what the files say of the version to
// install for affected x's fix changed (as x states it: FixPlanned,
// FixEnded and FixWithdrawn as of the set's date). Its general
// availability turns a fix to come into one to install (the OpenVEX
// action's "Until version …, which fixes it, is installed", the
// CycloneDX update response), also for a version with no fix planned of
// its own; a release in a market after the first changes where the
// files say it is out (FixWhere, only said as of a date); its
// withdrawal sends the remediation to its replacement; its end of
// support takes it out of the remediation. fixOut is x's FixOut: a
// release on that day is already "fix released".
func (s *Set) fixEvents(p *content.Product, x *Vulnerability, fixOut, asOf content.Date) []vexEvent {
	var out []vexEvent
	released := func(ver string, d content.Date) {
		if d == fixOut {
			return
		}
		out = append(out, vexEvent{d, "version " + ver + ", which has the fix for " + x.ID + ", released"})
	}
	if !x.FixWithdrawn.IsZero() {
		// Until its withdrawal, the version first named was the one to
		// install.
		if v := s.Version(x.FixedIn); v != nil && v.Available.Before(x.FixWithdrawn) {
			released(x.FixedIn, v.Available)
		}
		out = append(out, vexEvent{x.FixWithdrawn, "version " + x.FixedIn + ", which had the fix for " + x.ID + ", withdrawn: its remediation names version " + versionOrNone(x.FixInstead)})
	}
	fix := x.InstallVersion()
	if fix == "" {
		return out
	}
	// A replacement released by the withdrawal changed nothing then: the
	// withdrawal names it.
	if v := s.Version(fix); v != nil && !x.FixPlanned && (x.FixWithdrawn.IsZero() || v.Available.After(x.FixWithdrawn)) {
		released(fix, v.Available)
	}
	if pv := p.Version(fix); pv != nil && !asOf.IsZero() && p.MarketsDiffer() {
		var dates []content.Date
		markets := map[content.Date][]string{}
		for _, m := range p.Markets {
			if r := p.ReleasedIn(pv, m); !r.IsZero() && r != pv.GeneralAvailability {
				if _, ok := markets[r]; !ok {
					dates = append(dates, r)
				}
				markets[r] = append(markets[r], m)
			}
		}
		for _, r := range dates {
			out = append(out, vexEvent{r, "version " + fix + ", which has the fix for " + x.ID + ", released in " + content.MarketNames(markets[r])})
		}
	}
	if !x.FixEnded.IsZero() {
		out = append(out, vexEvent{x.FixEnded, "support for version " + fix + ", which has the fix for " + x.ID + ", ended"})
	}
	return out
}

// versionOrNone is a version, or "none" for no version.
func versionOrNone(v string) string {
	if v == "" {
		return "none"
	}
	return v
}
