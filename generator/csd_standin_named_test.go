package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDStandInNamedByNotice: modelfamily's 5.0 and 5.1 have no
// component list of their own, but the end-of-life notice about each
// alone names Linux kernel 5.15.160, whose support ends a year before
// theirs. Their CSDs said which of their components need attention "is
// not stated"; section 5.2 now judges the kernel as theirs, with its
// notes and the contingency, and says only their other components are
// not stated. A notice about both versions (TV-EOS-300T) does not decide
// which of them the kernel is in: without the end-of-life notice's
// component, 5.0's CSD says again that none of its components is stated.
func TestCSDStandInNamedByNotice(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	for _, tc := range []struct{ version, notice string }{{"5.0", "TV-EOL-50"}, {"5.1", "TV-EOL-300T"}} {
		doc := "tv300/" + tc.version + "/csd.md"
		text := section(t, read(doc), "### 5.2 Components that need attention", "### 5.3")
		v := "`" + tc.version + "`"
		kindtest.SaysAll(t, doc, text,
			"Version "+v+" has no component list of its own in the product data, which lists version `5.2`'s components. Of version "+v+"'s own components, it states only the one that notices about it name: Linux kernel 5.15.160 (notice "+tc.notice+"). Which of its other components need attention is not stated",
			"The named components no longer maintained by their supplier, or whose supplier support has ended or ends before the end of support of version "+v+" (2027-12-31)",
			"| Linux kernel | 5.15.160 | Actively maintained | 2026-12-31 | Yes | Note: kernel.org's support of 5.15 ends a year before that of software 5.0 and 5.1",
			"**General contingency.**", "back-ports its security fixes until the version's end of support")
		kindtest.SaysNone(t, doc, text, "'s components need attention is not stated", "TV-EOS-300T")
	}

	files, _ := buildFixtureEdited(t, "modelfamily", "tv300.toml", withoutEOL50Kernel(t))
	text := section(t, files["tv300/5.0/csd.md"], "### 5.2 Components that need attention", "### 5.3")
	kindtest.SaysAll(t, "tv300/5.0/csd.md (eol-5-0 names no component)", text,
		"Version `5.0` has no component list of its own in the product data, which lists version `5.2`'s components, so which of version `5.0`'s components need attention is not stated.")
	kindtest.SaysNone(t, "tv300/5.0/csd.md (eol-5-0 names no component)", text, "| Linux kernel |", "named components")
	kindtest.SaysAll(t, "tv300/5.1/csd.md (eol-5-0 names no component)", files["tv300/5.1/csd.md"],
		"it states only the one that notices about it name: Linux kernel 5.15.160 (notice TV-EOL-300T)")

	// The end-of-support notice about 5.0 alone names the kernel too:
	// both notices are cited.
	files, _ = buildFixtureEdited(t, "modelfamily", "tv300.toml", func(s string) string {
		const both = "versions = [\"5.0\", \"5.1\"]\nmodels = [\"TV-300T\"]\n"
		if strings.Count(s, both) != 1 {
			t.Fatal("modelfamily: no notice about 5.0 and 5.1 on the TV-300T")
		}
		return strings.Replace(s, both, "versions = [\"5.0\"]\nmodels = [\"TV-300T\"]\n", 1)
	})
	kindtest.SaysAll(t, "tv300/5.0/csd.md (eos-tv300t about 5.0 alone)", files["tv300/5.0/csd.md"],
		"it states only the one that notices about it name: Linux kernel 5.15.160 (notices TV-EOL-50 and TV-EOS-300T)")
}

// withoutEOL50Kernel edits modelfamily's tv300.toml so that notice eol-5-0
// names no component: its kernel entry and the concern line after it go.
// The CSD's and the lifecycle page's stand-in tests both build it.
func withoutEOL50Kernel(t *testing.T) func(string) string {
	return func(s string) string {
		at := strings.Index(s, "id = \"eol-5-0\"")
		block := "[[notices.components]]\npurl = \"pkg:generic/linux@5.15.160\"\n"
		rel := strings.Index(s[at:], block)
		if at < 0 || rel < 0 {
			t.Fatal("modelfamily: notice eol-5-0 names no kernel component to take out")
		}
		start := at + rel
		end := start + len(block) + strings.Index(s[start+len(block):], "\n") + 1 // its concern line
		return s[:start] + s[end:]
	}
}
