package content

import "strings"

// StatesData reports whether the notice says anything of what becomes of
// the customer's data when the manufacturer stops running the affected
// versions: until when or how the customer can export it, or when the
// manufacturer deletes what remains. A notice that gives only the
// switch-off prints "Not stated" for the data, so no other document may
// say it is there.
func (h NoticeHostedService) StatesData() bool {
	return !h.ExportUntil.IsZero() || !h.DataDeleted.IsZero() || strings.TrimSpace(h.Export) != ""
}

// SwitchedOffBy reports a stated switch-off on or before day on: a
// document dated on speaks of it in the past tense.
func (h NoticeHostedService) SwitchedOffBy(on Date) bool {
	return !h.SwitchOff.IsZero() && !h.SwitchOff.After(on)
}
