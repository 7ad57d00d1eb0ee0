package riskreport

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlantedContradictions plants, into a copy of the example, each
// contradiction a reviewer would find in a risk file and expects check's
// diagnostic at the line of the key that carries it.
func TestPlantedContradictions(t *testing.T) {
	const file = kindtest.Example + ".toml"
	t08post := `cvss_post = "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:L"`
	tests := []struct {
		name string
		edit func(string) string
		want []string // "<key path>: <message part>"; the line is the line of the key's text below
		at   []string // text of the line each diagnostic must point at
	}{
		{
			name: "uncontrolled residual risk accepted without rationale (critical harm, Medium exploitability after mitigation)",
			edit: func(s string) string {
				s = strings.Replace(s, t08post, `cvss_post = "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"`, 1)
				s = replaceAfter(s, `id = "T-08"`, `harm = "serious"`, `harm = "critical"`)
				return replaceAfter(s, `id = "T-08"`, `acceptance = "acceptable"`, `acceptance = "acceptable" # planted`)
			},
			want: []string{"threats[7].acceptance: T-08: the risk after mitigation is uncontrolled", "risk.residual_acceptable: the residual-risk conclusion says the overall residual risk is acceptable, but the residual risk of T-08 is not acceptable"},
			at:   []string{`acceptance = "acceptable" # planted`, `residual_acceptable = true`},
		},
		{
			name: "control traced to no requirement, so no test verifies it",
			edit: func(s string) string {
				return replaceAfter(s, `id = "C-LOG-2"`, `requirements = ["SR-14"]`, `requirements = [] # planted`)
			},
			want: []string{"warning: controls[14].requirements: control C-LOG-2 is not traced to any security requirement", "warning: threats[7].controls: T-08 relies on C-LOG-2, not verified by any test"},
			at:   []string{`requirements = [] # planted`, `controls = ["C-RES-1", "C-RES-2", "C-LOG-2"]`},
		},
		{
			name: "residual risk concluded acceptable while a threat is not",
			edit: func(s string) string {
				return replaceAfter(s, `id = "T-13"`, `acceptance = "acceptable"`, `acceptance = "not_acceptable"`)
			},
			want: []string{"risk.residual_acceptable: the residual-risk conclusion says the overall residual risk is acceptable, but the residual risk of T-13 is not acceptable"},
			at:   []string{`residual_acceptable = true`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site, dir := kindtest.CopyRepo(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", file, tt.edit)
			_, diags := kindtest.Load(t, site, dir)
			src, err := os.ReadFile(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, d := range diags {
				lines = append(lines, d.String())
			}
			got := strings.Join(lines, "\n")
			for i, want := range tt.want {
				line := lineOf(t, string(src), tt.at[i])
				full := fmt.Sprintf("%s:%d: %s", filepath.ToSlash(filepath.Join(dir, file)), line, want)
				if !strings.Contains(got, full) {
					t.Errorf("check lacks\n  %s\ngot:\n%s", full, got)
				}
			}
		})
	}
}

// replaceAfter replaces the first old after the first marker.
func replaceAfter(s, marker, old, new string) string {
	i := strings.Index(s, marker)
	if i < 0 {
		return s
	}
	return s[:i] + strings.Replace(s[i:], old, new, 1)
}

// lineOf is the 1-based line of the first line of src that starts with text.
func lineOf(t *testing.T, src, text string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, text) {
			return i + 1
		}
	}
	t.Fatalf("no line %q", text)
	return 0
}
