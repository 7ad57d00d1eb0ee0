package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestDOC8FromTheCVDCommitments: DOC-8 (a coordinated vulnerability
// disclosure program that covers the device) is Yes where
// [postmarket.cvd] commits the manufacturer to acknowledge and assess a
// report within so many days, as the CSD and the plan print, not only
// where a policy URL is published (exoskeleton, fertilityapp: "Not
// stated" beside the CSD's timelines). The basis names the CSD and the
// plan only where each is built; a commitment without both times decides
// nothing (never No), and a published URL still comes first.
func TestDOC8FromTheCVDCommitments(t *testing.T) {
	rule, ok := derivationFor("DOC-8")
	if !ok {
		t.Fatal("no rule DOC-8")
	}
	cvd := content.CVD{AcknowledgeDays: 5, AssessDays: 30}
	for _, tc := range []struct {
		name      string
		setup     func(w *world)
		decided   bool
		path      string
		says, not string
	}{
		{"timelines, the CSD built", func(w *world) {
			w.p.Postmarket.CVD = cvd
			w.p.Documents.Build = []string{"csd", "mds2"}
		}, true, "postmarket.cvd", "acknowledge a vulnerability report within 5 calendar days and to share an initial assessment with the reporter within 30 calendar days: a coordinated vulnerability disclosure process for the product, which the CSD (4.4 Suspected vulnerability or incident) prints", "security plan"},
		{"timelines, the CSD and the plan built", func(w *world) {
			w.p.Postmarket.CVD = cvd
			w.p.Documents.Build = []string{"csd", "security_plan", "mds2"}
		}, true, "postmarket.cvd", "which the CSD (4.4 Suspected vulnerability or incident) and the security plan (9.3 Coordinated vulnerability disclosure) print", ""},
		{"timelines, neither built", func(w *world) {
			w.p.Postmarket.CVD = cvd
			w.p.Documents.Build = []string{"mds2"}
		}, true, "postmarket.cvd", "a coordinated vulnerability disclosure process for the product", "which"},
		{"an acknowledgement time only", func(w *world) {
			w.p.Postmarket.CVD = content.CVD{AcknowledgeDays: 5}
		}, false, "", "", ""},
		{"an assessment time only", func(w *world) {
			w.p.Postmarket.CVD = content.CVD{AssessDays: 30}
		}, false, "", "", ""},
		{"no [postmarket.cvd]", nil, false, "", "", ""},
		{"a policy URL beside the timelines", func(w *world) {
			w.p.Postmarket.CVD = cvd
			w.site.Manufacturer.CVDPolicyURL = "https://acme.example/cvd"
		}, true, "manufacturer.cvd_policy_url", "https://acme.example/cvd", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			if tc.setup != nil {
				tc.setup(w)
			}
			got, decided := rule.derive(w.facts())
			if decided != tc.decided {
				t.Fatalf("decided = %v, want %v (%s)", decided, tc.decided, got)
			}
			if !decided {
				return
			}
			if got.Answer != mds2.Yes || got.Path != tc.path {
				t.Errorf("got %s by %s, want Yes by %s", got.Answer, got.Path, tc.path)
			}
			if !strings.Contains(got.Says, tc.says) {
				t.Errorf("basis %q does not say %q", got.Says, tc.says)
			}
			if tc.not != "" && strings.Contains(got.Says, tc.not) {
				t.Errorf("basis %q names %q", got.Says, tc.not)
			}
		})
	}
}
