package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSparseFixturesWriteNothingForced: the sparse fixtures had to write
// what their specifications do not give, only to satisfy "required": an
// empty [end_of_life] (maldi, endowasher, vrtherapy) and an empty
// [postmarket.patching] (vrtherapy), account kinds the specification does
// not give (endowasher's supervisor PIN and service web page), and a
// pseudo-account for a headset in kiosk mode that has no user accounts
// (vrtherapy). Left out now, the documents say each is not stated, and
// the headset's part says it has no user accounts.
func TestSparseFixturesWriteNothingForced(t *testing.T) {
	vr := buildFixture(t, "vrtherapy")
	csd := vr("lumenvr-calm/csd.md")
	kindtest.SaysAll(t, "vrtherapy csd.md", csd,
		"The LumenVR Calm headset app has no user accounts.",
		"| Hospital staff (portal) | User |")
	if strings.Contains(csd, "Headset (kiosk mode)") {
		t.Errorf("vrtherapy csd.md still lists the pseudo-account for the kiosk headset")
	}
	mds2 := vr("lumenvr-calm/mds2.md")
	for _, line := range strings.Split(mds2, "\n") {
		if cells := strings.Split(line, " | "); strings.HasPrefix(line, "| PAUT-1 |") && len(cells) > 2 && (cells[2] == "No" || strings.HasPrefix(cells[2], "[No]")) {
			t.Errorf("vrtherapy mds2.md: PAUT-1 is derived No from the kiosk headset: %s", line)
		}
	}

	aer := buildFixture(t, "endowasher")("aer2/csd.md")
	kindtest.SaysAll(t, "endowasher csd.md", aer,
		"| Supervisor | Not stated | 4-digit PIN. |",
		"| Service web page user | Not stated | Password. |")

	// maldi writes no [end_of_life]: it builds, and the CSD says what is
	// provided at end of life is not stated, as with an empty table.
	ms := buildFixture(t, "maldi")("spectrid-id-ms/csd.md")
	kindtest.SaysAll(t, "maldi csd.md", ms, "What Spectrid Diagnostics S.A. provides when a version reaches end of life or end of support is not stated.")
}
