package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRemoteControlAndUpdatesSaidAsWritten: remote_control = [] says
// only that no function changes the settings from afar over a network.
// exoskeleton's tablet, a part of the product, sends the exoskeleton its
// therapy and configuration over a radio link: the CSD and the plan said
// "No one can change the device's clinical settings ... from another
// device away from it"; they now say what the list says and name the
// flow. A product without such a flow (ophlaser) gets the same first
// sentence alone. withdrawn's plan 6.8 called the probe's and the app's
// updates not stated beside their written parts.patching; nicucam's key
// facts and plan called remote service not stated beside
// other_functions = ["software_updates"].
func TestRemoteControlAndUpdatesSaidAsWritten(t *testing.T) {
	exo := buildFixture(t, "exoskeleton")
	const exoSays = "The device has no function by which a person away from it changes its clinical settings, or starts or stops its therapy, from another device over a network. Within the product, the StrideCore tablet sends therapy data and configuration to the StrideCore exoskeleton (data flow DF-01)."
	for _, doc := range []string{"stridecore/csd.md", "stridecore/security-plan.md"} {
		md := exo(doc)
		kindtest.SaysAll(t, doc, md, exoSays)
		kindtest.SaysNone(t, doc, md, "No one can change")
	}
	kindtest.SaysAll(t, "exoskeleton csd.md", exo("stridecore/csd.md"),
		"| Clinical settings changed from another device over a network | No, from outside the product | Within the product, the StrideCore tablet sends therapy data and configuration to the StrideCore exoskeleton (data flow DF-01). [3.4 Remote control of clinical settings]")

	laser := buildFixture(t, "ophlaser")("aurion/csd.md")
	kindtest.SaysAll(t, "ophlaser csd.md", laser,
		"The device has no function by which a person away from it changes its clinical settings from another device over a network.\n",
		"| Clinical settings changed from another device over a network | No | [3.4")
	kindtest.SaysNone(t, "ophlaser csd.md", laser, "Within the product,", "No one can change")

	plan := buildFixture(t, "withdrawn")("sonabeat/security-plan.md")
	kindtest.SaysAll(t, "withdrawn security-plan.md", plan,
		"Who updates the SonaBeat probe, and how: Wrenfield sends firmware updates through the app, which installs them on the paired probe.",
		"Whether Wrenfield Health GmbH changes settings or trains users over a network is not stated.")
	kindtest.SaysNone(t, "withdrawn security-plan.md", plan, "updates the software of the SonaBeat probe")

	dtx := buildFixture(t, "dtxinsomnia")("somnara/security-plan.md")
	kindtest.SaysAll(t, "dtxinsomnia security-plan.md", dtx,
		"Whether it updates the software of the Somnara Rx app, changes settings or trains users over a network is not stated. How the product's updates are deployed is given in [9.7 Update deployment and field reach](#9-7-update-deployment-and-field-reach).")

	nicu := buildFixture(t, "nicucam")
	kindtest.SaysAll(t, "nicucam csd.md", nicu("kinview/csd.md"),
		"| Remote service connections by the manufacturer | Not stated for service sessions; software updates over a network: Yes |")
	kindtest.SaysAll(t, "nicucam security-plan.md", nicu("kinview/security-plan.md"),
		"Whether it offers remote-service sessions for the KinView bedside camera and the KinView Family app is not stated in the product data.")
}
