package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// Review 84 of testdata/legacy, findings 7, 8, 10 and 13: every version
// of the Vigil central station is past its end of support.

// TestLegacyVEXAfterEndOfSupport: the CSD of a version past its end of
// support does not present its VEX files as kept up to date with
// vulnerabilities found later; it says a vulnerability found since the
// end of support may not have been assessed, so one the files do not
// list may still affect the version. A supported version keeps the old
// sentence (the example pump's golden CSD).
func TestLegacyVEXAfterEndOfSupport(t *testing.T) {
	csd := buildFixture(t, "legacy")("vigil-cs/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"state this version's vulnerabilities as Meridian Infusion Systems, Inc. had assessed them when the site was last published. Support for version `2.6.0` ended on 1 December 2025: a vulnerability found since then may not have been assessed for it, so one these files do not list may still affect it.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "2.6.0's support ended: the VEX files are not kept current for it",
		"which may include some found after this revision")
}

// TestLegacyPlanDataAtRestFromForm: with data_stores not written, the
// plan's data at rest gives the MDS2 form's answers about stored PII, as
// the CSD's section 2.2 does, not a bare "Not stated".
func TestLegacyPlanDataAtRestFromForm(t *testing.T) {
	read := buildFixture(t, "legacy")
	plan, csd := read("vigil-cs/security-plan.md"), read("vigil-cs/csd.md")
	const said = "Where the device stores data and how it is protected is not stated beyond the MDS2 form's answers about the device: it stores PII (MPII-2)"
	kindtest.SaysAll(t, "csd.md", csd, said)
	kindtest.SaysAll(t, "security-plan.md", plan, "### 6.5 Data at rest\n\n"+said)
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the MDS2 form answers what the device stores", "### 6.5 Data at rest\n\nNot stated.")
}

// TestLegacyLifecycleSupportRowKeepsItsDefinition: with no version
// supported, each part's patching (which here tells how the Windows
// updates stopped during support and that no update is made since the
// end of support) is not appended to the Support stage's definition,
// which promises security updates, but follows the stage table.
func TestLegacyLifecycleSupportRowKeepsItsDefinition(t *testing.T) {
	life := buildFixture(t, "legacy")("vigil-cs/lifecycle.md")
	row := lineWith(life, "| Support | General availability |")
	if row == "" {
		t.Fatal("lifecycle.md has no Support row")
	}
	if strings.Contains(row, "Patching of") {
		t.Errorf("the Support row carries the parts' patching, which contradicts its definition:\n%s", row)
	}
	kindtest.SaysAll(t, "lifecycle.md", life,
		"|\n\nHow the product's parts are patched, as Meridian Infusion Systems, Inc. states it: Patching of the Vigil central station: Meridian field service installed Vigil updates")
}

// TestLegacyCSDEndedWarningOnlyWithASupportedVersion: the warning about
// a CSD released for a version past its end of support suggests
// releasing it for a supported version; with no version supported (the
// legacy product) that cannot be done, and the warning says instead
// that the CSD stands as the record of an unsupported version. With a
// version supported
// on the as-of date (2.4.0 given a later end of support), it is still
// given.
func TestLegacyCSDEndedWarningOnlyWithASupportedVersion(t *testing.T) {
	const warned = "release it for a supported version"
	warns := func(res *Result) bool {
		for _, d := range res.Warnings {
			if strings.Contains(d.Message, warned) {
				return true
			}
		}
		return false
	}
	_, res := buildFixtureEdited(t, "legacy", "vigil-cs.toml", func(s string) string { return s + "\n# built as shipped\n" })
	if warns(res) {
		t.Errorf("no version of the legacy product is supported, yet the build warns %q", warned)
	}
	kept := false
	for _, d := range res.Warnings {
		kept = kept || d.Path == "documents.csd.release_date" && strings.Contains(d.Message, "describes version 2.6.0, whose support ended on 2025-12-01: it says so and promises no update for it; no version is supported on 2026-12-01, so it stands as the record of an unsupported one")
	}
	if !kept {
		t.Errorf("the warning that the CSD describes 2.6.0, past its end of support, is not given without its impossible remedy: %v", res.Warnings)
	}
	_, res = buildFixtureEdited(t, "legacy", "vigil-cs.toml", func(s string) string {
		const was = "end_of_life = 2021-12-31\nend_of_support = 2023-12-31"
		if !strings.Contains(s, was) {
			t.Fatalf("the legacy fixture lacks %q", was)
		}
		return strings.Replace(s, was, "end_of_life = 2021-12-31\nend_of_support = 2027-12-31", 1)
	})
	if !warns(res) {
		t.Errorf("version 3.0.0 is supported on the as-of date, yet the build does not warn %q", warned)
	}
}
