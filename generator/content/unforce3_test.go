package content

import (
	"strings"
	"testing"
)

// TestLabelingReliesOnUngradedControl: a threat relying on a control
// whose priority is not written is warned about as not stated, never as
// "only recommended".
func TestLabelingReliesOnUngradedControl(t *testing.T) {
	for _, tt := range []struct{ priority, want string }{
		{"required", ""},
		{"recommended", "which is only recommended"},
		{"", "RC-1, whose priority is not stated (recommended_controls[0], line 1)"},
	} {
		p := labelingProduct(tt.priority)
		v := &productValidator{p: p}
		v.resolveVersions()
		wantOneDiagnostic(t, ruleLabelingReliesOnOptionalControl(p), tt.want)
	}
}

// TestUnforcedKeysOptional: recommended_controls[].priority,
// use_environment and, for a CSD without [updates],
// postmarket.patching.deployment are optional; a CSD or security plan
// built without use_environment is warned about at that key; a priority
// written is still checked.
func TestUnforcedKeysOptional(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n"
	csd := "[documents]\nbuild = [\"csd\", \"lifecycle\"]\n"
	rc := "[[recommended_controls]]\nid = \"RC-1\"\ncategory = \"firewall\"\ntitle = \"Firewall\"\nrecommendation = \"Block the internet.\"\n"
	env := "use_environment = \"Wards.\"\n"
	tests := []struct {
		name, src, path string
		want            string // "" for no diagnostic at path; else a substring of one
	}{
		{"priority not written", head + env + csd + rc, "recommended_controls[0].priority", ""},
		{"priority still checked", head + env + csd + rc + "priority = \"optional\"\n", "recommended_controls[0].priority", "want one of required, recommended"},
		{"deployment not written, CSD without [updates]", head + env + csd, "postmarket.patching.deployment", ""},
		{"use_environment not written, CSD", head + csd, "use_environment", "not stated: where and by whom the device is used, and the networks it joins; the CSD says the use environment is not stated"},
		{"use_environment written, CSD", head + env + csd, "use_environment", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range decodeProduct(tc.src) {
				if d.Path == tc.path {
					got = append(got, d.String())
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("want no diagnostic at %s, got %q", tc.path, got)
				}
				return
			}
			found := false
			for _, g := range got {
				found = found || strings.Contains(g, tc.want)
			}
			if !found {
				t.Errorf("want %q at %s among %q", tc.want, tc.path, got)
			}
		})
	}
}
