package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2AuditOtherEventsSaysOnlyTheAnswer: AUDT-2.10 asks whether
// other kinds of events are recorded, "such as software updates". A Yes
// said the log "records other kinds of events, such as software
// updates", turning the question's example into a claim; it now says
// only that other events are recorded, and that which ones is not stated
// unless a note is cited. A No denies the example with the rest, so it
// keeps it, as does a See Note.
func TestMDS2AuditOtherEventsSaysOnlyTheAnswer(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer content.MDS2Answer
		want   string
		never  []string
	}{
		{"Yes, no note", content.MDS2Answer{Answer: "yes"},
			"its audit log records other events than those the form asks about (AUDT-2.10; which ones is not stated)",
			[]string{"software updates"}},
		{"Yes with a note", content.MDS2Answer{Answer: "yes", Note: 3},
			"its audit log records other events than those the form asks about (AUDT-2.10, note 3)",
			[]string{"software updates", "not stated"}},
		{"No", content.MDS2Answer{Answer: "no"},
			"it does not record other kinds of events, such as software updates (AUDT-2.10)", []string{"which ones"}},
		{"See Note", content.MDS2Answer{Answer: "see_note", Note: 2},
			"for other kinds of events, such as software updates (AUDT-2.10, note 2), the form refers to its notes", []string{"which ones"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers = map[string]content.MDS2Answer{"AUDT-2": {Answer: "yes"}, "AUDT-2.10": tc.answer}
			got := (&CSDData{}).MDS2Audit(p).Events
			kindtest.SaysAll(t, "events", got, tc.want)
			kindtest.SaysNone(t, "events", got, tc.never...)
		})
	}
}
