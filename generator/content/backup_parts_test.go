package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// TestBackupPartsNameKnownParts: backup.parts, and a version's, names
// parts the product (that version) has; an unknown one is an error at its
// key, a known one none, from the product's validation run.
func TestBackupPartsNameKnownParts(t *testing.T) {
	const head = `schema_version = 2
id = "p"
[[parts]]
id = "pump"
name = "Pump"
runs = "device"
[[parts]]
id = "cloud"
name = "Cloud"
runs = "manufacturer_hosted"
[[versions]]
version = "1.0"
[[versions]]
version = "2.0"
`
	const backup = "[backup]\nscope = \"Settings.\"\nmethod = \"Daily.\"\nrestore = [\"Restore.\"]\nauthenticity = \"Signed.\"\n"
	for _, tc := range []struct {
		name, src, want string
	}{
		{"known parts", head + "[versions.changes.backup]\nparts = [\"cloud\"]\n" + backup + "parts = [\"pump\"]\n", ""},
		{"an unknown part", head + backup + "parts = [\"pump\", \"phone\"]\n", `backup.parts[1]: unknown part "phone"`},
		{"a version's unknown part", head + "[versions.changes.backup]\nparts = [\"app\"]\n" + backup, `versions[1].changes.backup.parts[0]: unknown part "app": version 2.0 has no such part`},
	} {
		p := &Product{}
		_, diags, ok := DecodeTOML("p.toml", []byte(tc.src), p)
		if !ok {
			t.Fatalf("%s: %v", tc.name, diags)
		}
		p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(tc.src))}
		v := &productValidator{p: p}
		v.run() // the check runs with the others
		var got []string
		for _, d := range v.diags {
			if strings.Contains(d.Path, "backup.parts") {
				got = append(got, d.Path+": "+d.Message)
			}
		}
		switch all := strings.Join(got, "\n"); {
		case tc.want == "" && all != "":
			t.Errorf("%s: want no diagnostic, got\n%s", tc.name, all)
		case !strings.Contains(all, tc.want):
			t.Errorf("%s: want %q, got\n%s", tc.name, tc.want, all)
		}
	}
}
