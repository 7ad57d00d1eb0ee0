package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// Fixture cases of review 62. Each build's edit (restsOn) checks that
// the data the case rests on is still in the fixture, so a changed
// fixture reads as such, not as a tool fault.

// restsOn is an edit that fails the test unless the product file holds
// each of data, and otherwise adds only a comment (CopyRepo needs an edit
// to change the file).
func restsOn(t *testing.T, data ...string) func(string) string {
	return func(s string) string {
		for _, d := range data {
			if !strings.Contains(s, d) {
				t.Fatalf("the fixture no longer holds %q, which this case rests on", d)
			}
		}
		return s + "\n# review 62: the case rests on the data above\n"
	}
}

// TestPlanDesignVersionsOnTheirModels: version 5.1 of the TV-300 runs on
// the TV-300T alone, which has none of the Ethernet, Wi-Fi and Bluetooth
// interfaces of the other models, nor the ports and data flows over them.
// The plan, describing 5.2, once said 5.1 differed from it only "in its
// network ports", comparing every model's entries.
func TestPlanDesignVersionsOnTheirModels(t *testing.T) {
	const only300T = "version = \"5.1\"\nmodels = [\"TV-300T\"]"
	files, _ := buildFixtureEdited(t, "modelfamily", "tv300.toml", restsOn(t, only300T, `models = ["TV-300B"]`, `models = ["TV-300W"]`))
	plan := files["tv300/security-plan.md"]
	kindtest.SaysAll(t, "tv300/security-plan.md", plan, "version `5.1` in its interfaces, network ports and data flows")
	kindtest.SaysNoneBecause(t, "tv300/security-plan.md", plan, "the TV-300T has no Ethernet, Wi-Fi or Bluetooth, nor their flows",
		"version `5.1` in its network ports.", "version `5.1` in its network ports;")
}

// TestRemoteOtherFunctionsNoneClaimsOnlyWhatItDecides: other_functions =
// ["none"] decides software updates, configuration and training over a
// network; the DentaSense's images go to a cloud backup Orvella hosts,
// so neither the plan nor the MDS2 form's reason says Orvella does
// "nothing else" with it.
func TestRemoteOtherFunctionsNoneClaimsOnlyWhatItDecides(t *testing.T) {
	const none = `other_functions = ["none"]`
	files, _ := buildFixtureEdited(t, "dentalxray", "dentasense.toml", restsOn(t, none, `to = "DentaSense Cloud Backup"`, `zone = "manufacturer_hosted"`))
	plan, form := files["dentasense/security-plan.md"], files["dentasense/mds2.md"]
	kindtest.SaysAll(t, "dentasense/security-plan.md", plan,
		"DF-04", // the flow to the cloud backup the claim once denied
		"Orvella Dental Imaging, Inc. does not update the Orvella DentaSense's software, change its settings or train its users over a network.")
	kindtest.SaysAll(t, "dentasense/mds2.md", form,
		`remote\_service.other\_functions is "none": the manufacturer does not update the device's software, change its settings or train its users remotely.`)
	for doc, md := range map[string]string{"dentasense/security-plan.md": plan, "dentasense/mds2.md": form} {
		kindtest.SaysNoneBecause(t, doc, md, "Orvella hosts the cloud backup the practice's images go to", "nothing else")
	}
}

// TestLifecycleSupportedOnTheEndOfSupportDay: the legacy station's
// lifecycle page is dated 1 December 2025, the end-of-support day of its
// last version, which is not supported that day (content.Version.
// SupportedOn). The page once defined supported as "not past its end of
// support", which that version was not.
func TestLifecycleSupportedOnTheEndOfSupportDay(t *testing.T) {
	const eos = "end_of_support = 2025-12-01"
	files, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", restsOn(t, eos))
	page := files["vigil-cs/lifecycle.md"]
	kindtest.SaysAll(t, "vigil-cs/lifecycle.md", page,
		"No version is supported on 1 December 2025 (released, not withdrawn and before its end of support)")
	kindtest.SaysNoneBecause(t, "vigil-cs/lifecycle.md", page, "the end-of-support day is not a day of support", "not past its end of support")
}
