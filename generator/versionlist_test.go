package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOlderVersionListsOnlyALaterVersionAdds: when the robot's file
// writes no [[accounts]] and 6.0 adds them, 5.2's CSD must not say 5.2
// has no accounts (its data do not say), while 6.0's lists them.
func TestOlderVersionListsOnlyALaterVersionAdds(t *testing.T) {
	files, _ := buildFixtureEdited(t, "surgicalrobot", "vantis.toml", func(s string) string {
		start := strings.Index(s, "[[accounts]]\n")
		end := strings.Index(s, "[[support_rules]]")
		if start < 0 || end < start {
			t.Fatal("the robot's [[accounts]] moved")
		}
		accounts := strings.ReplaceAll(s[start:end], "[[accounts]]", "[[versions.changes.accounts_added]]")
		s = s[:start] + s[end:]
		const at = "sbom_files = [\"vantis-6.0.spdx.json\"]\n"
		if !strings.Contains(s, at) {
			t.Fatal("6.0's changes moved")
		}
		return strings.Replace(s, at, at+"\n"+accounts, 1)
	})
	old := files["vantis/5.2/csd.md"]
	kindtest.SaysAll(t, "5.2/csd.md", old, "Which accounts the product has is not stated.")
	kindtest.SaysNone(t, "5.2/csd.md", old, "The product has no user or service accounts.")
	kindtest.SaysAll(t, "csd.md", files["vantis/csd.md"], "Field service")
}
