package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestAnnotatedCopySaysTypesItGives: a surgical robot's SPDX SBOM states
// no package's purpose, and its annotated copy gave each, the Linux
// kernel included, the CycloneDX type "library", while the CSD lists
// them under an unstated type and the plan called the file a copy of the
// SBOM. CycloneDX requires a type, so the copy keeps "library" but marks
// it jspgen:type:stated "false", and the plan and the CSD say so; with
// every purpose stated, there is neither a mark nor the sentence.
func TestAnnotatedCopySaysTypesItGives(t *testing.T) {
	const (
		spdxFile = "vantis/vantis-6.0.spdx.json"
		copyFile = "vantis/vantis-6.0.spdx.annotated.cdx.json"
		says     = "CycloneDX requires each component's type; where the SBOM states none, the copy gives the type `library` and marks the component with the property `jspgen:type:stated` set to `false`."
	)
	for _, tc := range []struct {
		name   string
		edit   func(string) string
		marked bool
	}{
		{"no purpose stated", nil, true},
		{"every purpose stated", func(s string) string {
			return strings.ReplaceAll(s, `"downloadLocation": "NOASSERTION",`, `"downloadLocation": "NOASSERTION", "primaryPackagePurpose": "OPERATING-SYSTEM",`)
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "surgicalrobot", spdxFile, tc.edit)
			var bom struct {
				Components []struct {
					Name, Type string
					Properties []struct{ Name, Value string }
				}
			}
			if err := json.Unmarshal([]byte(files[copyFile]), &bom); err != nil {
				t.Fatalf("%s: %v", copyFile, err)
			}
			kernel := false
			for _, c := range bom.Components {
				marks := 0
				for _, p := range c.Properties {
					if p.Name == sbom.PropertyTypeStated && p.Value == "false" {
						marks++
					}
				}
				if c.Name == "linux-kernel" {
					kernel = true
				}
				if want := map[bool]int{true: 1}[tc.marked]; marks != want {
					t.Errorf("%s: %s typed %q with %d marks, want %d", copyFile, c.Name, c.Type, marks, want)
				}
			}
			if !kernel {
				t.Fatalf("%s lists no linux-kernel:\n%s", copyFile, files[copyFile])
			}
			for _, doc := range []string{"vantis/security-plan.md", "vantis/csd.md"} {
				if tc.marked {
					kindtest.SaysAll(t, doc, files[doc], says)
				} else {
					kindtest.SaysNone(t, doc, files[doc], "jspgen:type:stated")
				}
			}
		})
	}
}
