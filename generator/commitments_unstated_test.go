package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCommitmentsAndUpdateFactsUnstated: end_of_life.commitments and
// updates.identification, notification and integrity are optional. Left
// out, the CSD says once that each is not stated (never an empty heading,
// never "is not stated. Not stated."), the plan says so after the notice
// promised, and the lifecycle page's commitments section gives the notice
// alone, with no bare paragraph.
func TestCommitmentsAndUpdateFactsUnstated(t *testing.T) {
	// noDouble: nowhere "not stated. Not stated.", and in the CSD's
	// sections 6 and 13 and the lifecycle page's commitments neither a
	// bare "Not stated." paragraph nor a bold heading followed by nothing.
	noDouble := func(doc, text string) {
		t.Helper()
		kindtest.SaysNoneBecause(t, doc, text, "an unwritten key is said once to be not stated", "not stated. Not stated.")
		for _, sec := range [][2]string{{"\n## 6. ", "\n## 7. "}, {"\n## 13. ", "\n## 14. "}} {
			i := strings.Index(text, sec[0])
			if i < 0 {
				continue
			}
			part := text[i:]
			if j := strings.Index(part, sec[1]); j >= 0 {
				part = part[:j]
			}
			kindtest.SaysNoneBecause(t, doc+" section "+strings.TrimSpace(sec[0]), part, "an unwritten key is said once to be not stated", "\n\nNot stated.\n", ".** \n")
		}
	}

	// The mobile X-ray unit states none of the four.
	read := buildFixture(t, "mobilexray")
	csd, life := read("mobile-dr2/csd.md"), read("mobile-dr2/lifecycle.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"How to identify the installed version, how users learn that an update exists and how the integrity and authenticity of an update are verified are not stated.",
		"The least notice Lumora Imaging GmbH gives before a version reaches end of support is not stated. What Lumora Imaging GmbH provides when a version reaches end of life or end of support is not stated.\n")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the three are not written", "**How to identify the installed version.**", "**How you learn that an update exists.**", "**How integrity and authenticity are verified.**")
	kindtest.SaysAll(t, "lifecycle.md", life, "## 6. Our commitments\n\nThe least notice Lumora Imaging GmbH gives before a version reaches end of support is not stated; IMDRF N70 recommends at least 24 months.\n\n## 7.")
	noDouble("csd.md", csd)
	noDouble("lifecycle.md", life)

	// The apheresis system states integrity only; the TMS system
	// integrity and how the update arrives (by post), not how users learn
	// of it.
	aph := buildFixture(t, "apheresis")("aph9/csd.md")
	kindtest.SaysAll(t, "apheresis csd.md", aph, "**How integrity and authenticity are verified.** Updates are signed.\n\nHow to identify the installed version and how users learn that an update exists are not stated.\n")
	noDouble("apheresis csd.md", aph)
	tms := buildFixture(t, "tmsairgap")("tms300/csd.md")
	kindtest.SaysAll(t, "tmsairgap csd.md", tms, "**How integrity and authenticity are verified.** Packages are signed; the installer verifies the signature.\n\nHow to identify the installed version and how users learn that an update exists are not stated.\n")
	noDouble("tmsairgap csd.md", tms)

	// The AED, with a security plan, its commitments and its update
	// integrity left out: the plan says the commitments are not stated,
	// and the CSD points to what the signing control says rather than
	// calling update verification simply not stated.
	files, res := buildFixtureEdited(t, "aed", "lifeguard.toml", func(s string) string {
		s = kindtest.Replace("commitments = \"Customers are told by e-mail and in ReadyNet, at least 24 months before a version's end of support.\"\n", "")(s)
		return kindtest.Replace("integrity = \"Firmware images are signed by Brightwell and verified by the AED before installation.\"\n", "")(s)
	})
	plan, aedCSD, aedLife := files["lifeguard/security-plan.md"], files["lifeguard/csd.md"], files["lifeguard/lifecycle.md"]
	kindtest.SaysAll(t, "aed security-plan.md", plan, "end of support. What Brightwell")
	kindtest.SaysAll(t, "aed csd.md", aedCSD, "How the integrity and authenticity of an update are verified is not stated beyond ", "What Brightwell")
	kindtest.SaysNoneBecause(t, "aed csd.md", aedCSD, "integrity is not written", "**How integrity and authenticity are verified.**")
	kindtest.SaysNoneBecause(t, "aed lifecycle.md", aedLife, "the commitments are not written", "e-mail and in ReadyNet, at least 24 months")
	for doc, text := range map[string]string{"aed security-plan.md": plan, "aed csd.md": aedCSD, "aed lifecycle.md": aedLife} {
		noDouble(doc, text)
	}
	var warned []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "end of life or end of support is not stated") || strings.Contains(d.Message, "how the integrity and authenticity of an update are verified is not stated") {
			warned = append(warned, d.Path)
		}
	}
	if strings.Join(warned, " ") != "updates end_of_life.commitments" && strings.Join(warned, " ") != "end_of_life.commitments updates" {
		t.Errorf("check warned at %v, want updates and end_of_life.commitments", warned)
	}
}
