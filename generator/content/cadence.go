package content

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// The release cadence a plan promises, as data, held against the releases
// the versions record. Once the plan promised "quarterly releases" that
// never happened; now a calendar cadence is a value (release_cadence), the
// documents print it beside the release record, and check reports each
// gap between releases longer than the promise while a version was
// supported, and prose that promises a cadence the value does not.

// ReleaseCadence is how often regular releases are promised.
type ReleaseCadence string

// releaseCadences is the one definition of the cadences: label and the
// longest interval between releases, in months (0: no calendar).
var releaseCadences = []struct {
	value  ReleaseCadence
	label  string
	months int
}{
	{"as_needed", "As needed, no fixed calendar", 0},
	{"continuous", "Continuous: deployed as soon as verified", 0},
	{"monthly", "Monthly", 1},
	{"quarterly", "Quarterly", 3},
	{"half_yearly", "Every six months", 6},
	{"yearly", "Yearly", 12},
}

// Values lists the cadences.
func (ReleaseCadence) Values() []string {
	out := make([]string, len(releaseCadences))
	for i, c := range releaseCadences {
		out[i] = string(c.value)
	}
	return out
}

// Label is the cadence in words; "Not stated" when unset.
func (c ReleaseCadence) Label() string {
	for _, e := range releaseCadences {
		if e.value == c {
			return e.label
		}
	}
	return "Not stated"
}

// Months is the longest interval between regular releases the cadence
// promises, in months; 0 when it promises no calendar or is not stated.
func (c ReleaseCadence) Months() int {
	for _, e := range releaseCadences {
		if e.value == c {
			return e.months
		}
	}
	return 0
}

// Release is one release of the record: a version and its dates.
type Release struct {
	Version      string
	Date         Date // general availability
	EndOfSupport Date // zero: not stated (counted as still supported)
}

// ReleasesOf lists the product's versions as releases, by date.
func (p *Product) ReleasesOf() []Release {
	var out []Release
	for _, v := range p.Versions {
		out = append(out, Release{Version: v.Version, Date: v.GeneralAvailability, EndOfSupport: v.EndOfSupport})
	}
	return sortReleases(out)
}

// Releases lists a related system's versions as releases, by date.
func (s RelatedSystem) Releases() []Release {
	var out []Release
	for _, v := range s.Versions {
		out = append(out, Release{Version: v.Version, Date: v.GeneralAvailability, EndOfSupport: v.EndOfSupport})
	}
	return sortReleases(out)
}

func sortReleases(rs []Release) []Release {
	rs = slices.DeleteFunc(rs, func(r Release) bool { return r.Date.IsZero() })
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date.Before(rs[j].Date) })
	return rs
}

// ReleaseGap is a stretch without a release longer than a promised
// interval: from a release to the next one, or to the as-of date (To
// empty).
type ReleaseGap struct {
	From, To         Release
	FromDate, ToDate Date
}

// String names the gap: "4.1.0 (2023-04-17) to 4.2.1 (2025-05-12), 24
// months" or "4.2.1 (2025-05-12) to the as-of date 2026-03-02, 9 months".
func (g ReleaseGap) String() string {
	to := fmt.Sprintf("%s (%s)", g.To.Version, g.ToDate)
	if g.To.Version == "" {
		to = "the as-of date " + g.ToDate.String()
	}
	return fmt.Sprintf("%s (%s) to %s, %s", g.From.Version, g.FromDate, to, plural(g.FromDate.MonthsUntil(g.ToDate), "month"))
}

// ReleaseGaps lists every stretch without a release longer than months
// while some released version was supported, counted from since (the
// promise's first publication; zero: the first release) up to asOf (zero:
// the last release). Releases after asOf are planned, not made.
func ReleaseGaps(releases []Release, months int, since, asOf Date) []ReleaseGap {
	if months <= 0 {
		return nil
	}
	var made []Release
	for _, r := range releases {
		if asOf.IsZero() || !r.Date.After(asOf) {
			made = append(made, r)
		}
	}
	supportedAt := func(d Date) bool {
		for _, r := range made {
			if !r.Date.After(d) && (r.EndOfSupport.IsZero() || r.EndOfSupport.After(d)) {
				return true
			}
		}
		return false
	}
	var gaps []ReleaseGap
	check := func(from, to Release, end Date) {
		start := from.Date
		if since.After(start) {
			start = since
		}
		due := start.AddMonths(months)
		if end.After(due) && supportedAt(due) {
			gaps = append(gaps, ReleaseGap{From: from, To: to, FromDate: from.Date, ToDate: end})
		}
	}
	for i := 0; i+1 < len(made); i++ {
		check(made[i], made[i+1], made[i+1].Date)
	}
	if n := len(made); n > 0 && !asOf.IsZero() {
		check(made[n-1], Release{}, asOf)
	}
	return gaps
}

// RuleReleaseCadence: a calendar cadence (monthly, quarterly, …) is a
// promise the release record must keep. It needs the as-of date, so the
// kinds that print the promise run it (the plan, else the CSD); since is
// the first release of that document, when the promise was first made.
func RuleReleaseCadence(p *Product, since, asOf Date) Diagnostics {
	var out Diagnostics
	report := func(path string, c ReleaseCadence, what string, rs []Release) {
		gaps := ReleaseGaps(rs, c.Months(), since, asOf)
		if len(gaps) == 0 {
			return
		}
		names := make([]string, len(gaps))
		for i, g := range gaps {
			names[i] = g.String()
		}
		out = append(out, at(p, Warning, path,
			"a release of %s is promised at least every %s (%s), but none came from %s, while a version was supported: record the releases that were made as versions, or promise what happens (as_needed)",
			what, plural(c.Months(), "month"), c, strings.Join(names, "; from ")))
	}
	report("postmarket.patching.release_cadence", p.Postmarket.Patching.ReleaseCadence, p.Name, p.ReleasesOf())
	for i, s := range p.RelatedSystems {
		report(fmt.Sprintf("related_systems[%d].release_cadence", i), s.ReleaseCadence, s.Name, s.Releases())
	}
	return out
}

// cadenceWords are the prose phrases that promise a calendar cadence,
// with its interval in months.
var cadenceWords = []struct {
	re     *regexp.Regexp
	months int
}{
	{regexp.MustCompile(`(?i)\b(monthly|every month|each month|once a month)\b`), 1},
	{regexp.MustCompile(`(?i)\b(quarterly|every quarter|each quarter|once a quarter|every (three|3) months)\b`), 3},
	{regexp.MustCompile(`(?i)\b(half-yearly|semi-?annual(ly)?|twice a year|every (six|6) months)\b`), 6},
	{regexp.MustCompile(`(?i)\b(yearly|annual(ly)?|once a year|every year|every (twelve|12) months)\b`), 12},
}

// possessive ends a text that names whose rhythm follows it: "Microsoft's".
var possessive = regexp.MustCompile(`([\p{L}\p{N}][\p{L}\p{N}-]*)['’]s\s+$`)

// promisedCadence is the first match of re in text that is a rhythm the
// text promises, or "". A cadence word after a possessive is another
// party's rhythm ("Microsoft's monthly security updates are validated
// and published within 30 days"): it describes what the manufacturer's
// cycle follows, not a calendar of its releases, and asking for it as
// release_cadence made the documents print the supplier's rhythm as the
// product's release cadence, held against versions it never described.
// Unless the possessor is a word of one of names, the product's (or
// related system's) own name or the manufacturer's: "Corvane's quarterly
// releases" of the Corvane CA-600, or of Corvane Diagnostics' CA-600
// analyzer, is its own promise. Nor is a word that qualifies something
// other than a release ("Monthly validation of Windows updates":
// cadenceOfOther).
func promisedCadence(re *regexp.Regexp, text string, names ...string) string {
	for _, loc := range re.FindAllStringIndex(text, -1) {
		if cadenceOfOther(text, loc[0], loc[1]) {
			continue
		}
		m := possessive.FindStringSubmatch(text[:loc[0]])
		if m == nil || slices.ContainsFunc(names, func(name string) bool { return nameWord(name, m[1]) }) {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// nameWord reports whether word is one of name's words, ignoring case.
func nameWord(name, word string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '-' }) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// ruleCadenceProse: prose that promises a calendar cadence (the regular
// cycle, a related system's patch policy) states it as release_cadence
// too, and the same one, so that check can hold it against the releases;
// otherwise a "quarterly" in the text is a promise nothing checks. The
// site's manufacturer is the one whose possessive makes a rhythm the
// product's own (promisedCadence).
func ruleCadenceProse(s *Site, p *Product) Diagnostics {
	var manufacturer string
	if s != nil {
		manufacturer = s.Manufacturer.Name
	}
	var out Diagnostics
	check := func(textPath, text, name, cadencePath, whose string, c ReleaseCadence) {
		if c != "" && c.Label() == "Not stated" {
			return // not a cadence: the decoder reported it
		}
		var found []string
		for _, w := range cadenceWords {
			if m := promisedCadence(w.re, text, name, manufacturer); m != "" {
				if w.months == c.Months() {
					return // the text says what the value says
				}
				found = append(found, fmt.Sprintf("%q", m))
			}
		}
		if len(found) == 0 {
			return
		}
		if c == "" {
			// Asked, not insisted: the rhythm may be another cycle (the
			// surgmicroscope's twice-yearly package of OEM firmware and
			// Windows updates is no release of its own software), and
			// setting the value would print it as the release cadence:
			// the remedy names the one case for setting it and leaves it
			// unset otherwise, so that it steers no author into a promise
			// the data do not make (fallradar's monthly security patches).
			out = append(out, at(p, Warning, textPath,
				"the text names a cadence (%s) that %s does not state. Set %s only if the text is how often %s are released (check then holds the releases to it); if it is another cycle (operating-system or third-party update packages, patches that are no new version, service visits), or if the product data do not say which, leave it unset: the documents then give the cycle in the text's words and state no release cadence",
				strings.Join(found, ", "), cadencePath, cadencePath, whose))
			return
		}
		out = append(out, at(p, Warning, textPath,
			"the text promises a release cadence (%s), but %s says %s: make the two agree",
			strings.Join(found, ", "), cadencePath, strings.ToLower(c.Label())))
	}
	pt := p.Postmarket.Patching
	check("postmarket.patching.regular_cycle", pt.RegularCycle, p.Name, "postmarket.patching.release_cadence", "the product's own versions", pt.ReleaseCadence)
	for i, r := range p.RelatedSystems {
		path := fmt.Sprintf("related_systems[%d]", i)
		check(path+".patch_policy", r.PatchPolicy, r.Name, path+".release_cadence", "the versions of "+r.Name, r.ReleaseCadence)
	}
	return out
}

// FirstIssued is the date of the document's first revision (its history's
// first entry, else its release date): when what it promises was first
// published.
func (d DocumentControl) FirstIssued() Date {
	for _, r := range d.History {
		if !r.Date.IsZero() {
			return r.Date
		}
	}
	return d.ReleaseDate
}
