package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanRemoteFormSeeNote: GlucoDock states no [remote_service] and its
// MDS2 form answers RMOT-1 and RMOT-2 See Note (note 4). The plan's §6.8
// said remote service and telemetry were not stated beside a form that
// answers them in a note; like RMOT-3's, it now points to the note. A
// blank with a note ({ note = 4 }) is no answer, and stays "not stated".
func TestPlanRemoteFormSeeNote(t *testing.T) {
	const (
		dock      = "the Corrino GlucoDock Point-of-Care Glucose System"
		rmot1     = "For whether " + dock + " allows remote service connections, the MDS2 form refers RMOT-1 to its note 4."
		rmot2     = "For whether " + dock + " sends data for predictive maintenance over a remote connection, the MDS2 form refers RMOT-2 to its note 4."
		service   = "Whether Corrino Diagnostics, Inc. services " + dock + " remotely is not stated in the product data."
		telemetry = "Whether " + dock + " sends Corrino Diagnostics, Inc. data about its own working for maintenance (telemetry) is not stated."
		doc       = "glucodock/security-plan.md"
	)
	plan := buildFixture(t, "glucosedock")(doc)
	kindtest.SaysAll(t, doc, plan, rmot1, rmot2)
	kindtest.SaysNone(t, doc, plan, service, telemetry)

	blank := func(s string) string {
		s = kindtest.Replace(`"RMOT-1" = { answer = "see_note", note = 4 }`, `"RMOT-1" = { note = 4 }`)(s)
		return kindtest.Replace(`"RMOT-2" = { answer = "see_note", note = 4 }`, `"RMOT-2" = { note = 4 }`)(s)
	}
	files, _ := buildFixtureEdited(t, "glucosedock", "glucodock.toml", blank)
	kindtest.SaysAll(t, doc+", notes alone", files[doc], service, telemetry)
	kindtest.SaysNone(t, doc+", notes alone", files[doc], rmot1, rmot2)
}
