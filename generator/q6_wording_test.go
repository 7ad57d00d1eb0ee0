package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeNamesThePartThatConnectsFromAnyNetwork: the end-of-life
// notice's sentence on the part that connects from whatever network it is
// on names that part (the app), not "the part named below", which the
// reader took for the manufacturer-hosted Sync service whose table comes
// next.
func TestNoticeNamesThePartThatConnectsFromAnyNetwork(t *testing.T) {
	notice := buildMobileApp(t)("bolusguide/notices/eol-2.4.0.md")
	kindtest.SaysAll(t, "eol-2.4.0.md", notice,
		"Nothing needs to be opened on the user's home network for the product: the BolusGuide app connects from whatever network it is on and works only where that network allows its connections.")
	kindtest.SaysNone(t, "eol-2.4.0.md", notice, "named below")
}

// TestLifecyclePageSaysWhoseSupportTheAnnotatedComponentHas: the one
// annotated component of the CT scanner's current version has notes but
// no assessment of its support of the manufacturer's own; the page says
// so, without "annotates (not with its own assessment ...)".
func TestLifecyclePageSaysWhoseSupportTheAnnotatedComponentHas(t *testing.T) {
	life := buildCTScanner(t)("kestrel-ct/lifecycle.md")
	kindtest.SaysNone(t, "lifecycle.md", life, "annotates (not with its own assessment")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"the supplier support of the one component of version `6.1` that Halvorsen Medical Imaging AB annotates (its annotation gives no assessment of that support of the manufacturer's own: the support is the one the SBOM file, a support rule or a notice states)")
}
