package generator

import (
	"strings"
	"testing"
)

// TestWatchECGFlowProtectionUnwritten: the watchecg fixture's PDF export
// (DF-02) states no protection; with the key left out, every place that
// prints a flow's protection says "Not stated", and none prints an empty
// cell or "In transit: ." as if the data had said something.
func TestWatchECGFlowProtectionUnwritten(t *testing.T) {
	files, _ := buildFixtureEdited(t, "watchecg", "rhythmcheck.toml", func(s string) string {
		return strings.Replace(s, "interface = \"pdf-export\"\nprotection = \"Not stated.\"\n", "interface = \"pdf-export\"\n", 1)
	})
	row := "| DF-02 | RhythmCheck phone app | Recipient the user chooses | PHI | PDF export (phone share sheet) | Not stated |"
	for _, rel := range []string{"rhythmcheck/csd.md", "rhythmcheck/security-plan.md", "rhythmcheck/risk-report.md"} {
		if !strings.Contains(files[rel], row) {
			t.Errorf("%s: no row\n  %s", rel, row)
		}
		if strings.Contains(files[rel], "Recipient the user chooses | PHI | PDF export (phone share sheet) |  |") {
			t.Errorf("%s: empty protection cell for DF-02", rel)
		}
	}
	if csd := files["rhythmcheck/csd.md"]; !strings.Contains(csd, "is not stated. In transit: Not stated.") {
		t.Errorf("csd.md: DF-02's onward hand-off does not say its protection in transit is not stated")
	}
}
