package generator

import (
	"strings"
	"testing"
)

// TestIndexFollowsJSPOnlyWhereADocumentDoes: the site index says the
// documentation follows the HSCC Joint Security Plan only when some
// product publishes a document that lists it among the guidance it
// follows (a security plan or a CSD); a site of lifecycle pages and
// notices, or of an MDS2 form, makes no such claim.
func TestIndexFollowsJSPOnlyWhereADocumentDoes(t *testing.T) {
	const claim = "laid out after the Health Sector Coordinating Council's Joint Security Plan"
	for _, c := range []struct {
		fixture string
		want    bool
	}{
		{"aed", true},          // plan and CSD
		{"csdonly", true},      // the CSD lists JSP2
		{"planonly", true},     // the plan lists JSP2
		{"noticesonly", false}, // lifecycle page and notices
		{"handmds2", false},    // MDS2 form and lifecycle page
	} {
		index := buildFixture(t, c.fixture)("index.html")
		if got := strings.Contains(index, claim); got != c.want {
			t.Errorf("%s: index says it follows the JSP: %v, want %v", c.fixture, got, c.want)
		}
	}
}
