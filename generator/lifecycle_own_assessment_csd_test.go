package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleOwnAssessmentAgreesWithTheCSD: thinprogramme's lifecycle
// page said PulseRing's maker "states its own assessment of the support
// of 1 of the 3 software components" while its CSD gives "Annotation"
// (the manufacturer's own assessment) as the source of all three and
// says "They come from annotations (3)": two [[components]] entries give
// only a justification, which the page left out. Withdrawn said "1 of
// the 4" beside a CSD counting annotations (2). The page now counts the CSD's annotations and shows the
// justification; an entry with only notes is still left out. Its opening
// sentence counts as assessed only the entries stating a level or an end,
// and says that the others state only why no end is known.
func TestLifecycleOwnAssessmentAgreesWithTheCSD(t *testing.T) {
	read := buildFixture(t, "thinprogramme")
	lc, csd := read("pulsering/lifecycle.md"), read("pulsering/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "They come from annotations (3)")
	kindtest.SaysNone(t, "lifecycle.md", lc, "of 1 of the 3 software components", "components listed for version `1.0.0`.")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"Brightfin Medical Ltd states its own assessment of the support of 1 of the 3 components listed for version `1.0.0`; for 2 others, it states only why their end of supplier support is not known.",
		"| Alamofire | 5.9.1 | Not stated | The maintainers publish no end of support. |",
		"| Zephyr RTOS | 3.6.0 | Not stated | The Zephyr Project publishes no end of support for a non-LTS release. |",
		"| OkHttp | 4.12.0 | Actively maintained | Not stated |")

	wd := buildFixture(t, "withdrawn")
	kindtest.SaysAll(t, "withdrawn csd.md", wd("sonabeat/csd.md"), "They come from annotations (2)")
	kindtest.SaysAll(t, "withdrawn lifecycle.md", wd("sonabeat/lifecycle.md"), "states its own assessment of the support of 1 of the 4 software components of version `3.1.1`; for one other, it states only why its end of supplier support is not known;",
		"| Alamofire | 5.9.1 | Not stated | The maintainers publish no end of support. |")

	// Alamofire's entry with notes in place of its justification, its
	// support from a product rule: neither the CSD nor the page counts it
	// as an annotation.
	files, _ := buildFixtureEdited(t, "thinprogramme", "pulsering.toml", func(s string) string {
		s = strings.Replace(s, `justification = "The maintainers publish no end of support."`, `notes = "Reviewed."`, 1)
		return strings.Replace(s, "\n[sbom]\n", "\n[[support_rules]]\nid = \"pods\"\npurl = \"pkg:cocoapods/*\"\njustification = \"No end published.\"\n\n[sbom]\n", 1)
	})
	kindtest.SaysAll(t, "csd.md (notes only)", files["pulsering/csd.md"], "They come from annotations (2) and product rules (1)")
	lc = files["pulsering/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md (notes only)", lc, "states its own assessment of the support of 1 of the 3 components listed for version `1.0.0`; for one other, it states only why its end of supplier support is not known;")
	kindtest.SaysNone(t, "lifecycle.md (notes only)", lc, "| Alamofire |")
}
