package content

import (
	"strings"
	"testing"
)

// TestNoticeWarningsOnlyWhenNoticesBuilt: a warning about what a notice
// prints (the components it names, an interface it asks to disable that
// cannot be, why a moved date gives short notice) was given even when
// documents.build leaves the notices out, asking for text no document
// prints. It is given only when the notices are built (by default, or
// named in documents.build).
func TestNoticeWarningsOnlyWhenNoticesBuilt(t *testing.T) {
	src := lifecycleBase + strings.Replace(
		strings.Replace(notice(""), "[[notices.components]]\nname = \"openssl\"\nversion = \"1.1.1\"\nconcern = \"EOL\"\n", "", 1),
		"network_isolation = \"VLAN\"\n", "network_isolation = \"VLAN\"\ndisable_interfaces = [\"uart\"]\n", 1) +
		"[[notices]]\nid = \"moved\"\nkind = \"component_end_of_support\"\nissued = 2024-03-01\nversions = [\"1.0\"]\n" +
		"date_changes = [{ version = \"1.0\", milestone = \"end_of_support\", previous = 2026-01-01 }]\n"
	printed := []string{
		"warning: notices[0].components: no software component named",
		"warning: notices[0].customer_actions.disable_interfaces[0]: interface \"uart\" cannot be disabled by the customer",
		"warning: notices[1].date_changes[0]: moves version 1.0's end of support to 2025-01-01",
	}
	for _, tc := range []struct {
		name, build string
		printed     bool
	}{
		{"every document", "", true},
		{"notices named", "[documents]\nbuild = [\"csd\", \"notices\"]\n", true},
		{"notices left out", "[documents]\nbuild = [\"csd\"]\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range validated(t, src+tc.build) {
				got = append(got, d.String())
			}
			all := strings.Join(got, "\n")
			for _, w := range printed {
				if strings.Contains(all, w) != tc.printed {
					t.Errorf("warned %v, want %v: %s\n%s", !tc.printed, tc.printed, w, all)
				}
			}
		})
	}
}
