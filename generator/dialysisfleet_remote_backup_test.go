package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The dialysisfleet fixture: remote service reaches the clinic server,
// never the dialysis machines (remote_service.parts = ["server"]); the
// server's own backup (parts.backup) is the only backup stated; the
// customer is a clinic (customer = "organisation").

const dialysisFile = "dx5.toml"

// withoutRemoteParts removes remote_service.parts from the fixture.
var withoutRemoteParts = kindtest.Replace("connection = \"outbound\"\nparts = [\"server\"]\n", "connection = \"outbound\"\n")

// TestDialysisFleetRemoteServiceNamesTheServer: with remote_service.parts,
// the CSD's 4.3 and key facts, the plan's 6.8 and the MDS2 form's RMOT-1
// note name the clinic server and say the machines are not reached, where
// they spoke of the whole device.
func TestDialysisFleetRemoteServiceNamesTheServer(t *testing.T) {
	read := buildFixture(t, "dialysisfleet")
	csd, plan, form := read("dx5/csd.md"), read("dx5/security-plan.md"), read("dx5/mds2.md")
	kindtest.SaysAll(t, "dialysisfleet csd.md", csd,
		"| Remote service connections by the manufacturer | Yes | Reaches DX-5 Clinic Server only, not the DX-5 dialysis machine. MDS2 form, RMOT-1.",
		"**Remote service.** What Veridane Renal Systems, Inc. states about servicing DX-5 Clinic Server remotely (remote service does not reach the DX-5 dialysis machine):",
		"whose staff then work on DX-5 Clinic Server through that connection |")
	kindtest.SaysNone(t, "dialysisfleet csd.md", csd, "servicing the device remotely", "work on the device through that connection")
	kindtest.SaysAll(t, "dialysisfleet security-plan.md", plan,
		"Veridane Renal Systems, Inc. services DX-5 Clinic Server remotely, not the DX-5 dialysis machine.")
	kindtest.SaysAll(t, "dialysisfleet mds2.md", form,
		"| Note\u00a014 |  | AC-17 |", // a no-break space keeps the note number with its word
		"**Note 14.** Remote service connections reach DX-5 Clinic Server only, not the DX-5 dialysis machine.")
}

// TestDialysisFleetRemoteServiceWithoutParts: without remote_service.parts
// the documents speak of the device as before, and RMOT-1 has no note.
func TestDialysisFleetRemoteServiceWithoutParts(t *testing.T) {
	files, _ := buildFixtureEdited(t, "dialysisfleet", dialysisFile, withoutRemoteParts)
	csd, plan, form := files["dx5/csd.md"], files["dx5/security-plan.md"], files["dx5/mds2.md"]
	kindtest.SaysAll(t, "dialysisfleet csd.md", csd,
		"| Remote service connections by the manufacturer | Yes | MDS2 form, RMOT-1.",
		"states about servicing the device remotely:",
		"whose staff then work on the device through that connection |")
	kindtest.SaysNone(t, "dialysisfleet csd.md", csd, "Reaches DX-5 Clinic Server", "does not reach")
	kindtest.SaysAll(t, "dialysisfleet security-plan.md", plan,
		"Veridane Renal Systems, Inc. services the Veridane DX-5 Hemodialysis System remotely.")
	kindtest.SaysNone(t, "dialysisfleet mds2.md", form, "Remote service connections reach")
}

// TestDialysisFleetBackupFromThePart: without [backup], section 9 gives
// the clinic server's own backup, which the responsibility table states,
// says the machine's is not stated, and the item 9 warning says
// incomplete, not empty. Without the part's backup, the section and the
// warning are as before.
func TestDialysisFleetBackupFromThePart(t *testing.T) {
	files, res := buildFixtureEdited(t, "dialysisfleet", dialysisFile, nil)
	kindtest.SaysAll(t, "dialysisfleet csd.md", files["dx5/csd.md"],
		"## 9. Backup and restore\n\n**DX-5 Clinic Server.** The clinic server backs itself up each night to a USB disk that the clinic rotates.\n\nHow the DX-5 dialysis machine is backed up is not stated. Nothing else about backup and restore is stated beyond the MDS2 form's answers about the device: it has a built-in function to back up data to removable media (DTBK-3, note 3);")
	kindtest.SaysNone(t, "dialysisfleet csd.md", files["dx5/csd.md"], "How to back up and restore is not stated")
	wantWarning(t, warningsText(res), "FDA labeling item 9 (Backup and restore) is incomplete: add [backup] (what is backed up, how to restore it and how a restored backup is authenticated); the CSD gives only how DX-5 Clinic Server is backed up (parts.backup)")

	files, res = buildFixtureEdited(t, "dialysisfleet", dialysisFile,
		kindtest.Replace("backup = \"The clinic server backs itself up each night to a USB disk that the clinic rotates.\"\n", ""))
	kindtest.SaysAll(t, "dialysisfleet csd.md", files["dx5/csd.md"],
		"## 9. Backup and restore\n\nHow to back up and restore is not stated beyond the MDS2 form's answers about the device:")
	kindtest.SaysNone(t, "dialysisfleet csd.md", files["dx5/csd.md"], "is backed up is not stated", "Nothing else about backup")
	// The section prints the form's DTBK answers: not empty (REPORT-wearable 7).
	wantWarning(t, warningsText(res), "FDA labeling item 9 (Backup and restore) has only the MDS2 form's answers: add [backup]")
}

// TestDialysisFleetEndpointWarningSaysCustomers: the clinic customer is
// no hospital in the missing-endpoint warning; a hospital customer is.
func TestDialysisFleetEndpointWarningSaysCustomers(t *testing.T) {
	const tail = " need the destinations to write firewall rules (FDA labeling item 3)"
	_, res := buildFixtureEdited(t, "dialysisfleet", dialysisFile, nil)
	wantWarning(t, warningsText(res), "port 443/tcp is used outbound but names no approved endpoint; customers"+tail)
	if strings.Contains(warningsText(res), "hospitals"+tail) {
		t.Errorf("a clinic's warning speaks of hospitals:\n%s", warningsText(res))
	}
	_, res = buildFixtureEdited(t, "dialysisfleet", dialysisFile, kindtest.Replace("customer = \"organisation\"\n", "customer = \"hospital\"\n"))
	wantWarning(t, warningsText(res), "port 443/tcp is used outbound but names no approved endpoint; hospitals"+tail)
}

// warningsText is the build's warnings, one message a line.
func warningsText(res *Result) string {
	var b strings.Builder
	for _, d := range res.Warnings {
		b.WriteString(d.Message + "\n")
	}
	return b.String()
}

// wantWarning fails unless warnings holds want.
func wantWarning(t *testing.T, warnings, want string) {
	t.Helper()
	if !strings.Contains(warnings, want) {
		t.Errorf("want the warning %q, got:\n%s", want, warnings)
	}
}
