package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestStatesCountsOnlyEarlierVersions: a list the product file does not
// write is stated for a version only by changes of that version or one
// before it. A later version's changes said nothing of the versions
// before it, whose documents read the empty list as "none".
func TestStatesCountsOnlyEarlierVersions(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	vers := func(changes2, changes3 string) string {
		return "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2024-01-01\n" +
			"[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2025-01-01\n[versions.changes]\n" + changes2 +
			"[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\n" + changes3
	}
	// Each version with changes of its own gets its own view; sbom_files
	// gives one a change that states none of the lists.
	const other = "sbom_files = [\"x.json\"]\n"
	for _, key := range []string{"ports", "interfaces", "data_stores", "data_flows", "accounts", "security_settings",
		"cloud.services", "logging.events", "logging.logs", "diagrams", "recommended_controls", "infrastructure", "safeguards"} {
		flat := strings.ReplaceAll(key, ".", "_")
		top := key + " = []\n"
		if table, name, ok := strings.Cut(key, "."); ok {
			top = fmt.Sprintf("[%s]\n%s = []\n", table, name)
		}
		removes := flat + "_removed = [\"x\"]\n" + other
		for _, tc := range []struct {
			name         string
			src          string
			base, v2, v3 bool
		}{
			{"written at the top", head + top + vers(other, other), true, true, true},
			{"written nowhere", head + vers(other, other), false, false, false},
			{"changed by 3.0 only", head + vers(other, removes), false, false, true},
			{"changed by 2.0", head + vers(removes, other), false, true, true},
		} {
			p, _ := loadParts(t, tc.src)
			for _, v := range []struct {
				view *Product
				name string
				want bool
			}{{p.Base(), "the product as written", tc.base}, {p.At("1.0"), "1.0", tc.base}, {p.At("2.0"), "2.0", tc.v2}, {p.At("3.0"), "3.0", tc.v3}} {
				if got := v.view.States(key); got != v.want {
					t.Errorf("%s %s: %s States = %v, want %v", key, tc.name, v.name, got, v.want)
				}
			}
		}
	}
}

// TestStatesRemovedByALaterVersion: ports the file writes and 3.0
// removes leave 3.0 stating an empty list (no ports), and the versions
// before it keep theirs.
func TestStatesRemovedByALaterVersion(t *testing.T) {
	p, diags := loadParts(t, `schema_version = 2
id = "p"

[[ports]]
number = 443
transport = "tcp"
direction = "in"
service = "HTTPS"
purpose = "Reports."

[[versions]]
version = "2.3"
general_availability = 2024-01-01

[[versions]]
version = "3.0"
general_availability = 2025-01-01
[versions.changes]
ports_removed = [443]
`)
	for _, d := range diags {
		if d.Severity == Error && strings.HasPrefix(d.Path, "versions") {
			t.Errorf("valid change reported: %v", d)
		}
	}
	if v := p.At("3.0"); len(v.Ports) != 0 || !v.States("ports") {
		t.Errorf("3.0 removes its only port: ports %v, stated %v; want none, stated", v.Ports, v.States("ports"))
	}
	if v := p.At("2.3"); len(v.Ports) != 1 || !v.States("ports") {
		t.Errorf("2.3 keeps its port: ports %v, stated %v", v.Ports, v.States("ports"))
	}
}
