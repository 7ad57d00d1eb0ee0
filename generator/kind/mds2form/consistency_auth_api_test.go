package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckAPIsPresupposed: AUTH-4 No (not every request to the device's
// APIs checked) beside CONN-5 No (no APIs) warns at AUTH-4, suggesting
// N/A; a note on either, CONN-5 Yes, AUTH-4 N/A, and an AUTH-4 No
// already warned about as contradicting the data do not (AUTH-4 Yes
// beside CONN-5 No is an implication's, TestCheckConsistency).
func TestCheckAPIsPresupposed(t *testing.T) {
	y, n, na := mds2.Yes, mds2.No, mds2.NA
	no := content.MDS2Answer{Answer: "no"}
	const msg = "the form answers AUTH-4 (every request to the device's APIs checked for authorization) No and CONN-5 (APIs called or provided) No, but the No reads as APIs whose requests are not all checked, which CONN-5 says the device does not have: answer AUTH-4 { answer = \"na\", reason = \"No API (CONN-5)\" }, correct CONN-5, or explain the No in a note ({ answer = \"no\", note = n })"
	tests := []struct {
		name   string
		final  map[string]mds2.Answer
		givens map[string]given
		denied bool
		want   string
	}{
		{"No beside no APIs", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": n}, givens(giv("AUTH-4", no), giv("CONN-5", no)), false, msg},
		{"No beside derived no APIs", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": n}, givens(giv("AUTH-4", no)), false, msg},
		{"No with its note", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": n}, givens(giv("AUTH-4", content.MDS2Answer{Answer: "no", Note: 2}), giv("CONN-5", no)), false, ""},
		{"no APIs, explained in a note", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": n}, givens(giv("AUTH-4", no), giv("CONN-5", content.MDS2Answer{Answer: "no", Note: 7})), false, ""},
		{"No beside APIs", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": y}, givens(giv("AUTH-4", no)), false, ""},
		{"N/A beside no APIs", map[string]mds2.Answer{"AUTH-4": na, "CONN-5": n}, givens(), false, ""},
		{"No already contradicted by the data", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": n}, givens(giv("AUTH-4", no)), true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &mds2Resolver{p: kind.Product{Product: &content.Product{}}}
			if tc.denied {
				r.contradicted("AUTH-4")
			}
			// Through checkConsistency, which runs it after the implications.
			r.checkConsistency(tc.final, tc.givens)
			wantWarning(t, r.diags, tc.want)
			if tc.want != "" && r.diags[0].Path != "mds2.answers.AUTH-4" {
				t.Errorf("at %s; want mds2.answers.AUTH-4", r.diags[0].Path)
			}
		})
	}
}
