package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2AuditOtherEventsPointsToTheLogNote: a Yes to AUDT-2.10 without
// a note of its own said "which ones is not stated" even where the same
// clause cites the note of AUDT-1, which describes the log (a CPAP's
// "the device logs settings changes and firmware installations"). It now
// points to that note; only where no cited note can say which events
// (AUDT-1 without a note, or not answered Yes) is it not stated. A note
// of AUDT-2.10's own is cited as before.
func TestMDS2AuditOtherEventsPointsToTheLogNote(t *testing.T) {
	for _, tc := range []struct {
		name        string
		audt1, a210 content.MDS2Answer
		want        string
		never       []string
	}{
		{"AUDT-1 Yes with a note", content.MDS2Answer{Answer: "yes", Note: 3}, content.MDS2Answer{Answer: "yes"},
			"its audit log (AUDT-1, note 3) records other events than those the form asks about (AUDT-2.10; see note 3)",
			[]string{"not stated"}},
		{"AUDT-1 Yes without a note", content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "yes"},
			"its audit log records other events than those the form asks about (AUDT-2.10; which ones is not stated)",
			[]string{"see note"}},
		{"AUDT-1 not answered Yes, with a note", content.MDS2Answer{Answer: "see_note", Note: 3}, content.MDS2Answer{Answer: "yes"},
			"its audit log records other events than those the form asks about (AUDT-2.10; which ones is not stated)",
			[]string{"see note", "(AUDT-1, note 3) records"}},
		{"AUDT-2.10's own note", content.MDS2Answer{Answer: "yes", Note: 3}, content.MDS2Answer{Answer: "yes", Note: 5},
			"its audit log (AUDT-1, note 3) records other events than those the form asks about (AUDT-2.10, note 5)",
			[]string{"not stated", "see note"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers = map[string]content.MDS2Answer{"AUDT-1": tc.audt1, "AUDT-2": {Answer: "yes"}, "AUDT-2.10": tc.a210}
			got := (&CSDData{}).MDS2Audit(p).Events
			kindtest.SaysAll(t, "events", got, tc.want)
			kindtest.SaysNone(t, "events", got, tc.never...)
		})
	}
}
