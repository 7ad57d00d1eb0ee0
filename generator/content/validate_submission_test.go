package content

import (
	"strings"
	"testing"
)

// TestSubmissionVersion: documents.risk_report.version and
// documents.estar.version must name one of the product's versions.
func TestSubmissionVersion(t *testing.T) {
	const head = "schema_version = 2\n[[versions]]\nversion = \"2.6\"\ngeneral_availability = 2019-05-06\n[[versions]]\nversion = \"3.1\"\ngeneral_availability = 2024-02-05\n"
	control := func(key, version string) string {
		s := "[documents." + key + "]\nid = \"D-1\"\nrevision = \"A\"\nrelease_date = 2024-01-22\nowner = \"Lead\"\n"
		if version != "" {
			s += "version = \"" + version + "\"\n"
		}
		return s + "approvals = [{ role = \"Lead\", name = \"A. B\", date = 2024-01-20 }]\nhistory = [{ revision = \"A\", date = 2024-01-22, summary = \"First.\" }]\n"
	}
	for _, tc := range []struct{ name, src, want string }{
		{"risk report names a version", head + control("risk_report", "3.1"), ""},
		{"risk report names none", head + control("risk_report", ""), ""},
		{"risk report names an unknown version", head + control("risk_report", "3.0"), `documents.risk_report.version: unknown version "3.0" (want one of 2.6, 3.1)`},
		{"eSTAR names an unknown version", head + control("estar", "3.1.0"), `documents.estar.version: unknown version "3.1.0" (want one of 2.6, 3.1)`},
		{"eSTAR names a version", head + control("estar", "2.6"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, tc.src)
			v := &productValidator{p: p}
			v.run()
			var got []string
			for _, d := range v.diags {
				if strings.HasSuffix(d.Path, ".version") && strings.HasPrefix(d.Path, "documents.") {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			all := strings.Join(got, "\n")
			if tc.want == "" && all != "" || !strings.Contains(all, tc.want) {
				t.Errorf("got %q; want %q", all, tc.want)
			}
		})
	}
}
