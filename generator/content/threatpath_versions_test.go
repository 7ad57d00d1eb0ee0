package content

import (
	"strings"
	"testing"
)

// TestThreatPathWarningNamesEveryVersion: a top-level flow no version
// changes is the same flow in every version, yet the warning named the
// newest alone ("version 2"), as if the older version's flow were
// covered. It now says which versions have the flow uncovered: every
// version here; a flow a later version changes, that version alone.
func TestThreatPathWarningNamesEveryVersion(t *testing.T) {
	const versions = "\n[[versions]]\nversion = \"1\"\n\n[[versions]]\nversion = \"2\"\n"
	const changeF2 = "\n[[versions.changes.data_flows_changed]]\nid = \"F-2\"\nfrom = \"server\"\nto = \"pump\"\ndata = [\"software\"]\nprotection = \"Signed.\"\n"
	for _, tc := range []struct{ name, src, want string }{
		{"unchanged top-level flow", threatPathSrc + versions + changeF2, "flow F-1 (Server → Pump, every version) carries"},
		{"flow a later version changes", threatPathSrc + versions + changeF2, "flow F-2 (Server → Pump, version 2) carries"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pathDiags(strings.Replace(tc.src, `path = ["server", "F-1"]`, `path = ["pump"]`, 1))
			if !strings.Contains(strings.Join(got, "\n"), tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, strings.Join(got, "\n"))
			}
		})
	}
}
