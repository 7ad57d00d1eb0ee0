package mds2

import (
	"strings"
	"testing"
)

// TestParseIDNamedBoundaries: a name starts with any capital letter, A and
// Z included; form sections take numbers only.
func TestParseIDNamedBoundaries(t *testing.T) {
	for _, s := range []string{"JSP-ALPHA", "JSP-ZULU", "JSP-MODELS"} {
		id, err := ParseID(s)
		if err != nil || id.Code != "JSP" || id.Name != s[len("JSP-"):] || !id.IsExtension() {
			t.Errorf("ParseID(%q) = %+v, %v", s, id, err)
		}
	}
	for _, s := range []string{"DOC-A", "MPII-Z"} {
		if _, err := ParseID(s); err == nil || !strings.Contains(err.Error(), "IDs are numbered") {
			t.Errorf("ParseID(%q): %v, want a form section's IDs to be numbered", s, err)
		}
	}
}
