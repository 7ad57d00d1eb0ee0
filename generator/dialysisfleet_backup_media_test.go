package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The dialysisfleet fixture's clinic server keeps the PHI records and
// backs itself up each night to a USB disk the clinic rotates
// (parts.backup): PII written to removable media, though no interface
// lists removable media. MPII-3.3 is not derived No beside that backup,
// and a No given by hand beside DTBK-3 Yes is warned about.

const mpii33HandYes = "\"MPII-3.3\" = { answer = \"yes\", note = 3 }\n"

// TestDialysisFleetBackupToUSBLeavesMPII33: the fixture's MPII-3.3 Yes
// (note 3) is the manufacturer's answer, not one overriding a No the data
// were said to give.
func TestDialysisFleetBackupToUSBLeavesMPII33(t *testing.T) {
	form := buildFixture(t, "dialysisfleet")("dx5/mds2.md")
	kindtest.SaysAll(t, "dialysisfleet mds2.md", form, "| MPII-3.3 | Can the device read PII from, or write PII to, removable media such as USB drives, memory cards or optical discs? | Yes | Note\u00a03 |")
	kindtest.SaysNone(t, "dialysisfleet mds2.md", form, "lists no removable-media interface that carries PHI or PII")
}

// TestDialysisFleetMPII33NoBesideUSBBackupWarns: MPII-3.3 No by hand
// beside DTBK-3 Yes, with the server's store keeping PHI, is warned about
// at MPII-3.3; the same No with a note saying the backup leaves the
// records out is not.
func TestDialysisFleetMPII33NoBesideUSBBackupWarns(t *testing.T) {
	const want = "the form answers MPII-3.3 (PII read from or written to removable media) No, but DTBK-3 (a built-in backup to removable media) Yes"
	warned := func(edit string) bool {
		_, res := buildFixtureEdited(t, "dialysisfleet", dialysisFile, kindtest.Replace(mpii33HandYes, edit))
		for _, w := range res.Warnings {
			if strings.Contains(w.Message, want) && w.Path == "mds2.answers.MPII-3.3" {
				return true
			}
		}
		return false
	}
	if !warned("\"MPII-3.3\" = \"no\"\n") {
		t.Errorf("MPII-3.3 No beside DTBK-3 Yes and the server's PHI store: no warning %q at mds2.answers.MPII-3.3", want)
	}
	if warned("\"MPII-3.3\" = { answer = \"no\", note = 3 }\n") {
		t.Errorf("MPII-3.3 No explained in a note: warned %q", want)
	}
}
