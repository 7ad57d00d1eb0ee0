package content

import (
	"strings"
	"testing"
)

// TestComponentType: components.type takes the CycloneDX component types
// only.
func TestComponentType(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\n[[components]]\nname = \"Windows\"\nversion = \"1607\"\ntype = %s\n"
	for _, tc := range []struct{ typ, want string }{
		{`"operating-system"`, ""},
		{`"machine-learning-model"`, ""},
		{`"os"`, `components[0].type: want one of application, framework, library, container, platform, operating-system, device, device-driver, firmware, file, machine-learning-model, data; got "os"`},
	} {
		var got []string
		for _, d := range validateInDir(t, strings.Replace(src, "%s", tc.typ, 1), nil) {
			if d.Path == "components[0].type" {
				got = append(got, d.Path+": "+d.Message)
			}
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("type = %s: got %q, want %q", tc.typ, got, tc.want)
		}
	}
}
