package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSBOMRowsOtherVersionListed: BleedAlert 2.4 lists no component
// but 2.3 does, and the plan's 5.3 sends the reader to the lifecycle
// page for its list; the section 12 SBOM rows said "neither an SBOM file
// nor the software components are stated", true of 2.4 only. They now say
// so of 2.4 and name where 2.3's list is (not 5.3, which does not hold it). The cloud SaMD, whose versions list none, keeps the
// plain sentence.
func TestPlanSBOMRowsOtherVersionListed(t *testing.T) {
	plan := buildFixture(t, "k8sai")("bleedalert/security-plan.md")
	const says = "Not addressed for version `2.4`, which this plan describes: neither an SBOM file nor the software components of that version are stated; version `2.3` has a component list of its own, given on the [lifecycle page](lifecycle.html) |"
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Software bill of materials | FD&C Act 524B(b)(3) | "+says,
		"| SBOM with support level and end of support of each component | FDA premarket guidance | "+says)
	kindtest.SaysNone(t, "security-plan.md", plan, "Not addressed: neither an SBOM file nor the software components are stated")

	other := buildFixture(t, "cloudsamd")("lumentriage/security-plan.md")
	kindtest.SaysAll(t, "cloudsamd security-plan.md", other,
		"| Software bill of materials | FD&C Act 524B(b)(3) | Not addressed: neither an SBOM file nor the software components are stated |")
	kindtest.SaysNone(t, "cloudsamd security-plan.md", other, "Not addressed for version")
}

// TestPlanNoVersionListsComponents: no GlucoDock version lists its
// components, and 5.3 said 3.1 "is not covered by this section; … the
// product data gives it no component list of its own", as if 3.2 were
// covered and had one. It now says 3.1 has none either. BleedAlert,
// whose 2.3 has a list, keeps the pointer to the lifecycle page.
func TestPlanNoVersionListsComponents(t *testing.T) {
	plan := buildFixture(t, "glucosedock")("glucodock/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The software components and their support are not stated.\n\nVersion `3.1`, also supported on 9 November 2026, has no component list in the product data either.\n")
	kindtest.SaysNone(t, "security-plan.md", plan, "is not covered by this section", "no component list of its own")

	other := buildFixture(t, "k8sai")("bleedalert/security-plan.md")
	kindtest.SaysAll(t, "k8sai security-plan.md", other,
		"Version `2.3`, also supported on 16 November 2026, is not covered by this section; the [lifecycle page](lifecycle.html) takes every supported version's components in turn.")
	kindtest.SaysNone(t, "k8sai security-plan.md", other, "in the product data either")
}

// TestCSDUpdateIntegrityBesideFlows: without [updates], GlucoDock's CSD
// section 6 said how an update is protected "is stated for data flows
// DF-03, DF-04", whose protection is HL7 with TLS off as shipped and a
// USB link: the fact that integrity and authenticity checks are not
// stated was lost. It now says they are not stated beyond what 2.1 gives
// for those flows.
func TestCSDUpdateIntegrityBesideFlows(t *testing.T) {
	for _, rel := range []string{"glucodock/csd.md", "glucodock/3.1/csd.md"} {
		csd := buildFixture(t, "glucosedock")(rel)
		kindtest.SaysAll(t, rel, csd,
			"How the integrity and authenticity of an update are verified is not stated beyond the protection that [2.1 Data in transit](#2-1-data-in-transit) gives for data flows DF-03, DF-04, which carry updates.")
		kindtest.SaysNone(t, rel, csd, "How an update is protected on its way", "is stated for data flow")
	}
}

// TestDataAtRestEncryptionUnstated: the meter keeps up to 2,000 results
// with patient IDs and encrypted is not written; the data-at-rest table
// printed the access control alone. It now says encryption at rest is
// not stated, and says "Encrypted at rest." instead once encrypted is
// written.
func TestDataAtRestEncryptionUnstated(t *testing.T) {
	const row = "| Result memory (model GM-30 only) | GM-30 meter (on the device) | PHI, PII | Internal memory of the meter | Shown on the meter only to a signed-in operator."
	for _, rel := range []string{"glucodock/csd.md", "glucodock/security-plan.md"} {
		kindtest.SaysAll(t, rel, buildFixture(t, "glucosedock")(rel), row+" Whether it is encrypted at rest is not stated. |")
	}
	files, _ := buildFixtureEdited(t, "glucosedock", "glucodock.toml", func(s string) string {
		return strings.Replace(s, "protection = \"Shown on the meter only to a signed-in operator.\"\n",
			"protection = \"Shown on the meter only to a signed-in operator.\"\nencrypted = true\n", 1)
	})
	csd := files["glucodock/csd.md"]
	kindtest.SaysAll(t, "csd.md with encrypted = true", csd, row+" Encrypted at rest. |")
	kindtest.SaysNone(t, "csd.md with encrypted = true", csd, "operator. Whether it is encrypted at rest is not stated.")
}

// TestDiagramsWarningLinkedView: GlucoDock states no [[diagrams]], and
// check said "FDA labeling item 2 … is empty" while the CSD links the
// plan's global system view. Built with the plan, it is incomplete and
// says what the CSD links; built without it, empty.
func TestDiagramsWarningLinkedView(t *testing.T) {
	got := fixtureCheck(t, "glucosedock", "glucodock.toml", nil)
	kindtest.SaysAll(t, "check", got,
		"diagrams: CSD: FDA labeling item 2 (Network and data-flow diagrams) is incomplete: add [[diagrams]]; the CSD has no diagram of its own, at most a link to the security plan's global system view where that document describes the CSD's version")
	kindtest.SaysNone(t, "check", got, "(Network and data-flow diagrams) is empty")

	noPlan := fixtureCheck(t, "glucosedock", "glucodock.toml", func(s string) string {
		return strings.Replace(s, `build = ["csd", "mds2", "lifecycle", "security_plan"]`, `build = ["csd", "lifecycle"]`, 1)
	})
	kindtest.SaysAll(t, "check without the plan", noPlan,
		"diagrams: CSD: FDA labeling item 2 (Network and data-flow diagrams) is empty: add [[diagrams]]\n")
}
