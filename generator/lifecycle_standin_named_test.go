package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleStandInNamedByNotice: on modelfamily's lifecycle page,
// 5.0 and 5.1 have no component list of their own, and section 4 said
// which of their components need attention "is not stated here", though
// the end-of-life notice about each alone names Linux kernel 5.15.160,
// whose support ends a year before theirs. The page now judges the
// kernel as theirs and says only their other components are not stated;
// without the component in 5.0's notice (TV-EOS-300T, about both
// versions, decides neither) it says again that none is stated.
func TestLifecycleStandInNamedByNotice(t *testing.T) {
	const page = "tv300/lifecycle.md"
	text := section(t, buildFixture(t, "modelfamily")(page), "## 4. Software component support", "## 5.")
	for _, tc := range []struct{ version, next, notice string }{{"5.0", "5.1", "TV-EOL-50"}, {"5.1", "5.2", "TV-EOL-300T"}} {
		v := "`" + tc.version + "`"
		kindtest.SaysAll(t, page, section(t, text, "### Version "+tc.version, "### Version "+tc.next),
			"Version "+v+" has no component list of its own in the product data, which lists only version `5.2`'s components, and of version "+v+"'s own only the one that notices about it name: Linux kernel 5.15.160 (notice "+tc.notice+"). Which of its other components need attention is not stated here.",
			"It needs attention; the version's own support ends on 2027-12-31. The [customer security documentation]("+tc.version+"/csd.html) of version "+v+" says what contingency is stated for it.",
			"| Linux kernel | 5.15.160 | Actively maintained | 2026-12-31 | Yes |")
	}
	kindtest.SaysNone(t, page, text, "TV-EOS-300T", "'s need attention is not stated here")

	files, _ := buildFixtureEdited(t, "modelfamily", "tv300.toml", withoutEOL50Kernel(t))
	text = section(t, files[page], "## 4. Software component support", "## 5.")
	kindtest.SaysAll(t, page+" (eol-5-0 names no component)", section(t, text, "### Version 5.0", "### Version 5.1"),
		"Version `5.0` has no component list of its own in the product data, which lists only version `5.2`'s components, so which of version `5.0`'s need attention is not stated here.")
	kindtest.SaysAll(t, page+" (eol-5-0 names no component)", section(t, text, "### Version 5.1", "### Version 5.2"),
		"only the one that notices about it name: Linux kernel 5.15.160 (notice TV-EOL-300T)")
}
