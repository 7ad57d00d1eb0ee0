package generator

import (
	"strings"
	"testing"
)

// TestPlanCoversEveryVersion: the product page lists the security plan as
// about every version its section 1.3 covers (holter: 3.2 and 4.0), not
// only the current one it describes in detail; the CSDs stay about their
// own version, and a product with one version shows that version.
func TestPlanCoversEveryVersion(t *testing.T) {
	row := func(href, title, about string) string {
		return `<tr><th scope="row"><a href="` + href + `">` + title + `</a></th><td>` + about + `</td>`
	}
	for _, tc := range []struct {
		fixture, page string
		want, not     []string
	}{
		{"holter", "rhythmtrace/index.html",
			[]string{row("security-plan.html", "Product Security Plan", "3.2, 4.0"), row("csd.html", "Customer Security Documentation", "4.0"),
				row("3.2/csd.html", "Customer Security Documentation, version 3.2", "3.2")},
			[]string{row("security-plan.html", "Product Security Plan", "4.0")}},
		{"planonly", "puffclip/index.html", []string{row("security-plan.html", "Product Security Plan", "1.0")}, nil},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			page := buildFixture(t, tc.fixture)(tc.page)
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("%s does not have %q", tc.page, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(page, w) {
					t.Errorf("%s has %q", tc.page, w)
				}
			}
		})
	}
}
