package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPostmarketUnstatedSaysSo: tpsplanning's specification states no
// incident response, no customer notification and no regular update
// cycle. These keys were required, so the fixture wrote "Not stated." into
// each, and the CSD printed the placeholder as the manufacturer's
// statement (a bold "How ... responds to a security incident." followed
// by "Not stated.", a Software updates key fact reading "Not stated.").
// They are optional now, and the CSD says plainly that each is not stated.
func TestPostmarketUnstatedSaysSo(t *testing.T) {
	read := buildFixture(t, "tpsplanning")
	csd := read("isodose-plan/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Software updates | The regular update cycle is not stated. | When fixes for uncontrolled risks are released is not stated.",
		"How Isodose Software BV responds to a security incident is not stated.",
		"| Regular releases | Not stated |",
		"How Isodose Software BV tells customers of vulnerabilities and of forthcoming fixes is not stated.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a placeholder is not the manufacturer's statement",
		"responds to a security incident.** Not stated.",
		"| Software updates | Not stated. |",
		"| Regular releases | Not stated. |",
		"### 15.3 How vulnerability notices are delivered\n\nNot stated.")
}
