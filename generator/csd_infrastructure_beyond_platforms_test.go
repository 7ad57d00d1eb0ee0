package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDInfrastructureSentenceAllowsForPlatforms: the CSD's 4.1 said
// what the product requires of the customer's infrastructure was not
// stated (or, with infrastructure = [], that it placed none) and then
// listed the platforms it requires. With platforms stated, the sentence
// speaks only of what lies beyond them; without, it is as before.
func TestCSDInfrastructureSentenceAllowsForPlatforms(t *testing.T) {
	const unstated = "What the product requires of the customer's infrastructure is not stated."
	const none = "The product places no requirements on the customer's infrastructure."
	const named = "The product data name what the product uses of the customer's infrastructure: a server or virtual machine to host DoseVault Server; and Hospital SQL Server, which the product connects to."
	for _, c := range []struct {
		name, want string
		never      []string
		edit       func(string) string
	}{
		// The server's host and the SQL Server its port names are stated
		// requirements (review 89, holter #3 and euonly #3).
		{"infrastructure unstated", named + " Anything else the product requires of it, beyond the platforms below, is not stated.",
			[]string{unstated}, nil},
		{"infrastructure = []", named + " The product places no other requirements on it beyond the platforms below.",
			[]string{none}, func(s string) string {
				return strings.Replace(s, "\n[[parts]]\n", "\ninfrastructure = []\n\n[[parts]]\n", 1)
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "csdonly", "dosevault.toml", c.edit)
			for _, rel := range []string{"dosevault/csd.md", "dosevault/3.1.0/csd.md"} {
				csd := files[rel]
				if !strings.Contains(csd, "on the platform versions below") {
					t.Fatalf("%s lists no platforms: the test's premise is gone", rel)
				}
				kindtest.SaysAll(t, rel, csd, "### 4.1 Infrastructure requirements\n\n"+c.want)
				kindtest.SaysNoneBecause(t, rel, csd, "the platforms listed next are requirements on the customer's infrastructure", c.never...)
			}
		})
	}
	// Without platforms the sentence stands alone.
	aed := buildFixture(t, "aed")("lifeguard/csd.md")
	kindtest.SaysAll(t, "aed csd.md", aed, "### 4.1 Infrastructure requirements\n\n"+unstated)
	kindtest.SaysNoneBecause(t, "aed csd.md", aed, "the product lists no platforms", "Beyond the platforms below")
}
