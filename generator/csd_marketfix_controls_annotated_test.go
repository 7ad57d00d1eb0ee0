package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The CSD faults found in review 62: a fix sent to every market though
// one does not have it yet, section 1 calling controls not stated while
// the document gives some, and an annotated SBOM copy said to carry
// support that no component of it has.

// marketFixRow is the 3.0 CSD's §5.5 row of CVE-2026-41007, fixed in
// 3.1, which reaches the European Union only on 1 June 2026.
const marketFixRow = "| Install DentaSense Imaging 3.1, which runs on .NET Runtime 8.0.20."

// marketWhere is what the security advisory and the VEX files add.
const marketWhere = "Orvella DentaSense 3.1 is available in the United States; in the European Union from 1 June 2026."

// TestCSDFixActionSaysWhereTheFixIsReleased: the CSD of 3.0 says where
// 3.1, the version it sends its readers to, is released, as the
// advisory and the VEX files do; the uncontrolled-risk paragraph's
// "Until software …" says it too; with 3.1 released everywhere at once
// the row is the remediation alone, as before.
func TestCSDFixActionSaysWhereTheFixIsReleased(t *testing.T) {
	const file = "dentasense.toml"
	const euRelease = `market_releases = [{ market = "eu", general_availability = 2026-06-01 }]`
	t.Run("the fixture", func(t *testing.T) {
		md := buildFixture(t, "marketsplit")("dentasense/3.0/csd.md")
		kindtest.SaysAll(t, "3.0/csd.md", md, marketFixRow+" "+marketWhere+" |")
	})
	t.Run("uncontrolled, with compensating controls", func(t *testing.T) {
		files, _ := buildFixtureEdited(t, "marketsplit", file, kindtest.Replace(
			"risk = \"controlled\"\nremediation = \"Install DentaSense Imaging 3.1",
			"risk = \"uncontrolled\"\ncompensating_controls = [\"Block TCP 5000 at the practice router.\"]\nremediation = \"Install DentaSense Imaging 3.1"))
		md := files["dentasense/3.0/csd.md"]
		kindtest.SaysAll(t, "3.0/csd.md", md,
			"**CVE-2026-41007 is an uncontrolled risk in this version.** ",
			marketWhere+" Until software `3.1`, which fixes it, is installed:\n\n- Block TCP 5000 at the practice router.")
	})
	t.Run("released everywhere at once", func(t *testing.T) {
		files, _ := buildFixtureEdited(t, "marketsplit", file, kindtest.Replace(euRelease, ""))
		md := files["dentasense/3.0/csd.md"]
		kindtest.SaysAll(t, "3.0/csd.md", md, marketFixRow+" |")
		kindtest.SaysNone(t, "3.0/csd.md", md, "is available in the United States")
	})
}

// TestCSDSection1NamesWhereCompensatingControlsAre: the legacy station
// states no [[recommended_controls]], but its CSD's §5.5 and both
// notices give compensating controls: section 1 says general controls
// are not stated and points there; a product with neither keeps the
// plain sentence.
func TestCSDSection1NamesWhereCompensatingControlsAre(t *testing.T) {
	const plain = "Which security controls are recommended for the use environment is not stated."
	section1 := func(md string) string {
		_, after, _ := strings.Cut(md, "## 1. ")
		before, _, _ := strings.Cut(after, "## 2. ")
		return before
	}
	got := section1(buildFixture(t, "legacy")("vigil-cs/csd.md"))
	kindtest.SaysAll(t, "legacy csd.md §1", got,
		"General security controls for the use environment are not stated. Compensating controls are given for known vulnerabilities in [5.5 Known vulnerabilities and their status](#5-5-known-vulnerabilities-and-their-status) and by the notices ",
		"(notices/eol-2-6.html)", "(notices/eos-2-6.html)")
	kindtest.SaysNone(t, "legacy csd.md §1", got, plain)

	got = section1(buildFixture(t, "wearable")("glucowear/csd.md"))
	kindtest.SaysAll(t, "wearable csd.md §1", got, plain)
	kindtest.SaysNone(t, "wearable csd.md §1", got, "Compensating controls")
}

// TestAnnotatedSBOMOnlyWithSupportFacts: no component of the healthit
// SBOM has a support fact, so no annotated copy is built, and neither
// the CSD, the plan nor the product page names one; the CSD says why.
// A product whose components state their support keeps its copies, and
// the documents name them.
func TestAnnotatedSBOMOnlyWithSupportFacts(t *testing.T) {
	const annotated = "resultroute-6.0.cdx.annotated.json"
	read := buildFixture(t, "healthit")
	builtFixtures.Lock()
	_, built := builtFixtures.sites["healthit"]["resultroute/"+annotated]
	builtFixtures.Unlock()
	if built {
		t.Errorf("%s is built, though no component of its SBOM states its support", annotated)
	}
	for _, f := range []string{"resultroute/csd.md", "resultroute/security-plan.md", "resultroute/index.html", "index.html"} {
		kindtest.SaysNone(t, f, read(f), annotated, "support per component", "support properties added")
	}
	kindtest.SaysAll(t, "healthit csd.md", read("resultroute/csd.md"),
		"No component of `resultroute-6.0.cdx.json` has its support stated, so no copy of it with support properties is published.")

	ms := buildFixture(t, "marketsplit")
	const kept = "imaging-3.1.cdx.annotated.json"
	for _, f := range []string{"dentasense/csd.md", "dentasense/security-plan.md", "dentasense/index.html"} {
		kindtest.SaysAll(t, f, ms(f), kept)
	}
	kindtest.SaysAll(t, "marketsplit csd.md", ms("dentasense/csd.md"), "Beside each, a copy in CycloneDX JSON adds every component's support")
	kindtest.SaysAll(t, "marketsplit security-plan.md", ms("dentasense/security-plan.md"), "`"+kept+"`, a copy of the SBOM with support properties added.")
	if !strings.Contains(ms("dentasense/"+kept), "jspgen:support:") {
		t.Errorf("%s carries no support property", kept)
	}
}
