package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator"
)

// TestSummaryCountsCSAFDocuments: the build summary said "csaf 0" beside
// three CSAF documents written, as the per-kind counts are of the
// documents rendered as HTML, PDF and Markdown, which the csaf kind
// writes none of. The csaf row now counts the CSAF JSON documents, below
// the documents total, which still counts only the others.
func TestSummaryCountsCSAFDocuments(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
		csaf  string
	}{
		{"three written", []string{
			".well-known/csaf/provider-metadata.json",
			".well-known/csaf/white/2025/mfr-on-eos-20.json",
			".well-known/csaf/white/2025/oxynest-2_0-vex.json",
			".well-known/csaf/white/2025/oxynest-2_1-vex.json",
			".well-known/csaf/white/changes.csv",
			".well-known/csaf/white/index.txt",
			".well-known/security.txt",
			"oxynest/csd.md",
			"oxynest/vex-2.0.cdx.json",
		}, "3"},
		{"none written", []string{"oxynest/csd.md", "oxynest/csd.html"}, "0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			printSummary(&out, "site", &generator.Result{Documents: map[string]int{"csd": 2, "lifecycle": 1, "notices": 1}, Files: tc.files})
			got := out.String()
			if n := len(regexp.MustCompile(`(?m)^  csaf +\d+$`).FindAllString(got, -1)); n != 1 {
				t.Fatalf("%d csaf rows, want one:\n%s", n, got)
			}
			for _, want := range []string{`(?m)^  csaf +` + tc.csaf + `$`, `(?m)^  documents +4$`, `(?m)^  documents +4\n  csaf +`} {
				if !regexp.MustCompile(want).MatchString(got) {
					t.Errorf("summary does not match %s:\n%s", want, got)
				}
			}
		})
	}
}
