package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDComponentSupportSaysNotAnnounced: a version whose end of support
// is not yet announced, of a product that promises no notice before one
// (ecgsdk writes no end_of_life.notice_months), was "not announced" in
// the CSD's key facts and "not stated" in section 5.2 beside it; both now
// say it is not announced.
func TestCSDComponentSupportSaysNotAnnounced(t *testing.T) {
	csd := buildFixture(t, "ecgsdk")("rhythmcore/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Current version and end of support | 5.1 | End of support not announced.",
		"Version `5.1`'s end of support is not announced, so no component's end of support is compared with it.")
	kindtest.SaysNone(t, "csd.md", csd, "end of support is not stated, so no component")
}
