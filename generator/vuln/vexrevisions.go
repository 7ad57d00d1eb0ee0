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
// here gives all three the same revisions, from the data's dates only,
// so the files are the same bytes on every build.

// VEXChange is one revision after a VEX's initial version: the day and
// what changed on it, in the order the statements come.
type VEXChange struct {
	Date    content.Date
	Changes []string // "CVE-2024-2961 added", "fix for CVE-2024-2961 released"
}

// VEXSpan is the first and the last day of version's VEX as s (the set
// as known on asOf, KnownBy) states it: the initial version on the first
// day a vulnerability of it was public (Public), not before the version's
// general availability; the current one on the last day by asOf on which
// a statement changed (DateBy, a fix out on its version's release,
// FixOut, or the fix version withdrawn). A document cannot predate the
// version it is about, nor be dated after the build that wrote it.
func (s *Set) VEXSpan(p *content.Product, version string, asOf content.Date) (first, last content.Date) {
	list := s.For(version)
	for _, x := range list {
		// The manufacturer states nothing before it knows (a disclosure
		// before it learnt of the vulnerability is not its first release),
		// and a public document names nothing before it is disclosed (a
		// vulnerability it learnt of under coordinated disclosure is not
		// in it until then).
		if d := x.Public(); !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	// The document cannot predate the version it is about: a third
	// party's disclosure before the release is not its first release.
	if pv := p.Version(version); pv != nil && !pv.GeneralAvailability.IsZero() && first.Before(pv.GeneralAvailability) {
		first = pv.GeneralAvailability
	}
	// The document is current as of its build: a date after it (a fix
	// to be released, its day already recorded) has not come, and a
	// revision on it would date the file after the build that wrote it
	// and record as done what is still to come.
	by := func(d content.Date) bool { return asOf.IsZero() || !d.After(asOf) }
	last = s.DateBy(p, version, asOf)
	for _, x := range list {
		// A fix out on its version's release, with no fixed date, turns
		// the remediation into a vendor fix on that day; the fix
		// version's withdrawal sends it to the replacement on that day.
		if out := s.FixOut(x); out.After(last) && by(out) {
			last = out
		}
		if x.FixWithdrawn.After(last) && by(x.FixWithdrawn) {
			last = x.FixWithdrawn
		}
	}
	// last is never before the version's general availability (DateBy):
	// an initial release moved back to it stays on or after the release.
	if first.IsZero() || last.Before(first) {
		first = last
	}
	return first, last
}

// VEXChanges are the revisions of a VEX about list after its initial
// version on first, up to last, oldest first: one for each day on which
// a statement changed. A vulnerability is added when it is public
// (Public: known to the manufacturer and disclosed), and what changed
// about it before is part of it then; later, its fix is released
// (FixOut), the version with the fix withdrawn while it is affected, or
// its status assessed. Communications are in no VEX, and are no revision.
func (s *Set) VEXChanges(list []*Vulnerability, first, last content.Date) []VEXChange {
	changes := map[content.Date][]string{}
	add := func(d content.Date, what string) {
		if d.After(first) && !d.After(last) && !slices.Contains(changes[d], what) {
			changes[d] = append(changes[d], what)
		}
	}
	for _, x := range list {
		added := x.Public()
		add(added, x.ID+" added")
		if out := s.FixOut(x); out.After(added) {
			add(out, "fix for "+x.ID+" released")
		}
		if x.FixWithdrawn.After(added) && x.Status == "affected" {
			add(x.FixWithdrawn, "version "+x.FixedIn+", which had the fix for "+x.ID+", withdrawn: its remediation names version "+versionOrNone(x.FixInstead))
		}
		if x.Assessed.After(added) {
			add(x.Assessed, x.ID+" assessed: "+strings.ReplaceAll(string(x.Status), "_", " "))
		}
	}
	out := make([]VEXChange, 0, len(changes))
	for d, what := range changes {
		out = append(out, VEXChange{Date: d, Changes: what})
	}
	slices.SortFunc(out, func(a, b VEXChange) int { return a.Date.Time().Compare(b.Date.Time()) })
	return out
}

// VEXVersion is the revision number of version's VEX as s states it on
// asOf: its initial version and one for each change (VEXChanges), the
// CSAF twin's current version. The CycloneDX and OpenVEX files keep one
// serial number and @id per version and give this as their version.
func (s *Set) VEXVersion(p *content.Product, version string, asOf content.Date) int {
	first, last := s.VEXSpan(p, version, asOf)
	return 1 + len(s.VEXChanges(s.For(version), first, last))
}

// versionOrNone is a version, or "none" for no version.
func versionOrNone(v string) string {
	if v == "" {
		return "none"
	}
	return v
}
