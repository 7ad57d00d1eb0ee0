package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDUncontrolledFixOfStoppedVersionAsFarAsNoticeStates: notice
// VMS-EOS-2024-01 stops the regular releases of Sentinel 3.4 and keeps
// only fixes of its third-party components; fixes of Sentinel's own
// software come in 4.0 and later, and 3.4's one open vulnerability,
// uncontrolled, is remedied only by upgrading to 4.0.1. The 3.4 CSD's key
// facts and section 6 still promised 3.4 an uncontrolled risk's fix
// within 60 days, beside the notice saying otherwise, while they held the
// regular cycle for 3.4 only as far as the notice states. The fix is now
// held the same way; the current version's CSD keeps the bare promise.
func TestCSDUncontrolledFixOfStoppedVersionAsFarAsNoticeStates(t *testing.T) {
	read := buildFixture(t, "monitoringwifi")
	old := read("sentinel-w/3.4/csd.md")
	kindtest.SaysAll(t, "3.4/csd.md", old,
		"| Software updates | Regular releases for version `3.4` stopped on 2024-06-03 (notice VMS-EOS-2024-01) | The notice's details: Regular releases of 3.4: new features and fixes of Sentinel's own software. Fixes for uncontrolled risks released within 60 days, for version `3.4` only as far as the notice states. The responsibility table below gives the patching of the Bedside monitor, the Telemetry transmitter, the Telemetry receiver, the Central station and the Sentinel monitoring server. What remains, as the notice states: ",
		"| Vulnerability whose risk is not controlled | Interim mitigations communicated to customers within 30 days; fix released within 60 days, for version `3.4` only as far as the notice above states |")
	kindtest.SaysNoneBecause(t, "3.4/csd.md", old, "the notice leaves fixes of Sentinel's own software to 4.0",
		"Fixes for uncontrolled risks released within 60 days. ",
		"fix released within 60 days |")

	cur := read("sentinel-w/csd.md")
	kindtest.SaysAll(t, "csd.md", cur,
		"Fixes for uncontrolled risks released within 60 days. The responsibility table below gives the patching of the Bedside monitor, the Telemetry transmitter, the Telemetry receiver, the Central station and the Sentinel monitoring server. [6. Software updates]",
		"| Vulnerability whose risk is not controlled | Interim mitigations communicated to customers within 30 days; fix released within 60 days |")
	kindtest.SaysNoneBecause(t, "csd.md", cur, "no notice concerns the current version", "only as far as the notice")
}

// TestCSDUncontrolledFixOfVersionWithoutSecurityUpdatesUnqualified:
// where the notice stops the version's security updates too, section 6
// says its commitments are not the version's at all; its uncontrolled-risk
// row is not held "as far as the notice states" beside that, but gives
// its fix time as the other versions' (implant review: a bare 60 days
// read as a promise to the version). (Every
// end-of-life or end-of-support notice states its maintenance, so a stop
// of the regular releases alone always qualifies the row.)
func TestCSDUncontrolledFixOfVersionWithoutSecurityUpdatesUnqualified(t *testing.T) {
	files, _ := buildFixtureEdited(t, "dentalxray", "dentasense.toml", kindtest.Replace(
		`stops = [{ what = "updates", milestone = "end_of_life" }, `,
		`stops = [{ what = "updates", milestone = "end_of_life" }, { what = "security_updates", milestone = "end_of_life" }, `))
	csd := files["dentasense/2.4/csd.md"]
	kindtest.SaysAll(t, "2.4/csd.md, security updates stopped", csd,
		"these are the commitments for the versions still receiving them, not for version `2.4`.",
		"| Vulnerability whose risk is not controlled | Interim mitigations communicated to customers within 14 days; fix released within 60 days, for the versions still receiving security updates; version `2.4` receives none since 2025-10-14 |")
	kindtest.SaysNoneBecause(t, "2.4/csd.md, security updates stopped", csd, "the commitments are not the version's at all", "only as far as the notice")
}
