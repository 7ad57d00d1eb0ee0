package content

import (
	"strings"
	"testing"
)

// TestComponentVersionsValidation: a [[components]] entry's versions
// must name versions of the product, each once; an entry without
// versions, or naming known versions, gives no diagnostic at the key.
func TestComponentVersionsValidation(t *testing.T) {
	base := `schema_version = 2
[[versions]]
version = "5.2"
general_availability = 2016-04-11
[[versions]]
version = "6.1"
general_availability = 2019-09-16
[[components]]
name = "Windows Embedded Standard 7"
version = "6.1.7601 SP1"
support = "no_longer_maintained"
end_of_support = 2020-10-13
`
	for _, tc := range []struct {
		name, versions string
		want           string // a diagnostic containing this; "" for none at components[0].versions
	}{
		{"not written: the current version", "", ""},
		{"an older version", `versions = ["5.2"]`, ""},
		{"both versions", `versions = ["5.2", "6.1"]`, ""},
		{"an unknown version", `versions = ["5.2", "5.3"]`, `components[0].versions[1]: unknown version "5.3" (want one of 5.2, 6.1)`},
		{"a version twice", `versions = ["5.2", "5.2"]`, `components[0].versions[1]: version "5.2" is listed twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(base + tc.versions + "\n"))
			var at []string
			for _, g := range got {
				if strings.Contains(g, "components[0].versions") {
					at = append(at, g)
				}
			}
			if tc.want == "" && len(at) > 0 {
				t.Errorf("unexpected diagnostics %q", at)
			}
			if tc.want != "" && (len(at) != 1 || !strings.Contains(at[0], tc.want)) {
				t.Errorf("diagnostics at components[0].versions %q, want one containing %q", at, tc.want)
			}
		})
	}
}
