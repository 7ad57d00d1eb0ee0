package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleDefinitionsFromData: the lifecycle page's stage table
// defined Limited Support (from end of life) as "No longer sold", which
// merges end of marketing with end of life; no maker in the sparse
// fixtures states that (ecmo F11, endowasher 10, vrtherapy 10: a leased
// headset is not sold at all). The row now says what the milestones
// give: the stage lies between a version's end of life and its end of
// support.
//
// maldi 8: version 7.1 is past its end of support with no end of
// marketing, production or life given; the tables printed all three
// "Passed, date not stated". The end of life has passed by the stage's
// own definition; an end of marketing or of production of a software
// version is not known to have existed, so they read "Not set".
//
// endowasher 11, ecmo F12: the notices are not built, and the Notices
// column said "Not stated", as if something had been left unsaid; it now
// says they are not published here, and section 3 says that how the
// maker delivers them is not stated (no key in the data says it).
func TestLifecycleDefinitionsFromData(t *testing.T) {
	const limited = "| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that "
	for _, f := range []struct{ fixture, page, notices string }{
		{"ecmo", "eclss1/lifecycle.md", "| 2.2 | ECLS-1 | Support | End of life (date not announced), or end of support, 2026-12-31 | Not published here |"},
		{"endowasher", "aer2/lifecycle.md", "| 6.0 | AER-2 | Support | Not announced | Not published here |"},
		{"vrtherapy", "lumenvr-calm/lifecycle.md", "| 5.1 | Quest 3 | Support | Not announced | Not published here |"},
		{"maldi", "spectrid-id-ms/lifecycle.md", "| 7.1 | ID-MS | End of Support | None scheduled | Not published here |"},
	} {
		read := buildFixture(t, f.fixture)
		page := read(f.page)
		kindtest.SaysNone(t, f.page, page, "No longer sold")
		kindtest.SaysAll(t, f.page, page, limited,
			"End-of-life and end-of-support notices are not published on this page, and how ")
		kindtest.SaysAll(t, f.page, page, f.notices)
	}
	read := buildFixture(t, "maldi")
	for _, doc := range []string{"spectrid-id-ms/lifecycle.md", "spectrid-id-ms/csd.md"} {
		kindtest.SaysAll(t, doc, read(doc),
			"| 7.1 | End of Support | Not stated | Not set | Not set | Passed, date not stated | Not set | 2026-06-30 |")
	}
	kindtest.SaysAll(t, "lifecycle.md", read("spectrid-id-ms/lifecycle.md"),
		"how Spectrid Diagnostics S.A. delivers them to customers is not stated.")
}
