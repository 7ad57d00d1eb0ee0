package generator

import (
	"strings"
	"testing"
)

// TestR4SmallDexalegacyNotice: dexalegacy (support ended for every
// version, end_of_life.notice_months not stated; a notice without
// revision or release date) says the least notice the manufacturer
// committed to, not one it gave, was not stated; and the notice's CSAF
// twin says the product data assign no revision or release date.
func TestR4SmallDexalegacyNotice(t *testing.T) {
	read := buildFixture(t, "dexalegacy")
	for _, rel := range []string{"dxa-9/lifecycle.md", "dxa-9/csd.md"} {
		md := read(rel)
		if !strings.Contains(md, "while versions were supported, the least notice Osteon") || !strings.Contains(md, "committed to give before a version reached end of support was not stated") {
			t.Errorf("%s does not say the committed least notice was not stated", rel)
		}
		if strings.Contains(md, "gave before a version reached end of support was not stated") {
			t.Errorf("%s still speaks of the notice given", rel)
		}
	}
	twin := read(".well-known/csaf/white/2016/dxa-9-eos-5-2.json")
	if !strings.Contains(twin, "The product data assign this notice no revision and no release date.") || !strings.Contains(twin, "issue date, 2016-12-01") {
		t.Errorf("the notice's CSAF twin does not say its revision and release date are not assigned:\n%s", twin)
	}
}
