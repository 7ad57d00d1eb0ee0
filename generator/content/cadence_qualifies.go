package content

import (
	"regexp"
	"strings"
)

// A cadence word in a regular_cycle or patch_policy text may be the
// rhythm of something other than the releases: "Monthly validation of
// Windows updates; VigilEEG fixes in the next release" promises a
// validation each month, not a release, and asking for release_cadence =
// "monthly" would hold the manufacturer to monthly releases it never
// promised. cadenceOfOther tells such a word apart by what it qualifies.

// releaseWords name a release, or the rhythm itself ("a monthly cycle",
// "on a quarterly basis"): a cadence word before one of them is about the
// releases.
var releaseWords = map[string]bool{
	"release": true, "releases": true, "update": true, "updates": true, "patch": true, "patches": true,
	"fix": true, "fixes": true, "hotfix": true, "hotfixes": true, "version": true, "versions": true,
	"build": true, "builds": true, "upgrade": true, "upgrades": true, "rollup": true, "rollups": true,
	"roll-up": true, "roll-ups": true, "pack": true, "packs": true, "drop": true, "drops": true,
	"bundle": true, "bundles": true, "cycle": true, "cycles": true, "cadence": true, "schedule": true,
	"basis": true, "rhythm": true, "train": true,
}

// phraseEnds end the words a cadence adjective qualifies.
var phraseEnds = map[string]bool{
	"of": true, "for": true, "to": true, "with": true, "and": true, "or": true, "by": true, "in": true,
	"on": true, "at": true, "from": true, "within": true, "after": true, "before": true, "that": true,
	"which": true, "is": true, "are": true, "was": true, "were": true, "be": true, "the": true, "a": true,
	"an": true, "per": true, "via": true, "through": true, "until": true, "than": true, "as": true,
}

// otherActivities are verbs a cadence adverb may follow that are not a
// release ("Windows updates are validated monthly").
var otherActivities = map[string]bool{
	"validated": true, "reviewed": true, "tested": true, "assessed": true, "scanned": true,
	"audited": true, "checked": true, "evaluated": true, "monitored": true, "analysed": true,
	"analyzed": true, "inspected": true, "triaged": true, "reported": true, "validate": true,
	"review": true, "test": true, "assess": true, "scan": true, "audit": true, "check": true,
	"evaluate": true, "monitor": true, "inspect": true,
}

var (
	leadingWord  = regexp.MustCompile(`^[ \t]+([\p{L}][\p{L}\p{N}-]*)`)
	trailingWord = regexp.MustCompile(`([\p{L}][\p{L}-]*)[ \t]+$`)
)

// cadenceOfOther reports a cadence word, text[start:end], that is the
// rhythm of something other than a release: an adjective whose noun
// phrase names no release ("monthly validation", "an annual penetration
// test"), or an adverb after a verb of another activity ("validated
// monthly"). Anything else (a release word after it, a word that ends
// the sentence after a release) is left to count as a promise.
func cadenceOfOther(text string, start, end int) bool {
	var phrase []string
	for rest := text[end:]; len(phrase) < 4; {
		m := leadingWord.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		w := strings.ToLower(rest[m[2]:m[3]])
		if phraseEnds[w] {
			break
		}
		phrase = append(phrase, w)
		rest = rest[m[1]:]
	}
	if len(phrase) > 0 {
		for _, w := range phrase {
			if releaseWords[w] {
				return false
			}
		}
		return true
	}
	m := trailingWord.FindStringSubmatch(text[:start])
	return m != nil && otherActivities[strings.ToLower(m[1])]
}
