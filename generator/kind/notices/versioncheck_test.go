package notices

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUnassessedComponentOfAnotherVersionsCSD: a component no longer
// maintained while its version is supported, with no notice naming it
// and no notes, was warned about in the current version only; 4.1.0's
// own CSD listed such a component among those that need attention, and
// a build as of 2024 (4.1.0 current) warned about it, while a normal
// build said nothing. Each version a CSD is about is held to the rule,
// the warning naming its CSD; a version with no CSD of its own is not;
// the current version's warning is as before.
func TestUnassessedComponentOfAnotherVersionsCSD(t *testing.T) {
	freeRTOSNotes := `notes = "The kernel of the FreeRTOS 202210.01 long-term support release`
	glibNotes := `notes = "The Yocto Project 5.0 LTS back-ports security fixes to its glib 2.78 recipe`
	const older = "CSD of version 4.1.0: component FreeRTOS-Kernel 10.5.1: it is no longer maintained while version 4.1.0 is supported until 2027-09-30"
	const current = "component glib 2.78.6: it is no longer maintained while version 4.2.1 is supported"
	for _, tc := range []struct {
		name        string
		edits       []func(string) string
		want, never []string // starts of warning messages
	}{
		{"4.1.0 has a CSD of its own", []func(string) string{kindtest.Replace(freeRTOSNotes, "# "+freeRTOSNotes)},
			[]string{older}, []string{"component FreeRTOS-Kernel 10.5.1"}},
		{"no CSD of 4.1.0", []func(string) string{kindtest.Replace(freeRTOSNotes, "# "+freeRTOSNotes), kindtest.Replace("versions = \"supported\"\n", "")},
			nil, []string{"CSD of version 4.1.0", "component FreeRTOS-Kernel 10.5.1"}},
		{"the current version", []func(string) string{kindtest.Replace(glibNotes, "# "+glibNotes)},
			[]string{current}, []string{"CSD of version"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit := func(s string) string {
				for _, e := range tc.edits {
					s = e(s)
				}
				return s
			}
			site, dir := kindtest.CopyRepo(t, filepath.Join(kindtest.Repo, "jspgen.toml"), filepath.Join(kindtest.Repo, "content"), kindtest.Example+".toml", edit)
			_, _, diags := loadExample(t, site, dir, nil)
			var msgs []string
			for _, d := range diags {
				msgs = append(msgs, d.Message)
			}
			for _, w := range tc.want {
				found := false
				for i, m := range msgs {
					if strings.HasPrefix(m, w) {
						found = true
						if diags[i].Severity != content.Warning {
							t.Errorf("%q is a %v, want a warning as for the current version", m, diags[i].Severity)
						}
					}
				}
				if !found {
					t.Errorf("no warning %q among:\n%s", w, strings.Join(msgs, "\n"))
				}
			}
			for _, n := range tc.never {
				for _, m := range msgs {
					if strings.HasPrefix(m, n) {
						t.Errorf("warning %q, want none starting with %q", m, n)
					}
				}
			}
		})
	}
}
