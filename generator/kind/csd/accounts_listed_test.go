package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestAccountsListedAnswers: section 11.4 says the accounts table is not
// every account only where the form's answers agree on it (review 85, aed
// #1): SGUD-3 No alone, PAUT-4 No unless SGUD-3 is Yes (the two then
// disagree: check warns and the CSD asserts neither); and says that
// whether the table is every account is not stated where neither answer
// is Yes or No (review 85, exoskeleton #4).
func TestAccountsListedAnswers(t *testing.T) {
	yes, no, na := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}, content.MDS2Answer{Answer: "na"}
	for _, tc := range []struct {
		name       string
		answers    map[string]content.MDS2Answer
		incomplete string
		unstated   bool
	}{
		{"neither answered", nil, "", true},
		{"PAUT-4 N/A only", map[string]content.MDS2Answer{"PAUT-4": na}, "", true},
		{"PAUT-4 No alone", map[string]content.MDS2Answer{"PAUT-4": no}, "PAUT-4", false},
		{"PAUT-4 No beside SGUD-3 Yes: they disagree", map[string]content.MDS2Answer{"PAUT-4": no, "SGUD-3": yes}, "", false},
		{"SGUD-3 No beside PAUT-4 Yes", map[string]content.MDS2Answer{"PAUT-4": yes, "SGUD-3": no}, "SGUD-3", false},
		{"both No", map[string]content.MDS2Answer{"PAUT-4": no, "SGUD-3": no}, "PAUT-4 and SGUD-3", false},
		{"SGUD-3 Yes", map[string]content.MDS2Answer{"SGUD-3": yes}, "", false},
		{"PAUT-4 Yes", map[string]content.MDS2Answer{"PAUT-4": yes}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers = tc.answers
			if got := (CSDData{}).AccountsIncomplete(p); got != tc.incomplete {
				t.Errorf("AccountsIncomplete = %q, want %q", got, tc.incomplete)
			}
			if got := (CSDData{}).AccountsCompletenessUnstated(p); got != tc.unstated {
				t.Errorf("AccountsCompletenessUnstated = %v, want %v", got, tc.unstated)
			}
		})
	}
}
