package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckRemoteUpdates: software updates the manufacturer sends over a
// network (remote_service.other_functions) beside CSUP-1 No, or beside No
// to every CSUP-x.3 answered and Yes to none, is warned about at
// other_functions; one Yes, a note on the No, no such function, or no
// CSUP-x.3 answered Yes or No is not.
func TestCheckRemoteUpdates(t *testing.T) {
	y, n, na := mds2.Yes, mds2.No, mds2.NA
	updates := []string{"software_updates"}
	noted := map[string]given{"CSUP-5.3": {answer: n, entry: content.MDS2Answer{Answer: "no", Note: 3}}}
	tests := []struct {
		name      string
		functions []string
		final     map[string]mds2.Answer
		givens    map[string]given
		want      string // "" for no warning
	}{
		{"updates, no software to update", updates, map[string]mds2.Answer{"CSUP-1": n}, nil, "the form answers CSUP-1 No"},
		{"updates, every class answered not remotely", updates, map[string]mds2.Answer{"CSUP-1": y, "CSUP-2.3": n, "CSUP-5.3": n, "CSUP-4.3": na},
			nil, "the form answers CSUP-2.3 and CSUP-5.3 No (updates installed remotely) and none of CSUP-2.3 to CSUP-6.3 Yes"},
		{"updates, one class installs remotely", updates, map[string]mds2.Answer{"CSUP-1": y, "CSUP-2.3": n, "CSUP-6.3": y}, nil, ""},
		{"updates, the No explained in its note", updates, map[string]mds2.Answer{"CSUP-1": y, "CSUP-5.3": n}, noted, ""},
		{"updates, no class answered", updates, map[string]mds2.Answer{"CSUP-1": y, "CSUP-2.3": na}, nil, ""},
		{"training only", []string{"training"}, map[string]mds2.Answer{"CSUP-1": n}, nil, ""},
		{"no other function", []string{"none"}, map[string]mds2.Answer{"CSUP-1": y, "CSUP-2.3": y}, nil, ""},
		{"not stated", nil, map[string]mds2.Answer{"CSUP-1": n}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{RemoteService: content.RemoteService{OtherFunctions: tc.functions}}
			r := &mds2Resolver{p: kind.Product{Product: p}}
			givens := tc.givens
			if givens == nil {
				givens = map[string]given{}
			}
			r.checkRemoteUpdates(tc.final, givens)
			wantWarning(t, r.diags, tc.want)
			if tc.want != "" && len(r.diags) == 1 && r.diags[0].Path != "remote_service.other_functions" {
				t.Errorf("warned at %s; want remote_service.other_functions", r.diags[0].Path)
			}
		})
	}
}
