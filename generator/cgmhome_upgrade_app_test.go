package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestEndOfSupportUpgradesTheAppNotTheDevice: GlucoSense's only part on
// the device, the sensor, is never updated once made (field_updatable =
// false); the versions are those of the app on the patient's phone. At
// end of support the lifecycle page once told the patient to "upgrade or
// replace the device", which is never upgraded: it now says to upgrade
// the app, beside the sentence that the sensor's software is never
// updated (the cgmhome review; the app's software-only path does not
// decide that the sensors are replaced: TestLifecycleFieldEnd). A
// sensor whose updatability is not stated leaves the
// device's advice as it was; so does ThermaLink, whose gateway is
// updated (TestFixedFirmwareFixesReachNewUnitsOnly).
func TestEndOfSupportUpgradesTheAppNotTheDevice(t *testing.T) {
	const (
		app    = "| End of Support | End of support | No further updates or support. Whether the security risk passes to the customer at end of support is not stated; the customer should upgrade the GlucoSense app. The software of the GlucoSense sensor is never updated after manufacture: a unit keeps the software it was made with. |"
		device = "| End of Support | End of support | No further updates or support. Whether the security risk passes to the customer at end of support is not stated; the customer should move to a supported version or replace the device. |"
	)
	lc := buildFixture(t, "cgmhome")("glucosense/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc, app)
	kindtest.SaysNoneBecause(t, "lifecycle.md", lc, "the sensor is never updated: only the app is upgraded", "move to a supported version or replace the device")

	files, _ := buildFixtureEdited(t, "cgmhome", "glucosense.toml", func(s string) string {
		const fixed = "field_updatable = false\n"
		if !strings.Contains(s, fixed) {
			t.Fatalf("fixture lacks %q", fixed)
		}
		return strings.Replace(s, fixed, "", 1)
	})
	lc = files["glucosense/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md (field_updatable not written)", lc, device)
	kindtest.SaysNone(t, "lifecycle.md (field_updatable not written)", lc, "should upgrade the GlucoSense app")
}
