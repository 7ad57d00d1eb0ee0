package generator

import (
	"os"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanMaturityEvidenceUnstated: a maturity area without evidence
// (an optional key) read "None recorded", as though the manufacturer held
// none. Unwritten, it is not stated; written, it is printed.
func TestPlanMaturityEvidenceUnstated(t *testing.T) {
	const area = "[[governance.maturity]]\narea = \"Secure development\"\nlevel = 2\ntarget = 3\n"
	// The fixture's area states no evidence: the block ends at its target.
	if b, err := os.ReadFile("testdata/analyzer/content/corvane-ca600.toml"); err != nil || !strings.Contains(string(b), area+"\n[[") {
		t.Fatalf("the analyzer fixture no longer has the maturity area without evidence (%v)", err)
	}
	for _, c := range []struct {
		name, want, never string
		edit              func(string) string
	}{
		{"unwritten", "| Secure development | 2 | 3 | Not stated |", "| Secure development | 2 | 3 | None recorded |", nil},
		{"written", "| Secure development | 2 | 3 | Internal SDL audit, 2025. |", "| Secure development | 2 | 3 | Not stated |", func(s string) string {
			return strings.Replace(s, area, area+"evidence = \"Internal SDL audit, 2025.\"\n", 1)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "analyzer", "corvane-ca600.toml", c.edit)
			plan := files["corvane-ca600/security-plan.md"]
			kindtest.SaysAll(t, "security-plan.md", plan, c.want)
			kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the evidence cell follows the data", c.never)
		})
	}
}
