package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNonusPlanTracesWhatItFollows: the bedside monitor is sold only in
// Japan, Canada and Australia. Its plan's 12 said only what it does not
// trace (524B, FDA guidance); it now names the framework of 1.7 and the
// guidance editions the plan follows, and says that no requirement of
// its markets is traced, claiming no conformity. A product marketed in
// the United States keeps its table.
func TestNonusPlanTracesWhatItFollows(t *testing.T) {
	const rel = "lumiq-bm7/security-plan.md"
	plan := buildFixture(t, "nonus")(rel)
	kindtest.SaysAll(t, rel, plan,
		"so this plan traces no requirement of section 524B of the FD&C Act or of FDA guidance. Sakuragawa Medical Electronics Co., Ltd. follows the framework named in [1.7 Secure product development framework](#1-7-secure-product-development-framework): JIS T 81001-5-1:2023.",
		" This plan is laid out to cover the guidance editions listed under [Guidance editions covered](#guidance-editions-covered): IMDRF N60: Principles and Practices for Medical Device Cybersecurity; IMDRF N70: Principles and Practices for the Cybersecurity of Legacy Medical Devices; HSCC Medical Device and Health IT Joint Security Plan, version 2 (JSP2).",
		" Beyond them, no requirement specific to the markets it is sold in (Japan, Canada and Australia) is traced in this revision.")
	kindtest.SaysNone(t, rel, plan, "conform", "complies", "PMDA requirement")

	const us = "rhythmtrace/security-plan.md"
	holter := buildFixture(t, "holter")(us)
	kindtest.SaysNone(t, us, holter, "Beyond them, no requirement specific to", "No requirement specific to")
}

// TestNonusCheckWarnsOfPolicyAndPaper: the site file states no disclosure
// policy and leaves paper out. check warns at the product, without
// section 524B, that its plan and CSD print the policy as not stated,
// and once at the site file that the PDFs are US Letter while no product
// is marketed in the United States. Neither warning comes where it does
// not apply: no plan or CSD built; markets that print on Letter.
func TestNonusCheckWarnsOfPolicyAndPaper(t *testing.T) {
	const (
		policy = "postmarket.cvd: the security plan and the CSD say it is not stated whether Sakuragawa Medical Electronics Co., Ltd. publishes a coordinated vulnerability disclosure policy: the site file states no manufacturer.cvd_policy_url ([postmarket.cvd] gives timelines only); if a policy is published, write its address there, or if none is, state manufacturer.cvd_policy = \"none_published\""
		paper  = `paper: not written, so the PDFs are US Letter (the default), but no product of the site is marketed in the United States, and A4 is the paper in Japan and Australia, among their markets: write paper = "a4" for A4, or paper = "letter" to keep Letter`
	)
	count := func(got, line string) int {
		n := 0
		for _, l := range strings.Split(got, "\n") {
			if l == line {
				n++
			}
		}
		return n
	}
	got := fixtureCheck(t, "nonus", "", nil)
	if count(got, policy) != 1 || count(got, paper) != 1 {
		t.Errorf("check does not warn once of the disclosure policy and once of the paper:\n%s", got)
	}
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "524B") {
			t.Errorf("check cites section 524B for a product not marketed in the United States: %s", l)
		}
	}

	// Neither the plan nor the CSD built: nothing prints the policy.
	got = fixtureCheck(t, "nonus", "lumiq-bm7.toml", kindtest.Replace(
		"\nbuild = [\"csd\", \"mds2\", \"security_plan\", \"risk_report\"]", "\nbuild = [\"risk_report\"]"))
	if count(got, policy) != 0 || count(got, paper) != 1 {
		t.Errorf("without plan and CSD, want the paper warning alone:\n%s", got)
	}

	// Sold in Canada alone, which prints on Letter.
	got = fixtureCheck(t, "nonus", "lumiq-bm7.toml", kindtest.Replace("\nmarkets = [\"jp\", \"ca\", \"au\"]", "\nmarkets = [\"ca\"]"))
	if count(got, paper) != 0 || count(got, policy) != 1 {
		t.Errorf("sold in Canada alone, want the policy warning alone:\n%s", got)
	}
}
