package kind

import "github.com/jspgen/jspgen/generator/content"

// NoticeReleased is the date notice n speaks as of (the stages, the
// current version and the guidance editions it states): its release
// date; else, a notice whose document control gives none, the date of
// the last revision its history records, else the date it was issued;
// else (none of them stated, or a date after the build's) the build's
// as-of date. A notice first issued in 2016 does not speak of stages in
// 2026, nor claim to follow guidance published since.
func NoticeReleased(n content.Notice, asOf content.Date) content.Date {
	c := n.Document
	if !c.ReleaseDate.IsZero() {
		return c.ReleaseDate
	}
	on := n.IssuedOrFirst()
	if h := c.History; len(h) > 0 && h[len(h)-1].Date.After(on) {
		on = h[len(h)-1].Date
	}
	if on.IsZero() || !asOf.IsZero() && on.After(asOf) {
		return asOf
	}
	return on
}

// SpeaksAsOf is the date document d speaks as of: its release date,
// else its On date (a notice's, NoticeReleased), else the build's as-of
// date asOf.
func (d Document) SpeaksAsOf(asOf content.Date) content.Date {
	if d.Control.ReleaseDate.IsZero() && !d.On.IsZero() {
		return d.On
	}
	return Released(d.Control, asOf)
}
