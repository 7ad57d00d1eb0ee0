package generator

import (
	"regexp"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDBackupPointsOnlyToTheCoveredParts: pocketus's [backup] keeps
// studies in Sonvira Cloud, and data stores sit on the probe, the app
// and the cloud. Unless the data say which parts' data the section
// covers, the responsibility table no longer sends every part that keeps
// data to it as if it covered them: without backup.parts the cloud reads
// "not stated" and is sent there for what it covers (the probe, a device,
// still points there by default; the app writes its own backup). With
// backup.parts = ["cloud"], as the fixture writes, the cloud alone points
// to the section, in every version's CSD, and the probe reads "Not
// stated".
func TestCSDBackupPointsOnlyToTheCoveredParts(t *testing.T) {
	const (
		pointed = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer | See the backup and restore section | Not stated |"
		unsaid  = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer | Not stated for this part; the backup and restore section says what is backed up | Not stated |"
	)
	backupCell := func(csd, part string) string {
		m := regexp.MustCompile(`(?m)^\| ` + regexp.QuoteMeta(part) + ` \| [^|]+ \| [^|]+ \| ([^|]+) \|`).FindStringSubmatch(csd)
		if m == nil {
			t.Fatalf("no responsibility row for %s", part)
		}
		return m[1]
	}
	files, _ := buildFixtureEdited(t, "pocketus", "sonvirapocket.toml",
		kindtest.Replace("\n[backup]\nparts = [\"cloud\"]\n", "\n[backup]\n"))
	csd := files["sonvirapocket/csd.md"]
	kindtest.SaysAll(t, "sonvirapocket/csd.md", csd, unsaid)
	kindtest.SaysNoneBecause(t, "sonvirapocket/csd.md", csd, "the data do not say the section covers the cloud", pointed)
	if got := backupCell(csd, "Sonvira Pocket probe"); got != "See the backup and restore section" {
		t.Errorf("the probe's backup without backup.parts: %q", got)
	}

	read := buildFixture(t, "pocketus") // it writes backup.parts = ["cloud"]
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/4.0/csd.md", "sonvirapocket/3.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel+" with backup.parts", csd, pointed)
		if got := backupCell(csd, "Sonvira Pocket probe"); got != "Not stated" {
			t.Errorf("%s with backup.parts = [\"cloud\"]: the probe backed up by %q, want Not stated", rel, got)
		}
	}
}
