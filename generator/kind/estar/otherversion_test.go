package estar

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestOtherVersionReport: the cross-reference warns when the risk report
// it points to describes another version, whether the difference comes
// from a named version or from their release dates; not when both
// describe the same one, nor without a risk report.
func TestOtherVersionReport(t *testing.T) {
	d := content.NewDate
	control := func(id string, released content.Date, version string) content.SubmissionControl {
		return content.SubmissionControl{DocumentControl: content.DocumentControl{ID: id, Revision: "A", ReleaseDate: released}, Version: version}
	}
	before, after := d(2024, 1, 22), d(2024, 3, 1) // 3.1's release is 2024-02-05
	tests := []struct {
		name       string
		report     content.SubmissionControl
		estar      content.SubmissionControl
		noReport   bool
		want, path string // want: the message's part; "" for none
	}{
		{"both about 2.6 by date", control("RR", before, ""), control("ES", before, ""), false, "", ""},
		{"both name 3.1", control("RR", before, "3.1"), control("ES", before, "3.1"), false, "", ""},
		{"report names 3.1, eSTAR current on its date", control("RR", before, "3.1"), control("ES", before, ""), false, "describes version 2.6, but the risk report it points to (RR) describes version 3.1", "documents.estar.release_date"},
		{"eSTAR names 3.1, report released before it", control("RR", before, ""), control("ES", before, "3.1"), false, "describes version 3.1, but the risk report it points to (RR) describes version 2.6", "documents.estar.version"},
		{"report released after 3.1, eSTAR names it", control("RR", after, ""), control("ES", before, "3.1"), false, "", ""},
		{"no risk report built", control("RR", before, "3.1"), control("ES", before, ""), true, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			build := []string{"risk_report", "estar"}
			if tc.noReport {
				build = []string{"estar"}
			}
			p := kind.Product{Product: &content.Product{
				Versions: []content.Version{
					{Version: "2.6", GeneralAvailability: d(2019, 5, 6)},
					{Version: "3.1", GeneralAvailability: d(2024, 2, 5)},
				},
				Documents: content.Documents{Build: build, RiskReport: tc.report, ESTAR: tc.estar},
			}}
			env := &kind.Env{AsOf: d(2026, 12, 1)}
			about := p.Describes(tc.estar, env.AsOf)
			got := otherVersionReport(env, p, about)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || got[0].Path != tc.path || !strings.Contains(got[0].Message, tc.want) {
				t.Errorf("got %v; want one at %s saying %q", got, tc.path, tc.want)
			}
		})
	}
}
