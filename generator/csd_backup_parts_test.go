package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

const (
	backupPointer = "See the backup and restore section"
	backupUnsaid  = "Not stated for this part; the backup and restore section says what is backed up"
	backupNothing = "Not stated; no data at rest is listed on this part"
)

// csdBackupCell is the Backup cell of part's row of the CSD's
// responsibility table.
func csdBackupCell(t *testing.T, csd, part string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\| ` + regexp.QuoteMeta(part) + ` \| [^|]+ \| [^|]+ \| ([^|]+) \|`).FindStringSubmatch(csd)
	if m == nil {
		t.Fatalf("no responsibility row for %s", part)
	}
	return strings.TrimSpace(m[1])
}

// TestCSDBackupPointsOnlyToTheCoveredParts: pocketus's [backup] keeps
// studies in Sonvira Cloud, and data stores sit on the probe, the app
// and the cloud. Unless the data say which parts' data the section
// covers, the responsibility table no longer sends every part that keeps
// data to it as if it covered them: without backup.parts the cloud and
// the probe read "not stated" and are sent there for what it covers (the
// probe, a device, pointed there by default, as if the section covered
// its data; the app writes its own backup). With backup.parts =
// ["cloud"], as the fixture writes, the cloud alone points to the
// section, in every version's CSD, and the probe reads "Not stated";
// with the probe named too, the probe points there as well.
func TestCSDBackupPointsOnlyToTheCoveredParts(t *testing.T) {
	const (
		pointed = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer, which hosts it | " + backupPointer + " | Not stated |"
		unsaid  = "| Sonvira Cloud | Hosted by the manufacturer | The manufacturer, which hosts it | " + backupUnsaid + " | Not stated |"
	)
	files, _ := buildFixtureEdited(t, "pocketus", "sonvirapocket.toml",
		kindtest.Replace("\n[backup]\nparts = [\"cloud\"]\n", "\n[backup]\n"))
	csd := files["sonvirapocket/csd.md"]
	kindtest.SaysAll(t, "sonvirapocket/csd.md", csd, unsaid)
	kindtest.SaysNoneBecause(t, "sonvirapocket/csd.md", csd, "the data do not say the section covers the cloud", pointed)
	if got := csdBackupCell(t, csd, "Sonvira Pocket probe"); got != backupUnsaid {
		t.Errorf("the probe's backup without backup.parts: %q, want %q (its stores may not be the section's)", got, backupUnsaid)
	}

	read := buildFixture(t, "pocketus") // it writes backup.parts = ["cloud"]
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/4.0/csd.md", "sonvirapocket/3.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel+" with backup.parts", csd, pointed)
		if got := csdBackupCell(t, csd, "Sonvira Pocket probe"); got != "Not stated" {
			t.Errorf("%s with backup.parts = [\"cloud\"]: the probe backed up by %q, want Not stated", rel, got)
		}
	}

	files, _ = buildFixtureEdited(t, "pocketus", "sonvirapocket.toml",
		kindtest.Replace("\n[backup]\nparts = [\"cloud\"]\n", "\n[backup]\nparts = [\"cloud\", \"probe\"]\n"))
	if got := csdBackupCell(t, files["sonvirapocket/csd.md"], "Sonvira Pocket probe"); got != backupPointer {
		t.Errorf("backup.parts names the probe: the probe backed up by %q, want %q", got, backupPointer)
	}
}

// TestCSDBackupSendsNoDeviceToASectionNotAboutIt: euonly's [backup] is
// the drug-library server's database and writes no backup.parts; the
// pump's memory holds PHI and credentials, and no store is on the
// docking rack. Both devices pointed to the section by default, so a
// reader took the pump's data for backed up. The pump now reads "not
// stated" and is sent there for what it covers, the rack says no data at
// rest is listed on it. Each direction: backup.parts naming the server
// alone points only the server there, naming the pump too points the
// pump there; a store on the rack makes it a part that may keep data.
func TestCSDBackupSendsNoDeviceToASectionNotAboutIt(t *testing.T) {
	const (
		pump   = "Infuvia volumetric pump"
		rack   = "Infuvia docking rack"
		server = "Infuvia drug-library server"
	)
	// setParts writes backup.parts (none for "") in place of any the
	// fixture writes, so that each case states its own.
	setParts := func(parts string) func(string) string {
		return func(s string) string {
			head := "\n[backup]\n"
			i := strings.Index(s, head)
			if i < 0 {
				return s // CopyRepo fails: the edit changed nothing
			}
			body := regexp.MustCompile(`(?m)\A(?:[^\[\n][^\n]*\n)*`).FindString(s[i+len(head):])
			kept := regexp.MustCompile(`(?m)^parts *=[^\n]*\n`).ReplaceAllString(body, "")
			if parts != "" {
				kept = "parts = " + parts + "\n" + kept
			}
			return s[:i+len(head)] + kept + s[i+len(head)+len(body):] + "\n# backup.parts set by the test\n"
		}
	}
	rackStore := func(s string) string {
		return setParts("")(s) + "\n[[data_stores]]\nid = \"rack-log\"\nname = \"Rack log\"\npart = \"rack\"\ndata = [\"logs\"]\nlocation = \"The rack's flash memory\"\nprotection = \"Reached only through the rack firmware.\"\nsanitize = \"Reset the rack.\"\n"
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		want map[string]string
	}{
		{"no backup.parts", setParts(""), map[string]string{pump: backupUnsaid, rack: backupNothing}},
		{"backup.parts names the server", setParts(`["server"]`), map[string]string{pump: "Not stated", rack: "Not stated",
			server: "The customer backs up the host; for the application's data, see the backup and restore section"}},
		{"backup.parts names the pump and the server", setParts(`["pump", "server"]`), map[string]string{pump: backupPointer, rack: "Not stated"}},
		{"a store on the rack, no backup.parts", rackStore, map[string]string{pump: backupUnsaid, rack: backupUnsaid}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "euonly", "infuvia.toml", tc.edit)
			csd := files["infuvia/csd.md"]
			for part, want := range tc.want {
				if got := csdBackupCell(t, csd, part); got != want {
					t.Errorf("%s backed up by %q, want %q", part, got, want)
				}
			}
		})
	}
}
