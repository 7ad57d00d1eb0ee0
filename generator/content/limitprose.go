package content

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// limitPhrase finds a maximum stated in prose: "valid for at most 8
// hours", "no longer than 30 minutes", "12 hours or less". Only phrases
// that say a most are read: a requirement's text may also name a default
// or a typical value ("3 minutes by default") that is not its limit.
var limitPhrase = regexp.MustCompile(`(?i)\b(?:at most|no more than|not more than|never more than|no longer than|not longer than|a maximum of|maximum of|up to)\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)[\s-]+(minute|hour|day|week|month|year)s?\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)[\s-]+(minute|hour|day|week|month|year)s?\s+or\s+(?:less|fewer|shorter)\b`)

// numberWords are the spelled-out numbers limitPhrase reads.
var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}

// proseLimits lists the maxima a text states, each with the words that
// state it.
func proseLimits(text string) (limits []Duration, words []string) {
	for _, m := range limitPhrase.FindAllStringSubmatch(text, -1) {
		num, unit := m[1], m[2]
		if num == "" {
			num, unit = m[3], m[4]
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			n = numberWords[strings.ToLower(num)]
		}
		limits = append(limits, Duration(fmt.Sprintf("%d %s", n, strings.ToLower(unit))))
		words = append(words, m[0])
	}
	return limits, words
}

// sameLength reports whether two durations may be the same length: neither
// is certainly longer ("8 hours" and "480 minutes"; "1 month" and "30
// days" are not decided, so they agree).
func sameLength(d, e Duration) bool { return !d.Longer(e) && !e.Longer(d) }

// ruleLimitProse: a requirement that limits credentials in
// credential_limits and also states a maximum in its text says the same
// maximum in both, or the plan prints one length in the requirement and
// another beside it (and check holds the credentials against the data,
// not the text).
func ruleLimitProse(p *Product) Diagnostics {
	var out Diagnostics
	for i, r := range p.Requirements {
		if len(r.CredentialLimits) == 0 {
			continue
		}
		var stated []Duration
		broken := false // a limit the checks of credential_limits refuse: one report is enough
		for _, l := range r.CredentialLimits {
			broken = broken || l.MaxValidFor.Unlimited() || l.MaxIdleLock.Unlimited() || !l.MaxValidFor.Stated() && !l.MaxIdleLock.Stated()
			for _, d := range []Duration{l.MaxValidFor, l.MaxIdleLock} {
				if d.Stated() {
					stated = append(stated, d)
				}
			}
		}
		if broken {
			continue
		}
		limits, words := proseLimits(r.Text)
		for k, d := range limits {
			agrees := false
			for _, s := range stated {
				agrees = agrees || sameLength(d, s)
			}
			if !agrees {
				var says []string
				for _, s := range stated {
					says = append(says, s.String())
				}
				out = append(out, at(p, Warning, fmt.Sprintf("requirements[%d].text", i),
					"the text says %q, but the requirement's credential_limits state %s: make the two agree",
					words[k], strings.Join(says, " and ")))
			}
		}
	}
	return out
}
