package lifecycle

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// HostedWords is what the lifecycle page's paragraph above the switch-off
// table may say of the notices in Hosted as of the page's date: whether
// the manufacturer still runs the versions or has switched them off, and
// what of the customer's data the notices state. The table prints "Not
// stated" for a date a notice leaves out; the paragraph must not say the
// notices give it.
type HostedWords struct {
	Rows        int // notices in the table
	SwitchedOff int // of them, those whose stated switch-off is on or before the page's date
	// DataDates: some notice states the last day of data export or the
	// day the customer's data is deleted; DataDatesEvery: every notice
	// states both.
	DataDates, DataDatesEvery bool
	// Export are the notices that say how the customer exports its data.
	Export []NoticeLink
}

// HostedWords sums up Hosted as of on (the page's date).
func (v LifecycleView) HostedWords(on content.Date) HostedWords {
	w := HostedWords{Rows: len(v.Hosted), DataDatesEvery: len(v.Hosted) > 0}
	for _, h := range v.Hosted {
		if h.SwitchedOffBy(on) {
			w.SwitchedOff++
		}
		dates := !h.ExportUntil.IsZero() || !h.DataDeleted.IsZero()
		w.DataDates = w.DataDates || dates
		w.DataDatesEvery = w.DataDatesEvery && !h.ExportUntil.IsZero() && !h.DataDeleted.IsZero()
		if strings.TrimSpace(h.Export) != "" {
			w.Export = append(w.Export, h.Notice)
		}
	}
	return w
}
