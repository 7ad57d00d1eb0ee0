package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildExampleEdited builds a copy of the example repository whose
// halcyon-lvp7.toml went through edit (none when nil) and returns the
// pump's built security plan and risk report.
func buildExampleEdited(t *testing.T, edit func(string) string) (plan, report string) {
	t.Helper()
	files := buildExampleSite(t, edit)
	return files["halcyon-lvp7/security-plan.md"], files["halcyon-lvp7/risk-report.md"]
}

// TestPlanRemoteFormAnswersNameNoActor: the MDS2 form's RMOT questions ask
// what the device does (RMOT-3 "does the device support other remote
// functions"), so §6.8 restates them of the device; it said "Meridian
// performs other remote functions with the pump" two lines above the
// data's "Meridian has no remote access to pumps". Written as facts,
// [remote_service] speaks of the manufacturer, and that wording stays.
func TestPlanRemoteFormAnswersNameNoActor(t *testing.T) {
	const (
		pump     = "the Halcyon LVP-7 Large-Volume Infusion System"
		meridian = "Meridian Infusion Systems, Inc."
	)
	t.Run("the example's form answers", func(t *testing.T) {
		plan, _ := buildExampleEdited(t, nil)
		kindtest.SaysAll(t, "security-plan.md", plan,
			"The MDS2 form answers that "+pump+" allows no remote service connection (RMOT-1, note 19).",
			"The MDS2 form answers that "+pump+" sends no data for predictive maintenance over a remote connection (RMOT-2, note 19). The MDS2 form answers that "+pump+" supports other remote functions (RMOT-3, note 6).",
			"Meridian has no remote access to pumps or to Halcyon Connect.")
		kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the form asks what the device does, not what the manufacturer does",
			meridian+" performs other remote functions",
			meridian+" does not service "+pump+" remotely (RMOT-1",
			"sends "+meridian+" no data about its own working")
	})
	t.Run("the form's session answers", func(t *testing.T) {
		plan, _ := buildExampleEdited(t, func(s string) string {
			s = strings.Replace(s, `"RMOT-1" = { answer = "no", note = 19 }`, `"RMOT-1" = { answer = "yes", note = 19 }`, 1)
			s = strings.Replace(s, `"RMOT-1.3" = "na"`, `"RMOT-1.3" = "yes"`, 1)
			s = strings.Replace(s, `"RMOT-2" = { answer = "no", note = 19 }`, `"RMOT-2" = { answer = "yes", note = 19 }`, 1)
			return strings.Replace(s, `"RMOT-3" = { answer = "yes", note = 6 }`, `"RMOT-3" = { answer = "no", note = 6 }`, 1)
		})
		kindtest.SaysAll(t, "security-plan.md", plan,
			"The MDS2 form answers that "+pump+" allows remote service connections (RMOT-1, note 19).",
			"| Patient data can be seen or reached during a session | Yes (MDS2 form, RMOT-1.3) |",
			"The MDS2 form answers that "+pump+" sends data for predictive maintenance over a remote connection (RMOT-2, note 19). The MDS2 form answers that "+pump+" supports no other remote function (RMOT-3, note 6).")
		kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the form asks what the device does, not what the manufacturer does",
			meridian+" services "+pump+" remotely (RMOT-1",
			meridian+"'s staff can see patient data during a session | Yes (MDS2 form",
			meridian+" performs no other remote function")
	})
	t.Run("facts speak of the manufacturer", func(t *testing.T) {
		plan, _ := buildExampleEdited(t, func(s string) string {
			return s + "\n[remote_service]\noffered = true\nconnection = \"outbound\"\npatient_data_visible = false\ntelemetry = true\nother_functions = [\"software_updates\"]\n"
		})
		kindtest.SaysAll(t, "security-plan.md", plan,
			meridian+" services "+pump+" remotely.",
			"| "+meridian+"'s staff can see patient data during a session | No |",
			"sends "+meridian+" data about its own working over a network, for maintenance (telemetry); whether it does so as shipped, before any setting is changed, is not stated. Other things "+meridian+" does with "+pump+" over a network: software updates.")
	})
}
