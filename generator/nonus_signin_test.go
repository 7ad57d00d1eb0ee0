package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNonusClinicianWithoutSignIn: the bedside monitor's clinicians use it
// without signing in (sign_in = []): the CSD's accounts table says so,
// the form derives PAUT-1 No and PAUT-1.1 N/A, and check warns about a
// hand AUTH-1 or ALOF-1 Yes beside it.
func TestNonusClinicianWithoutSignIn(t *testing.T) {
	site := buildFixture(t, "nonus")
	csd := site("lumiq-bm7/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "| Clinician | User | None: used without signing in |")
	form := site("lumiq-bm7/mds2.md")
	kindtest.SaysAll(t, "mds2.md", form,
		"| PAUT-1 | No | Derived from the product data: accounts\\[0\\].sign\\_in is written empty for Clinician",
		"| PAUT-1.1 | N/A | Derived from the product data: PAUT-1 is No")

	got := fixtureCheck(t, "nonus", "lumiq-bm7.toml", func(s string) string {
		s = kindtest.Replace(`"AUTH-1" = { answer = "no", note = 2 }`, `"AUTH-1" = "yes"`)(s)
		return kindtest.Replace(`"ALOF-1" = "no"`, `"ALOF-1" = "yes"`)(s)
	})
	for _, id := range []string{"AUTH-1", "ALOF-1"} {
		warned := false
		for _, line := range strings.Split(got, "\n") {
			warned = warned || strings.HasPrefix(line, "mds2.answers."+id+": answer Yes, but accounts (") &&
				strings.Contains(line, "lists only user accounts used without signing in (sign_in = []: Clinician)")
		}
		if !warned {
			t.Errorf("check does not warn about %s Yes beside the clinician without sign-in:\n%s", id, got)
		}
	}
}
