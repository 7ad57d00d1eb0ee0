package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// psgsleepVerification is where the psgsleep fixture's [verification]
// ends, after which the tests below write a penetration test.
const psgsleepVerification = "results = \"SomnoTrack 7.2 release candidate: all 9 test cases passed.\"\n"

// psgsleepPlannedTest is a penetration test written as planned, with no
// dates, for SomnoTrack 7.2 (on the market since 2025-10-20, and 7.0
// since 2024-03-18, when the plan and the CSD are released on 2026-11-23).
const psgsleepPlannedTest = `
[verification.penetration_test]
tester = "An independent testing firm"
independence = "External firm with no role in development."
scope = "SomnoTrack 7.2."
planned = true
`

// TestPlanUnstatedPenTestAndSBOMProcess: the psgsleep fixture leaves the
// penetration test and suppliers.sbom_process unwritten, which the plan
// no longer refuses: the plan (5.2, 8.2, 8.3, 12) and the CSD (5, 15.2)
// say they are not stated, and check warns of each. Written, they are
// printed and not warned about; a test only planned while versions are
// on the market is warned about, unless a dated penetration activity
// records their testing.
func TestPlanUnstatedPenTestAndSBOMProcess(t *testing.T) {
	const plan, csd = "somnotrack/security-plan.md", "somnotrack/csd.md"
	warned := func(res *Result, path, start string) bool {
		for _, d := range res.Warnings {
			if d.Path == path && strings.HasPrefix(d.Message, start) {
				return true
			}
		}
		return false
	}
	const penUnstated = "not stated: the security plan (section 8.2, Penetration test) and the CSD (section 15.2, Security testing and certifications) say that whether an independent penetration test is performed or planned is not stated; add [verification.penetration_test]"
	const sbomUnstated = "not stated: the security plan (section 5.2, Software bill of materials) and the CSD (section 5, Software bill of materials) say that how the SBOM is produced and kept current is not stated; write sbom_process under [suppliers]"
	const plannedReleased = "the penetration test is planned, not yet performed, on 2026-11-23, the date of the security plan (VS-ST-SEC revision A, released then), yet versions 7.0 (generally available since 2024-03-18) and 7.2 (generally available since 2025-10-20) are on the market then"

	t.Run("left out", func(t *testing.T) {
		files, res := buildFixtureEdited(t, "psgsleep", "somnotrack.toml", func(s string) string { return s + "# as written\n" })
		kindtest.SaysAll(t, plan, files[plan],
			"### 5.2 Software bill of materials\n\nHow the SBOM is produced and kept current is not stated.\n",
			"### 8.2 Penetration test\n\nWhether an independent penetration test is performed or planned is not stated.\n",
			"Whether a penetration test was performed is not stated (see [8.2 Penetration test](#8-2-penetration-test)), so no finding of one is listed as deferred.",
			"[8.2 Penetration test](#8-2-penetration-test) (whether a penetration test was performed is not stated) |")
		kindtest.SaysAll(t, csd, files[csd],
			"## 5. Software bill of materials\n\nHow the SBOM is produced and kept current is not stated.\n",
			"Whether an independent penetration test is performed is not stated.")
		kindtest.SaysNone(t, plan, files[plan], "not yet performed", "**Tester.**")
		kindtest.SaysNone(t, csd, files[csd], "**Penetration test.**", "not yet performed")
		if !warned(res, "verification.penetration_test", penUnstated) {
			t.Errorf("no warning %q; got %v", penUnstated, res.Warnings)
		}
		if !warned(res, "suppliers.sbom_process", sbomUnstated) {
			t.Errorf("no warning %q; got %v", sbomUnstated, res.Warnings)
		}
	})

	t.Run("written, the test planned while versions are on the market", func(t *testing.T) {
		files, res := buildFixtureEdited(t, "psgsleep", "somnotrack.toml", func(s string) string {
			s = strings.Replace(s, "[suppliers]\n", "[suppliers]\nsbom_process = \"The build lists the third-party software of each release.\"\n", 1)
			return strings.Replace(s, psgsleepVerification, psgsleepVerification+psgsleepPlannedTest, 1)
		})
		kindtest.SaysAll(t, plan, files[plan],
			"### 5.2 Software bill of materials\n\nThe build lists the third-party software of each release.\n",
			"**Status.** Planned, and not yet performed on 23 November 2026")
		kindtest.SaysAll(t, csd, files[csd],
			"## 5. Software bill of materials\n\nThe build lists the third-party software of each release.\n",
			"**Penetration test.** Planned, and not yet performed on 23 November 2026.")
		kindtest.SaysNone(t, plan, files[plan], "How the SBOM is produced and kept current is not stated.", "is performed or planned is not stated")
		kindtest.SaysNone(t, csd, files[csd], "How the SBOM is produced and kept current is not stated.")
		if warned(res, "verification.penetration_test", "") || warned(res, "suppliers.sbom_process", "") {
			t.Errorf("a written key is warned about as not stated: %v", res.Warnings)
		}
		if !warned(res, "verification.penetration_test.planned", plannedReleased) {
			t.Errorf("no warning %q; got %v", plannedReleased, res.Warnings)
		}
	})

	t.Run("planned, with the released versions' testing recorded", func(t *testing.T) {
		_, res := buildFixtureEdited(t, "psgsleep", "somnotrack.toml", func(s string) string {
			return strings.Replace(s, psgsleepVerification, psgsleepVerification+`
[[verification.activities]]
id = "VA-02"
kind = "penetration"
title = "Penetration test of 7.2"
method = "Testing by an outside firm."
date = 2025-09-30
results = "No finding above 4.0."
`+psgsleepPlannedTest, 1)
		})
		if warned(res, "verification.penetration_test.planned", "") {
			t.Errorf("a planned test is warned about though the released versions' testing is recorded: %v", res.Warnings)
		}
	})
}
