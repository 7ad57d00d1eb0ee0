package generator

import (
	"strings"
	"testing"
)

// TestVEXInitialVersionFromAnUndatedEntry: euonly's CVE-2024-5535 states
// no date, so every VEX of 3.0 built since its release (2025-12-01)
// names it. Its initial version was nevertheless dated by the first
// dated entry (CVE-2026-70412, public 2026-09-15): built after that day,
// INFUVIA-3.0-VEX moved from 2025/ to 2026/ and stayed version 1 with a
// statement more. The undated entry now dates the initial version at the
// release, and the later one is a revision; dated, it no longer does.
func TestVEXInitialVersionFromAnUndatedEntry(t *testing.T) {
	for _, tc := range []struct {
		name          string
		edit          func(string) string
		file, version string
	}{
		{"undated entry", nil, ".well-known/csaf/white/2025/infuvia-3_0-vex.json", `"version": 2,`},
		{"the entry dated after the other", func(s string) string {
			return strings.Replace(s, "justification = \"vulnerable_code_not_present\"\n", "justification = \"vulnerable_code_not_present\"\ndiscovered = 2026-10-01\ndisclosed = 2024-06-27\n", 1)
		}, ".well-known/csaf/white/2026/infuvia-3_0-vex.json", `"version": 2,`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var files map[string]string
			if tc.edit == nil {
				get := buildFixture(t, "euonly")
				files = map[string]string{tc.file: get(tc.file), "infuvia/vex-3.0.openvex.json": get("infuvia/vex-3.0.openvex.json")}
			} else {
				files, _ = buildFixtureEdited(t, "euonly", "infuvia.toml", tc.edit)
			}
			if files[tc.file] == "" {
				t.Fatalf("no %s", tc.file)
			}
			if got := files["infuvia/vex-3.0.openvex.json"]; !strings.Contains(got, tc.version) {
				t.Errorf("OpenVEX is not at %s", tc.version)
			}
		})
	}
}
