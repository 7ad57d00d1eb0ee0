package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestEEGRemoteReviewerSignInAndRecordedSessions: the VigilEEG Reviewer
// signs in to Windows on the hospital's own PCs (accounts.parts =
// ["review"], a customer_device part), so that directory sign-in is the
// PCs' own: neither the CSD's caveat before the final deny nor an MDS2
// note beside CONN-2 presents it as a port missing from the product,
// though the acquisition workstation (a device part) is on the hospital
// network too. VantaAssist sessions are recorded
// (remote_service.sessions_recorded): the CSD's remote-service table
// says so, and so does the plan's (6.8).
func TestEEGRemoteReviewerSignInAndRecordedSessions(t *testing.T) {
	read := buildFixture(t, "eegremote")
	csd := read("vigileeg/csd.md")
	kindtest.SaysAll(t, "CSD", csd, "| Sessions recorded | Yes |\n")
	kindtest.SaysAll(t, "plan", read("vigileeg/security-plan.md"), "| Sessions recorded | Yes |\n| How the connection is opened |")
	kindtest.SaysNone(t, "CSD", csd, "sign-in through the hospital's directory that the \"Reviewer\" account uses")
	mds2 := read("vigileeg/mds2.md")
	kindtest.SaysNone(t, "MDS2", mds2, "lists no port for the sign-in through the hospital's directory")
}
