package content

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Duration is a length of time as a requirement or a credential states it:
// a whole number and a unit ("8 hours", "30 days", "12 months"), or
// "unlimited" for a credential that never expires. The empty Duration is
// not stated. Months and years are calendar units, so a Duration is a
// span of minutes from its shortest to its longest reading (a month is 28
// to 31 days); a comparison decides only when the spans do not overlap.
type Duration string

// UnlimitedWord is how a credential that never expires is written.
const UnlimitedWord = "unlimited"

// durationUnits maps each unit, singular and plural, to its shortest and
// longest length in minutes.
var durationUnits = map[string][2]float64{
	"minute": {1, 1},
	"hour":   {60, 60},
	"day":    {1440, 1440},
	"week":   {7 * 1440, 7 * 1440},
	"month":  {28 * 1440, 31 * 1440},
	"year":   {365 * 1440, 366 * 1440},
}

// parse splits a Duration into its number and singular unit; n is -1 for
// unlimited.
func (d Duration) parse() (n int, unit string, err error) {
	s := strings.TrimSpace(string(d))
	if s == UnlimitedWord {
		return -1, "", nil
	}
	num, u, ok := strings.Cut(s, " ")
	n, nerr := strconv.Atoi(num)
	u = strings.TrimSuffix(strings.TrimSpace(u), "s")
	if _, known := durationUnits[u]; !ok || nerr != nil || n < 1 || !known {
		return 0, "", fmt.Errorf(`want a whole number and a unit (minutes, hours, days, weeks, months, years), e.g. "8 hours", or %q; got %q`, UnlimitedWord, string(d))
	}
	return n, u, nil
}

// Stated reports whether a length (or unlimited) is given.
func (d Duration) Stated() bool { return strings.TrimSpace(string(d)) != "" }

// Unlimited reports a credential stated never to expire.
func (d Duration) Unlimited() bool { n, _, err := d.parse(); return err == nil && n < 0 }

// span is the shortest and longest the Duration can be, in minutes; ok is
// false when it is not stated or not valid.
func (d Duration) span() (lo, hi float64, ok bool) {
	n, u, err := d.parse()
	if !d.Stated() || err != nil {
		return 0, 0, false
	}
	if n < 0 {
		return math.Inf(1), math.Inf(1), true
	}
	r := durationUnits[u]
	return float64(n) * r[0], float64(n) * r[1], true
}

// months is a Duration in months or years as a number of months.
func (d Duration) months() (int, bool) {
	n, u, err := d.parse()
	switch {
	case !d.Stated() || err != nil || n < 0:
		return 0, false
	case u == "month":
		return n, true
	case u == "year":
		return 12 * n, true
	}
	return 0, false
}

// Longer reports whether d is certainly longer than e: its shortest reading
// exceeds e's longest ("32 days" is longer than "1 month", "31 days" is
// not decided). False when either is not stated.
func (d Duration) Longer(e Duration) bool {
	if dm, ok := d.months(); ok {
		if em, ok := e.months(); ok {
			return dm > em // calendar units compare exactly with each other
		}
	}
	dlo, _, ok1 := d.span()
	_, ehi, ok2 := e.span()
	return ok1 && ok2 && dlo > ehi
}

// String is the Duration as documents print it: "8 hours", "1 month",
// "unlimited"; "" when not stated.
func (d Duration) String() string { return d.Say(UnlimitedWord, "") }

// Say is the Duration as String prints it, with unlimited said as
// unlimited ("Does not expire", "Never locks") and not stated as unstated.
func (d Duration) Say(unlimited, unstated string) string {
	n, u, err := d.parse()
	switch {
	case !d.Stated():
		return unstated
	case err != nil:
		return string(d)
	case n < 0:
		return unlimited
	case n == 1:
		return "1 " + u
	}
	return fmt.Sprintf("%d %ss", n, u)
}

// decodeTOML accepts a string that parses as a Duration.
func (d *Duration) decodeTOML(dec *decoder, data any, path string) {
	s, ok := data.(string)
	if !ok {
		dec.errorf(path, "want a string such as \"8 hours\"; got %s", tomlTypeName(data))
		return
	}
	if _, _, err := Duration(s).parse(); err != nil {
		dec.errorf(path, "%v", err)
		return
	}
	*d = Duration(dec.text(s))
}
