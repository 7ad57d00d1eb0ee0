package generator

import (
	"strings"
	"testing"
)

// TestCSDPatchingOSUpdatesFixtures: the CSD's responsibility table sent a
// device part whose patching is not written to the software updates
// section, which speaks only of the application's updates, as though it
// said who installs updates of the Windows the [[components]] list.
// compounding: one device part (the station), so its operating system is
// named. intraoralscan lists no components (Windows 11 Pro is only in
// prose), so its cell is unchanged; with a Windows component added, its
// two device parts (scanner and laptop) leave which runs it undecided, and
// the cell says so without naming a part.
func TestCSDPatchingOSUpdatesFixtures(t *testing.T) {
	csd := buildFixture(t, "compounding")("doseguard/csd.md")
	const station = "| DoseGuard IV station | On the device | See the software updates section; who installs updates of its operating system (Windows 11 IoT Enterprise LTSC 2024) is not stated |"
	if !strings.Contains(csd, station) {
		t.Errorf("compounding CSD: want the station's row to start\n %s\n%s", station, osRowOf(csd, "| DoseGuard IV station |"))
	}

	plain := buildFixture(t, "intraoralscan")("clearbite/csd.md")
	if strings.Contains(plain, "who installs updates of") {
		t.Errorf("intraoralscan CSD names an operating system its data list in no component:\n%s", osRowOf(plain, "| ClearBite laptop |"))
	}
	files, _ := buildFixtureEdited(t, "intraoralscan", "clearbite.toml", func(s string) string {
		return s + "\n[[components]]\nname = \"Windows 11 Pro\"\nversion = \"23H2\"\nsupplier = \"Microsoft\"\ntype = \"operating-system\"\nversions = [\"3.3\", \"3.4\"]\njustification = \"Not stated.\"\n"
	})
	edited := files["clearbite/csd.md"]
	for _, part := range []string{"ClearBite Scan 3 handheld scanner", "ClearBite laptop"} {
		want := "| " + part + " | On the device | Not stated whether it can be updated; see the software updates section; who installs updates of the operating systems listed in section 5 is not stated |"
		if !strings.Contains(edited, want) {
			t.Errorf("intraoralscan with a Windows component: want\n %s\n%s", want, osRowOf(edited, "| "+part+" |"))
		}
	}
}

// osRowOf is the first line of s that starts with prefix, for messages.
func osRowOf(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return "(no row " + prefix + ")"
}
