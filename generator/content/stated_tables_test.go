package content

import "testing"

// TestStatesPatchedTableKey: a key of a table a version patches
// ([versions.changes.deployment] servicing = []) is written under its
// own name, not flattened as a list's changes are (logging_events_added),
// so the version that writes it states it (an empty list: no servicing
// steps needed) and the versions before it do not.
func TestStatesPatchedTableKey(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[deployment]\nsteps = [\"Install it.\"]\n"
	vers := func(changes2 string) string {
		return "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2024-01-01\n" +
			"[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2025-01-01\n[versions.changes]\n" + changes2 +
			"[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\nsbom_files = [\"x.json\"]\n"
	}
	for _, tc := range []struct {
		name       string
		src        string
		v1, v2, v3 bool
	}{
		{"written at the top", head + "servicing = []\n" + vers("sbom_files = [\"y.json\"]\n"), true, true, true},
		{"written by 2.0", head + vers("[versions.changes.deployment]\nservicing = []\n"), false, true, true},
		{"written nowhere", head + vers("[versions.changes.deployment]\nremote_service = \"Over VPN.\"\n"), false, false, false},
	} {
		p, diags := loadParts(t, tc.src)
		for _, d := range diags {
			if d.Path == "deployment.servicing" || d.Path == "versions[1].changes.deployment.servicing" {
				t.Fatalf("%s: %v", tc.name, d)
			}
		}
		for _, v := range []struct {
			view *Product
			want bool
		}{{p.At("1.0"), tc.v1}, {p.At("2.0"), tc.v2}, {p.At("3.0"), tc.v3}} {
			if got := v.view.States("deployment.servicing"); got != v.want {
				t.Errorf("%s: %s States(deployment.servicing) = %v, want %v", tc.name, v.view.factsOf, got, v.want)
			}
			if !v.view.States("deployment.steps") {
				t.Errorf("%s: %s States(deployment.steps) = false: the file writes them", tc.name, v.view.factsOf)
			}
		}
	}
}
