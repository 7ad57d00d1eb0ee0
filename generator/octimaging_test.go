package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/octimaging is an OCT system for eye clinics, the Aurelia Lumis
// (its product file's header says what it holds): version 4.2 is
// supported until 2027-06-30, but its end-of-support notice stops its
// security updates on 2026-10-13, when the Windows 10 Extended Security
// Updates ended; the site speaks as of 2026-12-03.

// TestOCTPlanTimelinesLeaveOutVersionWithoutUpdates: the plan's patch
// timelines (a regular fix within 30 days) were given for every version,
// and its stage table said 4.2 gets the support of its stage, while the
// plan's own notice list holds the notice that stopped 4.2's security
// updates; the CSD of 4.2 already said so.
func TestOCTPlanTimelinesLeaveOutVersionWithoutUpdates(t *testing.T) {
	read := buildFixture(t, "octimaging")
	plan := read("lumis-oct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Security updates for version `4.2` stopped on 13 October 2026, as notice AUR-LUM-EOS-42 states, before its end of support: these commitments are not for version `4.2`.",
		"| Limited Support | End of life | No longer sold; support is limited to the commitments of [11.2 Notice commitments](#11-2-notice-commitments). | 4.2 (security updates stopped on 2026-10-13) |",
		"| Support | General availability | Released and supported with security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines). | 5.0 |")
	kindtest.SaysAll(t, "lifecycle.md", read("lumis-oct/lifecycle.md"),
		"| 4.2 | LUMIS-1 | Limited Support (security updates stopped on 2026-10-13) | End of support, 2027-06-30 |",
		"| 5.0 | LUMIS-1 | Support | Not announced |")
	kindtest.SaysAll(t, "4.2/csd.md", read("lumis-oct/4.2/csd.md"),
		"Security updates for version `4.2` stopped on 13 October 2026, as notice AUR-LUM-EOS-42 states")
}

// TestOCTSupportStageWithoutUpdates: with no end of life written, 4.2 is
// in the Support stage, which the plan and the lifecycle page describe as
// supported with security updates (on the plan's timelines); they put
// 4.2 there with no word that its updates stopped. check warns about the
// stage, but the documents must be true without it.
func TestOCTSupportStageWithoutUpdates(t *testing.T) {
	files, _ := buildFixtureEdited(t, "octimaging", "lumis-oct.toml", func(s string) string {
		return strings.Replace(s, "end_of_life = 2026-10-13\n", "", 1)
	})
	kindtest.SaysAll(t, "security-plan.md", files["lumis-oct/security-plan.md"],
		"| Support | General availability | Released and supported with security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines). | 4.2 (security updates stopped on 2026-10-13), 5.0 |",
		"these commitments are not for version `4.2`.")
	kindtest.SaysAll(t, "lifecycle.md", files["lumis-oct/lifecycle.md"],
		"| 4.2 | LUMIS-1 | Support (security updates stopped on 2026-10-13) | End of support, 2027-06-30 |")
}

// TestOCTRemoteServiceConnectionNamesNoDestination: the screen-sharing
// session goes out to the tool maker's relay (*.remoteassist.example),
// not to Aurelia; the CSD said the connection is opened "out to Aurelia
// Ophthalmics GmbH", which a network team would turn into a firewall
// rule to the wrong place. connection = "outbound" says only that
// nothing listens for the manufacturer.
func TestOCTRemoteServiceConnectionNamesNoDestination(t *testing.T) {
	read := buildFixture(t, "octimaging")
	for _, rel := range []string{"lumis-oct/csd.md", "lumis-oct/4.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| How the connection is opened | Opened from the hospital's side, outward; nothing on the hospital's side listens for Aurelia Ophthalmics GmbH, whose staff then work on the device through that connection |",
			"| 4 | Allow | Lumis acquisition PC | \\*.remoteassist.example | 443/TCP |")
		kindtest.SaysNone(t, rel, csd, "out to Aurelia")
	}
	plan := read("lumis-oct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| How the connection is opened | Outbound: opened from the customer's side; nothing there listens for Aurelia Ophthalmics GmbH |")
	kindtest.SaysNone(t, "security-plan.md", plan, "side to Aurelia")
}
