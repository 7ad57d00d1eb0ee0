package content

import (
	"strings"
	"testing"
)

// TestPatchingWarningRelatedPart: of a part a related system names, the
// plan says who patches it in its related systems section (9.11), not in
// the updatability view, which lists only the product's own parts; the
// warning said the view, and pointed the reader to the wrong section.
// With the system's patch_policy written, the plan says nothing unstated.
func TestPatchingWarningRelatedPart(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n\n[documents]\nbuild = [\"csd\", \"security_plan\"]\n\n" +
		"[[parts]]\nid = \"dev\"\nname = \"Analyser\"\nruns = \"device\"\npatching = \"Field service.\"\n\n" +
		"[[parts]]\nid = \"mgr\"\nname = \"Manager\"\nruns = \"customer_hosted\"\n\n" +
		"[[related_systems]]\nid = \"mgr\"\nname = \"Manager\"\nkind = \"server_software\"\npart = \"mgr\"\n"
	const warn = `warning: parts[1].patching: not stated: who installs the application's updates on "Manager"; `
	for _, tt := range []struct {
		name, src, want, not string
	}{
		{"no patch policy", head, warn + "the CSD's responsibility table and the plan's related systems section (9.11) say", "updatability view"},
		{"patch policy written", head + "patch_policy = \"The hospital installs each release.\"\n", warn + "the CSD's responsibility table says", "plan"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := loadParts(t, tt.src)
			if !hasDiagIn(diags, tt.want) {
				t.Errorf("want %q\n  %s", tt.want, diagText(diags))
			}
			for _, d := range diags {
				if d.Path == "parts[1].patching" && strings.Contains(d.Message, tt.not) {
					t.Errorf("the warning names %q: %s", tt.not, d.Message)
				}
			}
		})
	}
}
