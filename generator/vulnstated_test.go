package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVulnsNotStatedPointToCompositionAnalysis: mobileapp writes neither
// vulnerabilities nor vex, but its verification activity VA-02 (kind
// composition_analysis) records a result. The CSD's 5.5 and the plan's
// 9.10 said only that known vulnerabilities are not stated, two sections
// from that result (REPORT-mobileapp 6). They still say not stated, never
// "none", and point to the activity's result in the testing section.
func TestVulnsNotStatedPointToCompositionAnalysis(t *testing.T) {
	read := buildMobileApp(t)
	csd := read("bolusguide/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Known vulnerabilities in the components of version 3.0.0 are not stated: the product data list none, nor do they say that none is known. For the result of the software composition analysis \"Library and release-pipeline check\", see [15.2 Security testing and certifications](#15-2-security-testing-and-certifications).",
	)
	plan := read("bolusguide/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Known vulnerabilities in the components of the product's versions are not stated: the product data list none, nor do they say that none is known. For the result of the software composition analysis (VA-02), see [8.1 Verification activities](#8-1-verification-activities).",
	)
	for name, doc := range map[string]string{"csd.md": csd, "security-plan.md": plan} {
		kindtest.SaysNoneBecause(t, name, doc, "no vulnerability listed is not no vulnerability",
			"records no known vulnerability",
		)
	}
}

// TestVulnsNotStatedCompositionAnalysisOfOtherVersion: a CSD of a version
// that is not the current one (alarmrelay's 5.1) points to the
// composition analysis too, and says, as its 15.2 does, that the testing
// is recorded for the product as a whole, not for that version.
func TestVulnsNotStatedCompositionAnalysisOfOtherVersion(t *testing.T) {
	files, _ := buildFixtureEdited(t, "alarmrelay", "alertbridge.toml", func(s string) string {
		const at = "[verification.penetration_test]"
		if !strings.Contains(s, at) {
			t.Fatal("alertbridge.toml has no [verification.penetration_test]")
		}
		return strings.Replace(s, at, `[[verification.activities]]
id = "VA-09"
kind = "composition_analysis"
title = "SBOM scan"
method = "The release SBOM checked against NVD."
date = 2025-07-01
results = "No open match above CVSS 7.0."

[[verification.activities]]
id = "VA-10"
kind = "composition_analysis"
title = "Binary scan"
method = "The firmware image scanned."
results = "No match."

`+at, 1)
	})
	csd := files["alertbridge/5.1/csd.md"]
	kindtest.SaysAll(t, "5.1/csd.md", csd,
		"Known vulnerabilities in the components of version 5.1 are not stated: the product data list none, nor do they say that none is known. For the result of the software composition analyses \"SBOM scan\" and \"Binary scan\", see [15.2 Security testing and certifications](#15-2-security-testing-and-certifications), which records them for the product as a whole, not for version `5.1`.",
	)
}
