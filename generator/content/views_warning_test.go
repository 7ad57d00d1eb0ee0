package content

import (
	"strings"
	"testing"
)

// TestArchitectureViewWarnings: a plan without [[architecture]] entries is
// told only of the security use case views, which nothing draws by
// itself; the global system, multi-patient harm and updatability views
// are drawn from the data flows, and the diagram package warns of one the
// flows cannot draw (a second warning here said the same). An entry of
// the kind silences it.
func TestArchitectureViewWarnings(t *testing.T) {
	views := func(src string) []string {
		_, diags := loadParts(t, "schema_version = 2\nid = \"p\"\n"+src)
		var out []string
		for _, d := range diags {
			if strings.Contains(d.Message, "architecture view (") {
				out = append(out, d.Message)
			}
		}
		return out
	}
	got := views("")
	if len(got) != 1 || !strings.Contains(got[0], `no "Security use case views" architecture view`) {
		t.Errorf("without entries: %q; want the security use case views' warning alone", got)
	}
	if got := views("[[architecture]]\nkind = \"security_use_case\"\ntitle = \"Sign-in\"\ndescription = \"A user signs in.\"\n"); len(got) != 0 {
		t.Errorf("with a security use case: %q; want none", got)
	}
	if got := views("[documents]\nbuild = [\"csd\"]\n"); len(got) != 0 {
		t.Errorf("without a plan: %q; want none", got)
	}
}
