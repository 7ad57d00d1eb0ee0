package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDResponsibilityTablePointsToTheBackup: pocketus's [backup] is
// about Sonvira Cloud, which the CSD's section 9 describes, yet the
// responsibility table said the cloud's backup was "Not stated": a part
// hosted by the manufacturer names nobody by default. With [backup]
// written and a data store on the part, the row now points to the
// section, as the device's does; without [backup] it stays "Not
// stated", and when no store of the product is on the part (it keeps
// nothing to back up) it is "Not stated" and says no data at rest is
// listed on it.
func TestCSDResponsibilityTablePointsToTheBackup(t *testing.T) {
	const pointed = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer, which hosts it | See the backup and restore section | Not stated |"
	const unstated = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer, which hosts it | Not stated | Not stated |"
	const keepsNothing = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer, which hosts it | Not stated; no data at rest is listed on this part | Not stated |"
	read := buildFixture(t, "pocketus")
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/4.0/csd.md", "sonvirapocket/3.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd, pointed, "## 9. Backup and restore\n\n**What is backed up.** Studies, once uploaded to Sonvira Cloud.")
		kindtest.SaysNoneBecause(t, rel, csd, "[backup] is about Sonvira Cloud", unstated)
	}

	files, _ := buildFixtureEdited(t, "pocketus", "sonvirapocket.toml", func(s string) string {
		i := strings.Index(s, "\n[backup]\n")
		j := i + 1 + strings.Index(s[i+1:], "\n[")
		return s[:i] + s[j:]
	})
	csd := files["sonvirapocket/csd.md"]
	// Section 9 then gives only the app's own backup (parts.backup).
	kindtest.SaysAll(t, "csd.md without [backup]", csd, unstated, "**Sonvira Pocket app.** Studies are kept on the phone or tablet", "Nothing else about backup and restore is stated")
	kindtest.SaysNoneBecause(t, "csd.md without [backup]", csd, "no backup section to point to", pointed)

	// Judged from the stores, as without backup.parts (which, written,
	// decides).
	files, _ = buildFixtureEdited(t, "pocketus", "sonvirapocket.toml", func(s string) string {
		s = kindtest.Replace("\n[backup]\nparts = [\"cloud\"]\n", "\n[backup]\n")(s)
		return kindtest.Replace("id = \"cloud-db\"\nname = \"Sonvira Cloud study store\"\ndata = [\"phi\", \"pii\", \"credentials\", \"logs\"]\npart = \"cloud\"",
			"id = \"cloud-db\"\nname = \"Sonvira Cloud study store\"\ndata = [\"phi\", \"pii\", \"credentials\", \"logs\"]\npart = \"app\"")(s)
	})
	csd = files["sonvirapocket/csd.md"]
	kindtest.SaysAll(t, "csd.md, no store in the cloud", csd, keepsNothing)
	kindtest.SaysNoneBecause(t, "csd.md, no store in the cloud", csd, "the data keeps nothing there", pointed)
}
