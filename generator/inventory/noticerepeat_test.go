package inventory_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestNoticeRepeatsAnnotatedSupport: a notice's component entry that
// states support (a level or an end) for a component whose [[components]]
// entry states it already is an error at the notice's entry (two places
// would say it, and could disagree); one that only names the component
// and its concern is not.
func TestNoticeRepeatsAnnotatedSupport(t *testing.T) {
	annotation := "[[components]]\nname = \"linux-imx\"\nversion = \"4.19.35\"\nsupport = \"no_longer_maintained\"\nend_of_support = 2024-12-05\n\n"
	const entry = "[[notices.components]]\nname = \"linux-imx\"\nversion = \"4.19.35\"\nsupport = \"no_longer_maintained\"\nend_of_support = 2024-12-05\n"
	for _, tc := range []struct {
		name  string
		entry string // the notice's entry as edited
		want  bool
	}{
		{"the notice repeats the support", entry, true},
		{"the notice names the component only", "[[notices.components]]\nname = \"linux-imx\"\nversion = \"4.19.35\"\n", false},
		{"the notice states an end alone", "[[notices.components]]\nname = \"linux-imx\"\nversion = \"4.19.35\"\nend_of_support = 2024-12-05\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := copyExample(t, map[string]func(string) string{
				"content/halcyon-lvp7.toml": func(s string) string {
					if !strings.Contains(s, entry) {
						t.Fatal("the example's notice no longer states linux-imx 4.19.35's support; update the test")
					}
					s = strings.Replace(s, "[[components]]\nname = \"linux-imx\"\n", annotation+"[[components]]\nname = \"linux-imx\"\n", 1)
					return strings.Replace(s, entry, tc.entry, 1)
				},
			})
			var got []string
			for _, d := range diags {
				if d.Severity == content.Error && strings.Contains(d.Message, "do not repeat them in the notice") {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			if !tc.want {
				if len(got) > 0 {
					t.Errorf("reported %q", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], "notices[") || !strings.Contains(got[0], ".components[0]: component linux-imx 4.19.35: its support level and end of support are recorded in [[components]]") {
				t.Errorf("want one error at the notice's entry; got %q", got)
			}
		})
	}
}
