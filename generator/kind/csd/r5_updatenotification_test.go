package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestMDS2UpdateNotification: section 6 repeats the manufacturer's own
// CSUP-7 and CSUP-11.1 answers where how users learn of updates is not
// stated, naming the manufacturer once; no answer says nothing.
func TestMDS2UpdateNotification(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	for _, tc := range []struct {
		name    string
		answers map[string]content.MDS2Answer
		want    string
	}{
		{"none", nil, ""},
		{"both yes", map[string]content.MDS2Answer{"CSUP-7": yes, "CSUP-11.1": yes},
			"Acme tells the customer when an update has been approved for installation (CSUP-7) and which updates are approved for the device (CSUP-11.1)"},
		{"both no", map[string]content.MDS2Answer{"CSUP-7": no, "CSUP-11.1": no},
			"Acme does not tell the customer when an update has been approved for installation (CSUP-7) or which updates are approved for the device (CSUP-11.1)"},
		{"mixed", map[string]content.MDS2Answer{"CSUP-7": yes, "CSUP-11.1": no},
			"Acme tells the customer when an update has been approved for installation (CSUP-7) and does not tell customers which updates are approved for the device (CSUP-11.1)"},
		{"note only", map[string]content.MDS2Answer{"CSUP-7": {Answer: "see_note", Note: 2}}, "the form refers to its note 2 for CSUP-7"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers = tc.answers
			if got := (CSDData{}).MDS2UpdateNotification(p, "Acme"); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
