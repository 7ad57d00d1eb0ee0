package generator

import (
	"regexp"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// unqualifiedNoList is the old claim that a version has no component list
// at all, though only the product data lack one: its SBOM may still exist
// and be the one customers obtain on request (homecpap's 5.1, ventilator's
// 3.4).
const unqualifiedNoList = "has no component list of its own:"

// onRequestLine is the sbom.on_request key of a product file.
var onRequestLine = regexp.MustCompile(`(?m)^on_request = .*\n`)

// TestStandInSaysOnlyTheProductDataLackAList: the lifecycle page and CSD
// section 5.2 of a version whose list another version's stands in for say
// the product data give it none, not that it has none, and, where the SBOM
// is given on request, say so; without sbom.on_request they add nothing.
func TestStandInSaysOnlyTheProductDataLackAList(t *testing.T) {
	const onRequest = "The SBOM is available to customers on request."
	homecpap := buildFixture(t, "homecpap")
	ventilator := buildFixture(t, "ventilator")
	pages := []struct{ fixture, page, version, next, lacks string }{
		{"homecpap", "dreamair/lifecycle.md", "5.1", "6.0",
			"Version `5.1` has no component list of its own in the product data, which lists only version `6.0`'s components, so which of version `5.1`'s need attention is not stated here. Available to customers on request: Firmware 5.1"}, // 6.0 publishes a file: the text says what else is given (content.SBOMFilesInAnyVersion)
		{"ventilator", "v500/lifecycle.md", "3.4", "4.0",
			"Version `3.4` has no component list of its own in the product data, which lists only version `4.0`'s components, so which of version `3.4`'s need attention is not stated here. " + onRequest + " Customers obtain"},
	}
	for _, tc := range pages {
		read := homecpap
		if tc.fixture == "ventilator" {
			read = ventilator
		}
		page := read(tc.page)
		kindtest.SaysAll(t, tc.page, section(t, page, "### Version "+tc.version, "### Version "+tc.next), tc.lacks)
		kindtest.SaysNone(t, tc.page, page, unqualifiedNoList)
	}

	const csd = "v500/3.4/csd.md"
	doc := ventilator(csd)
	kindtest.SaysAll(t, csd, section(t, doc, "### 5.2 Components that need attention", "### 5.3"),
		"Version `3.4` has no component list of its own in the product data, which lists version `4.0`'s components, so which of version `3.4`'s components need attention is not stated. The SBOM is available to customers on request, as [5. Software bill of materials](#5-software-bill-of-materials) says. The support of each component")
	kindtest.SaysNone(t, csd, doc, unqualifiedNoList)

	// Without sbom.on_request, the sentences still name the product data
	// and say nothing of a request.
	files, _ := buildFixtureEdited(t, "ventilator", "v500.toml", func(s string) string {
		if len(onRequestLine.FindAllString(s, -1)) != 1 {
			t.Fatal("ventilator: v500.toml has no single on_request line to take out")
		}
		return onRequestLine.ReplaceAllString(s, "")
	})
	const why = "sbom.on_request taken out"
	lifecycle := section(t, files["v500/lifecycle.md"], "### Version 3.4", "### Version 4.0")
	kindtest.SaysAll(t, "v500/lifecycle.md ("+why+")", lifecycle,
		"Version `3.4` has no component list of its own in the product data, which lists only version `4.0`'s components, so which of version `3.4`'s need attention is not stated here.")
	kindtest.SaysNoneBecause(t, "v500/lifecycle.md", lifecycle, why, "on request", unqualifiedNoList)
	needs := section(t, files[csd], "### 5.2 Components that need attention", "### 5.3")
	kindtest.SaysAll(t, csd+" ("+why+")", needs,
		"Version `3.4` has no component list of its own in the product data, which lists version `4.0`'s components, so which of version `3.4`'s components need attention is not stated. The support of each component")
	kindtest.SaysNoneBecause(t, csd, needs, why, "on request", unqualifiedNoList)
}

// TestStandInNamedSaysOnlyTheProductDataLackAList: the same for a version
// whose notices name some of its components (modelfamily's 5.0), whose
// sentences take another branch of each template.
func TestStandInNamedSaysOnlyTheProductDataLackAList(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	const page, csd = "tv300/lifecycle.md", "tv300/5.0/csd.md"
	lifecycle := read(page)
	kindtest.SaysAll(t, page, section(t, lifecycle, "### Version 5.0", "### Version 5.1"),
		"Version `5.0` has no component list of its own in the product data, which lists only version `5.2`'s components, and of version `5.0`'s own only the one that notices about it name:",
		"Which of its other components need attention is not stated here. The SBOM is available to customers on request. Customers obtain")
	kindtest.SaysNone(t, page, lifecycle, unqualifiedNoList)
	doc := read(csd)
	kindtest.SaysAll(t, csd, section(t, doc, "### 5.2 Components that need attention", "### 5.3"),
		"Version `5.0` has no component list of its own in the product data, which lists version `5.2`'s components. Of version `5.0`'s own components, it states only the one that notices about it name:",
		"for comparison only. The SBOM is available to customers on request, as [5. Software bill of materials](#5-software-bill-of-materials) says.")
	kindtest.SaysNone(t, csd, doc, unqualifiedNoList)
}
