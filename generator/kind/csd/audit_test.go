package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2AuditServiceSessions: AUDT-2.8.1 asks about local and remote
// service sessions; where the device has no remote service (stated in
// remote_service.offered, or the form's own RMOT-1 No), section 7 says
// the log records local sessions, never remote ones that do not exist.
func TestMDS2AuditServiceSessions(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	for _, tc := range []struct {
		name    string
		offered content.Tri
		rmot1   *content.MDS2Answer
		answer  content.MDS2Answer
		want    string
		never   string
	}{
		{"remote service offered", content.True, nil, yes, "its audit log records local and remote service or support sessions (AUDT-2.8.1)", ""},
		{"not stated", content.Unstated, nil, yes, "its audit log records local and remote service or support sessions (AUDT-2.8.1)", ""},
		{"no remote service stated", content.False, nil, yes, "its audit log records local service or support sessions (AUDT-2.8.1)", "remote"},
		{"the form's RMOT-1 No", content.Unstated, &no, yes, "its audit log records local service or support sessions (AUDT-2.8.1)", "remote"},
		{"not recorded, no remote service", content.False, nil, no, "it does not record local service or support sessions (AUDT-2.8.1)", "remote"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.RemoteService.Offered = tc.offered
			p.MDS2.Answers = map[string]content.MDS2Answer{"AUDT-2": yes, "AUDT-2.8.1": tc.answer}
			if tc.rmot1 != nil {
				p.MDS2.Answers["RMOT-1"] = *tc.rmot1
			}
			got := (&CSDData{}).MDS2Audit(p).Events
			kindtest.SaysAll(t, "events", got, tc.want)
			if tc.never != "" {
				kindtest.SaysNone(t, "events", got, tc.never)
			}
		})
	}
}
