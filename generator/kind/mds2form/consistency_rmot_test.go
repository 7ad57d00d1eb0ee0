package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckRemotePII: MPII-3.7 No beside RMOT-1.3 Yes (patient data seen
// in a remote session) and CONN-4 Yes warns, at MPII-3.7; a note on
// either of the first two, MPII-3.7 Yes, RMOT-1.3 No or CONN-4 No do not.
func TestCheckRemotePII(t *testing.T) {
	y, n := mds2.Yes, mds2.No
	all := func(mpii, rmot, conn mds2.Answer) map[string]mds2.Answer {
		return map[string]mds2.Answer{"MPII-3.7": mpii, "RMOT-1.3": rmot, "CONN-4": conn}
	}
	for _, tc := range []struct {
		name   string
		final  map[string]mds2.Answer
		givens map[string]given
		want   string
	}{
		{"patient data seen remotely, no PII outside", all(n, y, y), givens(giv("MPII-3.7", content.MDS2Answer{Answer: "no"})),
			"the form answers MPII-3.7 (PII over a network outside the customer's) No, but RMOT-1.3 (patient data seen or reached in a remote service session) Yes and CONN-4 (communication with systems outside the customer's network) Yes"},
		{"explained in MPII-3.7's note", all(n, y, y), givens(giv("MPII-3.7", content.MDS2Answer{Answer: "no", Note: 2})), ""},
		{"explained in RMOT-1.3's note", all(n, y, y), givens(giv("MPII-3.7", content.MDS2Answer{Answer: "no"}), giv("RMOT-1.3", content.MDS2Answer{Answer: "yes", Note: 2})), ""},
		{"PII outside", all(y, y, y), nil, ""},
		{"no patient data in sessions", all(n, n, y), nil, ""},
		{"nothing outside", all(n, y, n), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &mds2Resolver{p: kind.Product{Product: &content.Product{}}}
			r.checkRemotePII(tc.final, tc.givens)
			wantWarning(t, r.diags, tc.want)
			if tc.want != "" && r.diags[0].Path != "mds2.answers.MPII-3.7" {
				t.Errorf("warned at %s, want mds2.answers.MPII-3.7", r.diags[0].Path)
			}
		})
	}
}
