package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentNoticeOffersNoUpgradeForItsComponentOnly: the CT
// scanner's plan (11.3) and lifecycle page said at End of Support "no
// upgrade is offered from version 6.1, the last version: replace or
// isolate the device", because its notice of .NET 6's end of support
// under 6.1 writes upgrade_paths = [] (the release that replaces .NET 6
// is still to come), while its CSD says the maker offers an upgrade to a
// supported version. A component's notice offers no path from itself;
// what is offered when the version's own support ends is for that
// version's end-of-life or end-of-support notice to say
// (Product.NoUpgradeNotice), and none says it here, so the stage gives
// the general advice. So for the analyzer's Windows 10 planning note; the
// same notice made 2.1.0's own end of support still rules the upgrade
// out (TestPlanEndOfSupportOffersNoUpgradeTheNoticeRulesOut).
func TestComponentNoticeOffersNoUpgradeForItsComponentOnly(t *testing.T) {
	for _, tc := range []struct{ fixture, product string }{
		{"ctscanner", "kestrel-ct"},
		{"analyzer", "corvane-ca600"},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			read := buildFixture(t, tc.fixture)
			plan, page := read(tc.product+"/security-plan.md"), read(tc.product+"/lifecycle.md")
			kindtest.SaysAll(t, "security-plan.md", plan, "should move to a supported version, or replace or isolate the device. |")
			kindtest.SaysAll(t, "lifecycle.md", page, "should move to a supported version, or replace or isolate the device. |")
			for name, doc := range map[string]string{"security-plan.md": plan, "lifecycle.md": page} {
				kindtest.SaysNoneBecause(t, name, doc, "only a component's notice writes upgrade_paths = []", "no upgrade is offered")
			}
		})
	}
}

// TestComponentNoticeSaysItOffersNoPath: the same notice of .NET 6's end
// of support said in its section 10 that the maker "offers no upgrade
// path for the affected devices: neither to another software version nor
// to a replacement product", which only a version's own end-of-life or
// end-of-support notice can say; it now says what the notice offers. The
// transferred line's end-of-life notice keeps the whole sentence
// (transferred_test.go).
func TestComponentNoticeSaysItOffersNoPath(t *testing.T) {
	notice := buildFixture(t, "ctscanner")("kestrel-ct/notices/eos-dotnet6.md")
	kindtest.SaysAll(t, "eos-dotnet6.md", notice, "## 10. Upgrade paths\n\nThis notice offers no upgrade path for the affected devices.\n")
	kindtest.SaysNoneBecause(t, "eos-dotnet6.md", notice, "a component's notice says nothing of the versions' upgrades", "neither to another software version nor to a replacement product")
}
