package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSupportNoneLifecycleNotStatedIsNotNone: the lifecycle page said of
// a supported version that none of its components "has an announced end
// of supplier support" while the data leave that end unstated for some or
// all of them. Not stated is not none: the page now speaks of the
// components whose end is stated, and names (or counts) the others as not
// stated, as the CSD does (its 5.2).
func TestSupportNoneLifecycleNotStatedIsNotNone(t *testing.T) {
	for _, tc := range []struct {
		fixture, page string
		says          []string
	}{
		// every component's end unstated, the version's end announced
		{"webcalc", "paedidose/lifecycle.md", []string{
			"none is stated to be no longer maintained or abandoned by its supplier, and the end of supplier support of chartlite 2.1.0 is not stated, so whether it comes before the version's (2027-01-31) is not stated either.",
		}},
		// the version's end not announced, none promised
		{"cathlab", "hemorec/lifecycle.md", []string{
			"none is stated to be no longer maintained or abandoned by its supplier, the end of supplier support of Windows 11 IoT Enterprise LTSC 2024 is not stated, and the version's end of support is not announced",
		}},
		// the version's end not announced, a notice period promised
		{"webcalc", "paedidose/lifecycle.md", []string{
			"the end of supplier support of chartlite 2.2.0 is not stated, so whether it comes on or before 2027-11-20 is not stated either: the version's end of support is not announced",
		}},
		// some components' end stated, the others' not
		{"anaesthesia", "aw500/lifecycle.md", []string{
			"none of those whose end of supplier support is stated has an announced end of supplier support before the version's (2032-01-13). The end of supplier support of 4 components is not stated.",
		}},
	} {
		md := buildFixture(t, tc.fixture)(tc.page)
		kindtest.SaysAll(t, tc.fixture+"/"+tc.page, md, tc.says...)
		kindtest.SaysNone(t, tc.fixture+"/"+tc.page, md, "and none has an announced end of supplier support", ", none has an announced end of supplier support")
	}
}

// TestSupportNoneGuidanceHeadingCovered: the guidance section's body says
// the document "is laid out to cover the editions below", which is less
// than following them; its heading said "followed". It now says
// "covered", and the security plan's link to it follows.
func TestSupportNoneGuidanceHeadingCovered(t *testing.T) {
	site := buildFixture(t, "nonus")
	for _, rel := range []string{"lumiq-bm7/csd.md", "lumiq-bm7/security-plan.md"} {
		md := site(rel)
		kindtest.SaysAll(t, rel, md, "## Guidance editions covered\n")
		kindtest.SaysNone(t, rel, md, "Guidance editions followed", "guidance-editions-followed")
	}
	kindtest.SaysAll(t, "lumiq-bm7/security-plan.md", site("lumiq-bm7/security-plan.md"), "[Guidance editions covered](#guidance-editions-covered)")
}
