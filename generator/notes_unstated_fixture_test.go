package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDialysisfleetUnstatedNotes: dialysisfleet's MDS2 notes 2 (logging),
// 5 (SBOM) and 4 (remote-service sessions) say only that the answer is
// not stated (unstated = true), though their text does not begin "Not
// stated". The CSD and the plan sent readers to them as if they answered
// ("See the MDS2 form", "answers in a note whether", "not stated beyond
// the MDS2 form's answers"); they now say the facts are not stated.
func TestDialysisfleetUnstatedNotes(t *testing.T) {
	site := buildFixture(t, "dialysisfleet")
	csd := site("dx5/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Security logging to a SIEM | Not stated |",
		"| Software bill of materials | Not stated |",
		"| Users at the customer can see that a session is active | Not stated |",
		"Which security events the product records is not stated.\n")
	kindtest.SaysNone(t, "csd.md", csd, "See the MDS2 form", "records is not stated beyond", "(see its notes)")
	plan := site("dx5/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Users at the customer can see that a session is active | Not stated |",
		"sends Veridane Renal Systems, Inc. data about its own working for maintenance (telemetry) is not stated.")
	kindtest.SaysNone(t, "security-plan.md", plan, "See the MDS2 form", "answers in a note whether")
}

// TestTeleicuRemoteServicePartsWarning: teleicu's documents say which of
// its parts the remote service reaches is not stated (no device part, so
// remote_service.parts draws no warning of its own); the warning about
// the missing port named only the port as the remedy, and now names
// remote_service.parts too.
func TestTeleicuRemoteServicePartsWarning(t *testing.T) {
	_, res := buildFixtureEdited(t, "teleicu", "", nil)
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "list the port that carries it") {
			if !strings.Contains(d.Message, "which of its parts it reaches is not stated") || !strings.HasSuffix(d.Message, "list the port that carries it, and write remote_service.parts") {
				t.Errorf("the warning does not ask for remote_service.parts: %s", d.Message)
			}
			return
		}
	}
	t.Error("no warning asks for the remote-service port")
}
