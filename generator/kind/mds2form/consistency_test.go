package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckConsistency: an implication broken by Yes and the opposite
// answer warns; N/A checks nothing; a SaMD's hardware questions are
// exempt, the others are not.
func TestCheckConsistency(t *testing.T) {
	y, n, na := mds2.Yes, mds2.No, mds2.NA
	tests := []struct {
		name  string
		final map[string]mds2.Answer
		want  string // "" for no warning
	}{
		{"wired PII without wired connectivity", map[string]mds2.Answer{"MPII-3.5": y, "CONN-1.2": n}, "the form answers MPII-3.5 Yes and CONN-1.2 No"},
		{"wired PII with wired connectivity", map[string]mds2.Answer{"MPII-3.5": y, "CONN-1.2": y}, ""},
		{"no wired PII", map[string]mds2.Answer{"MPII-3.5": n, "CONN-1.2": n}, ""},
		{"N/A checks nothing", map[string]mds2.Answer{"MPII-3.5": y, "CONN-1.2": na}, ""},
		{"a SaMD's PII over its host's network", map[string]mds2.Answer{"DOC-11": y, "MPII-3.5": y, "CONN-1.2": n}, ""},
		{"a SaMD is held to the rest", map[string]mds2.Answer{"DOC-11": y, "TXCF-1": y, "MPII-3.7": y, "CONN-4": y}, "the form answers TXCF-1 Yes and MPII-3.7 Yes"},
		{"a device is held to all", map[string]mds2.Answer{"DOC-11": n, "MPII-3.6": y, "CONN-1.1": n}, "the form answers MPII-3.6 Yes and CONN-1.1 No"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &mds2Resolver{p: kind.Product{Product: &content.Product{}}}
			r.checkConsistency(tc.final, map[string]given{})
			switch {
			case tc.want == "" && len(r.diags) > 0:
				t.Errorf("warned: %v", r.diags)
			case tc.want != "" && (len(r.diags) != 1 || !strings.Contains(r.diags[0].Message, tc.want) || r.diags[0].Severity != content.Warning):
				t.Errorf("got %v; want one warning containing %q", r.diags, tc.want)
			}
		})
	}
}
