package generator

import (
	"strings"
	"testing"
)

// TestPlanInstallersPointToDeployment: the plan's updatability view
// listed "Not stated" for who installs updates on a part that writes no
// patching (or a default ending "who installs the application's updates
// is not stated"), though the plan prints how updates reach the field
// (postmarket.patching.deployment, always required for it) in section
// 9.7. The list now points there and names nobody it was not told of; a
// part that writes its patching keeps its words.
func TestPlanInstallersPointToDeployment(t *testing.T) {
	const ref = "[9.7 Update deployment and field reach](#9-7-update-deployment-and-field-reach)"
	for _, tt := range []struct {
		name string
		edit func(string) string
		want string
	}{
		{"device part", nil, "- **PuffClip sensor:** See " + ref + "\n"},
		{"part the customer hosts", func(s string) string {
			return strings.Replace(s, "name = \"PuffClip sensor\"\nruns = \"device\"", "name = \"PuffClip sensor\"\nruns = \"customer_hosted\"", 1)
		}, "- **PuffClip sensor:** The user patches the host; for the application's updates, see " + ref + "\n"},
		{"patching written", func(s string) string {
			return strings.Replace(s, "runs = \"device\"", "runs = \"device\"\npatching = \"The app installs signed firmware.\"", 1)
		}, "- **PuffClip sensor:** The app installs signed firmware.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var plan string
			if tt.edit == nil {
				plan = buildFixture(t, "planonly")("puffclip/security-plan.md")
			} else {
				files, _ := buildFixtureEdited(t, "planonly", "puffclip.toml", tt.edit)
				plan = files["puffclip/security-plan.md"]
			}
			if !strings.Contains(plan, tt.want) {
				t.Errorf("the installers list does not read %q:\n%s", tt.want, lineWith(plan, "- **PuffClip sensor:**"))
			}
			if strings.Contains(plan, "**PuffClip sensor:** Not stated") || strings.Contains(plan, "installs the application's updates is not stated") {
				t.Errorf("the plan calls who installs the sensor's updates not stated beside section 9.7:\n%s", lineWith(plan, "- **PuffClip sensor:**"))
			}
		})
	}
}
