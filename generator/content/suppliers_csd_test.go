package content

import (
	"strings"
	"testing"
)

// TestSuppliersOptionalForCSD: a CSD needs no [suppliers] table, since
// none of its keys is required for the CSD (it says what is not stated);
// the security plan still needs it.
func TestSuppliersOptionalForCSD(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n[documents]\n"
	for _, tc := range []struct {
		build string
		want  bool
	}{
		{`build = ["csd"]`, false},
		{`build = ["security_plan"]`, true},
	} {
		_, diags, _ := DecodeTOML("p.toml", []byte(head+tc.build+"\n"), &Product{})
		got := false
		for _, d := range diags {
			if d.Path == "suppliers" && strings.Contains(d.Message, "missing required key") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: [suppliers] reported missing = %v, want %v:\n  %s", tc.build, got, tc.want, diagText(diags))
		}
	}
}
