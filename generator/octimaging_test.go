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
		"| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that an end-of-life or end-of-support notice about the version states (what such a notice covers: [11.2 Notice commitments](#11-2-notice-commitments)). | 4.2 (security updates stopped on 2026-10-13; remaining maintenance as notice AUR-LUM-EOS-42, issued 2025-06-30, states it) |",
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
		"| 4.2 | LUMIS-1 | Support (security updates stopped on 2026-10-13) | End of life (date not announced), or end of support, 2027-06-30 |")
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

// TestOCTWindowsExtendedSecurityUpdates: 4.2's Windows 10 Pro lost
// Microsoft's support on 2025-10-14 and received Extended Security
// Updates until 2026-10-13. The component could state one date only, so
// the CSD, the lifecycle page and the notice gave 2026-10-13 as the end
// of supplier support, which Microsoft's own lifecycle page contradicts.
// They now give both dates; inside the extended period the CSD says the
// component still receives security fixes and judges it by their end.
func TestOCTWindowsExtendedSecurityUpdates(t *testing.T) {
	read := buildFixture(t, "octimaging")
	kindtest.SaysAll(t, "4.2/csd.md", read("lumis-oct/4.2/csd.md"),
		"| Windows 10 Pro | 22H2 | No longer maintained | 2025-10-14; extended security updates ended on 2026-10-13 | Yes (its support has ended) |",
		"| Windows 10 Pro | 22H2 | Microsoft | No longer maintained | 2025-10-14; extended security updates ended on 2026-10-13. Policy:")
	kindtest.SaysAll(t, "lifecycle.md", read("lumis-oct/lifecycle.md"),
		"| Windows 10 Pro | 22H2 | No longer maintained | 2025-10-14; extended security updates ended on 2026-10-13 | Yes (its support has ended) |")
	kindtest.SaysAll(t, "notices/eos-4.2.md", read("lumis-oct/notices/eos-4.2.md"),
		"| Windows 10 Pro | 22H2 | Microsoft | No longer maintained from 2025-10-14 | 2025-10-14; extended security updates until 2026-10-13 |")
	kindtest.SaysAll(t, "lumis-4.2.annotated.cdx.json", read("lumis-oct/lumis-4.2.annotated.cdx.json"),
		`"name": "jspgen:support:extendedUntil",`)

	// The documents dated inside the extended period.
	files, _ := buildFixtureEdited(t, "octimaging", "lumis-oct.toml", func(s string) string {
		return strings.NewReplacer("2026-12-03", "2026-03-01", "2026-11-26", "2026-02-20").Replace(s)
	})
	kindtest.SaysAll(t, "4.2/csd.md", files["lumis-oct/4.2/csd.md"],
		"Supplier support has ended for one component that still receives security fixes under extended security updates that reach every customer; it is judged by the end of those.",
		"| Windows 10 Pro | 22H2 | No longer maintained | 2025-10-14; extended security updates until 2026-10-13 | Yes |")
	kindtest.SaysNoneBecause(t, "4.2/csd.md", files["lumis-oct/4.2/csd.md"],
		"Microsoft no longer maintains it since 2025-10-14, though fixes continue", "only from an end of supplier support after this document's date")
}
