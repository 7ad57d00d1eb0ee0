package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/premarket is the Nerova PCA-1, a hospital PCA pump whose maker
// is preparing its first premarket submission: the only version, 1.0, is
// in development on the site's as-of date (general availability planned
// for 2027-03-01), and a known Mbed TLS vulnerability was assessed before
// release (its product file's header says what it holds).

// TestPremarketNothingIsReleased: with no version generally available, no
// document names a current version, a supported version or a released
// update; each says 1.0 is in development and when it is planned.
func TestPremarketNothingIsReleased(t *testing.T) {
	read := buildFixture(t, "premarket")
	kindtest.SaysAll(t, "pca1/lifecycle.md", read("pca1/lifecycle.md"),
		"No software version is generally available yet.",
		"| 1.0 | PCA-1 | Development | General availability, 2027-03-01 |",
		"No version is supported on 20 August 2026 (released, not withdrawn and before its end of support)")
	kindtest.SaysAll(t, "pca1/lifecycle.json", read("pca1/lifecycle.json"), `"current_stage": "Development"`)
	kindtest.SaysNone(t, "pca1/lifecycle.json", read("pca1/lifecycle.json"), `"current_version"`)
	csd := read("pca1/csd.md")
	kindtest.SaysAll(t, "pca1/csd.md", csd,
		"| Version and end of support | 1.0 (in development) | General availability planned for 2027-03-01.",
		"This document is about version `1.0`, in development: its general availability is planned for **1 March 2027**.")
	kindtest.SaysNone(t, "pca1/csd.md", csd, "current version", "Supported versions", "1.0 (current)")
	plan := read("pca1/security-plan.md")
	kindtest.SaysAll(t, "pca1/security-plan.md", plan,
		"On 20 August 2026 no version is generally available yet.",
		"| Regular release cadence | Every six months. Releases of the versions the product data lists: none yet. |",
		"| Development | Before general availability | No units in clinical use. | 1.0 |")
	kindtest.SaysAll(t, "pca1/mds2.md", read("pca1/mds2.md"),
		"| JSP-VER\\* | Which software versions of the device does this form cover? | 1.0 (planned general availability 2027-03-01) |")
	for _, page := range []string{"index.html", "pca1/index.html"} {
		kindtest.SaysAll(t, page, read(page), "none released")
	}
}

// TestPremarketVulnerabilityBeforeRelease: CVE-2024-23170, found when the
// SBOM of 1.0 was first scanned, is affected with no fix version: no
// document or VEX file calls it fixed or a fix released.
func TestPremarketVulnerabilityBeforeRelease(t *testing.T) {
	read := buildFixture(t, "premarket")
	kindtest.SaysAll(t, "pca1/csd.md", read("pca1/csd.md"),
		"| CVE-2024-23170: Timing side channel in Mbed TLS RSA private operations | mbedtls 3.5.1 | Affected | 3.7 Low (v3.1) | Controlled |")
	kindtest.SaysAll(t, "pca1/security-plan.md", read("pca1/security-plan.md"),
		"| CVE-2024-23170 | 1.0 | mbedtls 3.5.1 | Affected | 3.7 Low (v3.1) | Not stated | Controlled | 2026-07-21 | – |")
	vex := read("pca1/vex-1.0.cdx.json")
	kindtest.SaysAll(t, "vex-1.0.cdx.json", vex, `"state": "exploitable"`, `"workaround_available"`)
	kindtest.SaysNone(t, "vex-1.0.cdx.json", vex, `"resolved"`, `"update"`)
	kindtest.SaysAll(t, "vex-1.0.openvex.json", read("pca1/vex-1.0.openvex.json"), `"status": "affected"`)
}

// TestRiskReportCountsComponentsWithEndOfSupport: the risk report's
// sentence under the support table agrees with its count: "1 of the 4
// components have" (premarket) and "0 of the 3 components have" (aed)
// read wrong.
func TestRiskReportCountsComponentsWithEndOfSupport(t *testing.T) {
	for _, c := range []struct{ fixture, rel, want, not string }{
		{"premarket", "pca1/risk-report.md", "1 of the 4 components has a stated end of support.", "1 of the 4 components have"},
		{"aed", "lifeguard/risk-report.md", "None of the 3 components has a stated end of support.", "0 of the 3 components"},
		{"ctscanner", "kestrel-ct/risk-report.md", "4 of the 7 components have a stated end of support.", "4 of the 7 components has"},
	} {
		md := buildFixture(t, c.fixture)(c.rel)
		kindtest.SaysAll(t, c.rel, md, c.want)
		kindtest.SaysNoneBecause(t, c.rel, md, "the verb agrees with the count", c.not)
	}
}
