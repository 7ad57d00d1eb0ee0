package content

import "testing"

// TestPatchingWarningPerVersion: the warning that asks for a part's
// patching counted the CSD's responsibility table by the top-level
// [updates] alone, though the CSD is per version: a part a version adds
// in a version that writes [updates] obtain was warned of as called not
// stated, and a part whose version writes obtain empty was not. It now
// asks each version whose view holds the entry, with that version's
// [updates]. The plan's updatability view points to the section that
// prints postmarket.patching.deployment, so the warning no longer says
// the plan calls it not stated where that is written.
func TestPatchingWarningPerVersion(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n\n[[parts]]\nid = \"gateway\"\nname = \"Gateway VM\"\nruns = \"customer_hosted\"\n"
	const obtain = "\n[updates]\nobtain = \"The hospital installs each release from the portal.\"\n"
	const deployment = "\n[postmarket.patching]\ndeployment = \"The hospital installs validated updates.\"\n"
	const csdOnly = "\n[documents]\nbuild = [\"csd\"]\n"
	const planOnly = "\n[documents]\nbuild = [\"security_plan\"]\n"
	const csdAndPlan = "\n[documents]\nbuild = [\"csd\", \"security_plan\"]\n"
	const versions = "\n[[versions]]\nversion = \"1.0\"\n\n[[versions]]\nversion = \"2.0\"\n"
	const addApp = "\n[[versions.changes.parts_added]]\nid = \"app\"\nname = \"Viewer app\"\nruns = \"customer_device\"\n"
	const writeObtain = "\n[versions.changes.updates]\nobtain = \"The hospital installs each release from the portal.\"\n"
	const emptyObtain = "\n[versions.changes.updates]\nobtain = \"\"\n"
	const gateway = `warning: parts[0].patching: not stated: who installs the application's updates on "Gateway VM"; the CSD's responsibility table says`
	const app = `warning: versions[1].changes.parts_added[0].patching: not stated: who installs the application's updates on "Viewer app"; the CSD's responsibility table says`
	const anyPlan = `warning: parts[0].patching: not stated: who installs the application's updates on "Gateway VM"`
	for _, tt := range []struct {
		name, src, warning string
		warns              bool
	}{
		{"version writes obtain empty: its CSD calls the top-level part not stated", head + obtain + csdOnly + versions + emptyObtain, gateway, true},
		{"version writes obtain: the part it adds points to the updates section", head + csdOnly + versions + writeObtain + addApp, app, false},
		{"version writes obtain: the first version's CSD still calls the top-level part not stated", head + csdOnly + versions + writeObtain + addApp, gateway, true},
		{"version writes obtain empty: the part it adds is called not stated", head + obtain + csdOnly + versions + emptyObtain + addApp, app, true},
		{"no version restates [updates]: the added part points to the section", head + obtain + csdOnly + versions + addApp, app, false},
		{"nothing stated: the added part is called not stated", head + csdOnly + versions + addApp, app, true},
		{"plan and CSD, deployment: neither calls it not stated", head + deployment + csdAndPlan, anyPlan, false},
		{"plan only, deployment: the plan points to its deployment section", head + deployment + planOnly, anyPlan, false},
		{"plan only, no deployment: the plan's view says not stated", head + planOnly, anyPlan + `; the plan's updatability view says`, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := loadParts(t, tt.src)
			if got := hasDiagIn(diags, tt.warning); got != tt.warns {
				t.Errorf("warning %q reported: %v, want %v\n  %s", tt.warning, got, tt.warns, diagText(diags))
			}
		})
	}
}
