package content

import (
	"strings"
	"testing"
)

// TestFieldFixedPatching: nobody installs updates on a part whose software
// is never updated once made (field_updatable = false). Where its patching
// is not written, check does not ask who installs them, and the CSD's
// responsibility table says it is not updated in the field, not "Not
// stated" nor "See the software updates section"; a part that does not
// say so, or writes its own patching, is as before.
func TestFieldFixedPatching(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const patch = "[[parts]]\nid = \"patch\"\nname = \"Patch\"\nruns = \"device\"\n"
	const fixed = "field_updatable = false\n"
	const updates = "\n[updates]\nobtain = \"Gateway releases come as signed packages.\"\n"
	const build = "\n[documents]\nbuild = [\"csd\", \"security_plan\"]\n"
	const asked = `warning: parts[0].patching: not stated: who installs updates on "Patch"`
	const notInField = "Not updated in the field: a unit's software is never updated after manufacture, and a fix reaches only the units made afterwards."
	for _, c := range []struct {
		name, src string
		asks      bool
		cell      string
	}{
		{"never updated, nothing else stated", head + patch + fixed + build, false, notInField},
		{"never updated, [updates] written", head + patch + fixed + updates + build, false, notInField},
		{"never updated, its own patching written", head + patch + fixed + "patching = \"Replaced, never patched.\"\n" + updates + build, false, "Replaced, never patched."},
		{"updatable", head + patch + "field_updatable = true\n" + build, true, ""},
		{"not stated", head + patch + updates + build, true, "See the software updates section"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, diags := loadParts(t, c.src)
			if got := hasDiagIn(diags, asked); got != c.asks {
				t.Errorf("asks who installs updates: %v, want %v\n  %s", got, c.asks, diagText(diags))
			}
			if got := p.CSDPatchedBy(p.Parts[0]); got != c.cell {
				t.Errorf("CSD cell %q, want %q", got, c.cell)
			}
			if got := p.PartPatchedBy(p.Parts[0]); c.cell == notInField && !strings.HasPrefix(got, "Not updated in the field") {
				t.Errorf("PartPatchedBy %q, want it not updated in the field", got)
			}
		})
	}
}
