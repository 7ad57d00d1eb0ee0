package content

import "testing"

// TestMDS2NotApplicableAndReason: the manufacturer's N/A, written na or
// n/a in any case, is seen with its reason; any other answer has none.
func TestMDS2NotApplicableAndReason(t *testing.T) {
	tests := []struct {
		a      MDS2Answer
		na     bool
		reason string
	}{
		{MDS2Answer{Answer: "na", Reason: " runs at the manufacturer "}, true, "runs at the manufacturer"},
		{MDS2Answer{Answer: "N/A", Reason: "runs at the manufacturer"}, true, "runs at the manufacturer"},
		{MDS2Answer{Answer: " NA ", Note: 2}, true, ""},
		{MDS2Answer{Answer: "no", Reason: "a reason given in error"}, false, ""},
		{MDS2Answer{Answer: "yes"}, false, ""},
		{MDS2Answer{Note: 3}, false, ""},
		{MDS2Answer{}, false, ""},
	}
	for _, tt := range tests {
		p := &Product{MDS2: MDS2{Answers: map[string]MDS2Answer{"RMOT-1": tt.a}}}
		if got := p.MDS2NotApplicable("RMOT-1"); got != tt.na {
			t.Errorf("%+v: MDS2NotApplicable = %v, want %v", tt.a, got, tt.na)
		}
		if got := p.MDS2Reason("RMOT-1"); got != tt.reason {
			t.Errorf("%+v: MDS2Reason = %q, want %q", tt.a, got, tt.reason)
		}
	}
	if p := (&Product{}); p.MDS2NotApplicable("RMOT-1") || p.MDS2Reason("RMOT-1") != "" {
		t.Error("a product without answers has an N/A")
	}
}

// TestMDS2AnsweredSpellings: every spelling the form accepts
// (mds2.ParseAnswer) comes back as one of the four words the templates
// compare with; "see notes" was "see_notes" and "N/A" "n/a", which no
// "see_note" or "na" test caught.
func TestMDS2AnsweredSpellings(t *testing.T) {
	for in, want := range map[string]string{
		"Yes": "yes", " no ": "no", "na": "na", "N/A": "na", "n/a": "na",
		"See Note": "see_note", "see notes": "see_note", "see_notes": "see_note", "SEE  NOTE": "see_note", "": "",
	} {
		p := &Product{MDS2: MDS2{Answers: map[string]MDS2Answer{"AUTH-1": {Answer: in}}}}
		if got := p.MDS2Answered("AUTH-1"); got != want {
			t.Errorf("MDS2Answered(%q) = %q, want %q", in, got, want)
		}
	}
}
