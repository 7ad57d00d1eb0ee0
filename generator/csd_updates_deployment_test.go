package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDUpdatesWithoutUpdatesTable: thinprogramme and withdrawn write no
// [updates], and their CSD's section 6 said where updates come from and
// how they are installed "is not stated", although
// postmarket.patching.deployment and the parts' own patching say both.
// It now gives those, and calls only the rest not stated; with none of
// them written, it still says not stated.
func TestCSDUpdatesWithoutUpdatesTable(t *testing.T) {
	const notStated = "Where updates come from and how they are installed is not stated."
	const rest = "Beyond this, how to identify the installed version, how users learn that an update exists and how the integrity and authenticity of an update are verified are not stated."
	for _, c := range []struct {
		fixture, rel, deploy, ring, app string
	}{
		{"thinprogramme", "pulsering/csd.md", "App updates through the app stores; ring firmware through the app.",
			"- **PulseRing sensor:** Brightfin sends firmware updates through the app, which installs them on the paired sensor.",
			"- **PulseRing app:** The patient installs app updates from Apple's App Store or Google Play."},
		{"withdrawn", "sonabeat/csd.md", "App updates through the app stores; probe firmware through the app.",
			"- **SonaBeat probe:** Wrenfield sends firmware updates through the app, which installs them on the paired probe.",
			"- **SonaBeat app:** The patient installs app updates from Apple's App Store or Google Play."},
		{"withdrawn", "sonabeat/3.0.0/csd.md", "App updates through the app stores; probe firmware through the app.",
			"- **SonaBeat probe:** Wrenfield sends firmware updates through the app, which installs them on the paired probe.",
			"- **SonaBeat app:** The patient installs app updates from Apple's App Store or Google Play."},
	} {
		csd := buildFixture(t, c.fixture)(c.rel)
		kindtest.SaysAll(t, c.fixture+" "+c.rel, csd, "## 6. Software updates\n\n**How updates are delivered.** "+c.deploy,
			"**Who installs updates, as stated for some parts:**\n\n"+c.ring+"\n"+c.app+"\n\n",
			// postmarket.patching.field_reach, where written, comes between
			"\n\n"+rest)
		kindtest.SaysNoneBecause(t, c.fixture+" "+c.rel, csd, "the deployment and the parts' patching state it", notStated)
	}

	// Without the parts' patching, the deployment alone is given.
	files, _ := buildFixtureEdited(t, "thinprogramme", "pulsering.toml", func(s string) string {
		return strings.NewReplacer(
			"patching = \"Brightfin sends firmware updates through the app, which installs them on the paired sensor.\"\n", "",
			"patching = \"The patient installs app updates from Apple's App Store or Google Play.\"\n", "").Replace(s)
	})
	csd := files["pulsering/csd.md"]
	kindtest.SaysAll(t, "csd.md without parts' patching", csd, "**How updates are delivered.** App updates through the app stores; ring firmware through the app.\n\n", "\n\n"+rest)
	kindtest.SaysNoneBecause(t, "csd.md without parts' patching", csd, "no part writes its patching", "Who installs updates", notStated)

	// A fixture with [updates] keeps its own section.
	kindtest.SaysAll(t, "dentalxray csd.md", buildFixture(t, "dentalxray")("dentasense/csd.md"), "**Where authorised updates come from.**")
	kindtest.SaysNoneBecause(t, "dentalxray csd.md", buildFixture(t, "dentalxray")("dentasense/csd.md"), "[updates] says it", "How updates are delivered.", rest)
}
