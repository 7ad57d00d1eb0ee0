package content

import (
	"strings"
	"testing"
)

// TestNoticeStopsShown: a notice writing its stops but none of security
// updates gets none derived (paid extended support may go on after the
// end of support, REPORT-linac 1); a stop of
// regular releases after the end of life says the Limited Support stage
// limits support to the notice's maintenance; and a stop dated after the
// end of support contradicts that stage, which check warns about.
func TestNoticeStopsShown(t *testing.T) {
	stop := "what = \"updates\"\nmilestone = \"end_of_support\""
	for _, tc := range []struct {
		name, stops string
		want        []string // What and Details of each stop shown
		warn        string   // a warning containing it; "" for none about stops
	}{
		{"updates only: no stop of security updates derived", stop,
			[]string{"updates: This date falls after the end of life; what this notice says of the maintenance"}, ""},
		{"security updates written: none added", "what = \"security_updates\"\nmilestone = \"end_of_support\"",
			[]string{"security_updates: "}, ""},
		{"updates at end of life: no limited-support words", "what = \"updates\"\nmilestone = \"end_of_life\"",
			[]string{"updates: "}, ""},
		{"security updates after the end of support", "what = \"security_updates\"\ndate = 2025-06-01",
			[]string{"security_updates: "}, "notices[0].stops[0].date: Security updates of version 1.0 stop on 2025-06-01, after its end of support on 2025-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := lifecycleBase + strings.Replace(notice(""), stop, tc.stops, 1)
			p := ruleProduct(t, src)
			var got []string
			for _, s := range p.NoticeStopsShown(p.Notices[0], nil) {
				got = append(got, s.What+": "+s.Details)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("stops %q, want %d", got, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("stop %d = %q, want it to start %q", i, got[i], w)
				}
			}
			var warns []string
			for _, d := range diagStrings(decodeProduct(src)) {
				if strings.Contains(d, ".stops[") {
					warns = append(warns, d)
				}
			}
			switch {
			case tc.warn == "" && len(warns) > 0:
				t.Errorf("unexpected %q", warns)
			case tc.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0], tc.warn)):
				t.Errorf("warnings %q, want one containing %q", warns, tc.warn)
			}
		})
	}
	// no stops written: nothing derived
	p := ruleProduct(t, lifecycleBase+strings.Replace(notice(""), "[[notices.stops]]\n"+stop+"\n", "", 1))
	if got := p.NoticeStopsShown(p.Notices[0], nil); len(got) != 0 {
		t.Errorf("stops not written: %v", got)
	}
}
