package content

import (
	"fmt"
	"time"
)

// Date is a calendar date (no time, no time zone). In TOML it is written as
// a local date (2026-03-02) or a string ("2026-03-02"); anything else is
// reported by the decoder with its file and line, with every other problem
// of the run.
//
// A lifecycle milestone that a version will never reach (a software-only
// product has no end of production) is written "not_applicable" in the
// keys that allow it (jsp:"na"); such a date IsZero (no date to compute
// with) and NotApplicable, and documents say "Does not apply" instead of
// "Not set".
type Date struct {
	t  time.Time // midnight UTC of the date; zero when unset
	na bool      // stated not to apply
}

// NotApplicableWord is how a milestone that does not apply is written.
const NotApplicableWord = "not_applicable"

// NotApplicableDate is a milestone stated not to apply.
func NotApplicableDate() Date { return Date{na: true} }

// NotApplicable reports whether the milestone is stated not to apply.
func (d Date) NotApplicable() bool { return d.na }

// NewDate returns the date y-m-d.
func NewDate(y int, m time.Month, d int) Date {
	return Date{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDate parses an ISO 8601 calendar date, YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("want an ISO 8601 date YYYY-MM-DD; got %q", s)
	}
	return Date{t: t}, nil
}

// DateOf returns the calendar date of t in UTC.
func DateOf(t time.Time) Date {
	y, m, d := t.UTC().Date()
	return NewDate(y, m, d)
}

// decodeDate turns a decoded TOML value into a Date.
func decodeDate(v any) (Date, error) {
	switch v := v.(type) {
	case string:
		return ParseDate(v)
	case time.Time:
		if v.Location().String() != "date-local" {
			return Date{}, fmt.Errorf("want a date YYYY-MM-DD without time; got %s", tomlTimeName(v))
		}
		return NewDate(v.Year(), v.Month(), v.Day()), nil
	}
	return Date{}, fmt.Errorf("want a date YYYY-MM-DD; got %s", tomlTypeName(v))
}

// IsZero reports whether there is no date: unset, or not applicable.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return d.t }

// String formats the date as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// Long formats the date for prose, e.g. "2 March 2026".
func (d Date) Long() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format("2 January 2006")
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// AddMonths returns the date n calendar months later.
func (d Date) AddMonths(n int) Date { return Date{t: d.t.AddDate(0, n, 0)} }

// AddDays returns the date n calendar days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return Date{t: d.t.AddDate(0, 0, n)} }

// MonthsUntil returns whole calendar months from d to e (negative if e is
// earlier).
func (d Date) MonthsUntil(e Date) int {
	m := (e.t.Year()-d.t.Year())*12 + int(e.t.Month()) - int(d.t.Month())
	if e.t.Day() < d.t.Day() && m > 0 {
		m--
	}
	return m
}

// DaysUntil returns calendar days from d to e (negative if e is earlier).
// Dates carry no time of day, so the difference is whole days.
func (d Date) DaysUntil(e Date) int {
	return int(e.t.Sub(d.t).Hours() / 24)
}
