package generator

import (
	"strings"
	"testing"
)

// TestCSDKeyFactSaysWhenEndOfSupportIsNotStated: the key facts' row on
// the version and its end of support says when the end of support is not
// stated, for a released version and for one in development, instead of
// giving the version alone beside the question (the wearable's and the
// implant's current versions state none); a stated one is given as
// before, followed by the limited support a version is in since its end
// of life (the implant's 5.0, past its end of life). A released version's unannounced end is bounded by the notice
// promised (content.Product.SupportOutlasts), which the row gives.
func TestCSDKeyFactSaysWhenEndOfSupportIsNotStated(t *testing.T) {
	planned, _ := buildFixtureEdited(t, "wearable", "glucowear.toml", func(s string) string {
		// released on 2025-03-03, the CSD is about a version not yet available
		return strings.Replace(s, "general_availability = 2025-03-03", "general_availability = 2025-06-02", 1)
	})
	for _, c := range []struct {
		name, doc, want string
	}{
		{"released, not announced", buildWearable(t)("glucowear/csd.md"), "| Current version and end of support | 1.4.0 | End of support not announced; no earlier than 2027-03-03, with 24 months' notice promised. [13."},
		{"current of several, not announced", buildImplant(t)("cardiorhythm/csd.md"), "| Current version and end of support | 6.0 | End of support not announced; no earlier than 2027-09-15, with 24 months' notice promised. [13."},
		{"older version, stated", buildImplant(t)("cardiorhythm/5.0/csd.md"), "| Version and end of support | 5.0 | Supported until 2027-09-30; in limited support since its end of life on 2025-09-15. Security updates stopped on 2025-09-15 (notice CV-AUR-EOS-50)."},
		{"in development, not stated", planned["glucowear/csd.md"], "| Version and end of support | 1.4.0 (in development) | General availability planned for 2025-06-02. End of support not stated. [13."},
	} {
		if !strings.Contains(c.doc, c.want) {
			t.Errorf("%s: the CSD lacks %q", c.name, c.want)
		}
	}
}
