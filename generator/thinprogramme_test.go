package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestThinProgrammeClaimsNoPSIRTOrPolicy: testdata/thinprogramme is a
// small manufacturer whose site file states a security contact e-mail
// and nothing else. Its plan, CSD and lifecycle page must name no PSIRT
// (no empty "Product security incident response" row), say the
// disclosure policy is not stated rather than print an empty cell, and
// never say reports are handled under a published policy.
func TestThinProgrammeClaimsNoPSIRTOrPolicy(t *testing.T) {
	site := buildFixture(t, "thinprogramme")
	const contact = "| Report a suspected vulnerability or incident | Security contact | security@brightfin.example |"
	const policy = "| Coordinated vulnerability disclosure policy | Brightfin Medical Ltd | Not stated |"
	for _, rel := range []string{"pulsering/security-plan.md", "pulsering/csd.md", "pulsering/lifecycle.md"} {
		md := site(rel)
		kindtest.SaysAll(t, rel, md, contact, policy)
		kindtest.SaysNone(t, rel, md, "Product security incident response", "| Brightfin Medical Ltd |  |",
			"under its published coordinated vulnerability disclosure policy",
			"under its coordinated vulnerability disclosure policy")
	}
	kindtest.SaysAll(t, "security-plan.md", site("pulsering/security-plan.md"),
		"Anyone may report a suspected vulnerability to the contacts below. Whether Brightfin Medical Ltd publishes a coordinated vulnerability disclosure policy is not stated.")
	kindtest.SaysAll(t, "csd.md", site("pulsering/csd.md"),
		"Brightfin Medical Ltd acknowledges a report within 5 calendar days, shares an initial assessment within 30 calendar days and targets coordinated public disclosure 90 calendar days after the report.\n")
}

// TestThinProgrammeLifecycleSinglesOutOnlyAssessedComponents: without an
// SBOM file the product's [[components]] entries are its component list
// and, where they state a support level, an end of support or why none is
// published, the manufacturer's own assessment of it, which the CSD labels
// "Annotation" (all three here). The lifecycle page said "1 of the 3",
// counting only OkHttp's stated level, beside a CSD whose source column
// gives all three as the manufacturer's; it now lists the three, and a
// component whose level is unstated shows why no end is published, never
// "Not assessed". The opening sentence counts OkHttp as assessed and says
// that the other two state only why no end is known.
func TestThinProgrammeLifecycleSinglesOutOnlyAssessedComponents(t *testing.T) {
	lc := buildFixture(t, "thinprogramme")("pulsering/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"Brightfin Medical Ltd states its own assessment of the support of 1 of the 3 components listed for version `1.0.0`; for 2 others, it states only why their end of supplier support is not known.",
		"| OkHttp | 4.12.0 | Actively maintained | Not stated |",
		"| Alamofire | 5.9.1 | Not stated | The maintainers publish no end of support. |")
	kindtest.SaysNone(t, "lifecycle.md", lc, "components listed for version `1.0.0`.", "Not assessed")
}
