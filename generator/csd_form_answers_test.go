package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDDecommissioningCitesTheFormsDeletionAnswer: the wearable's CSD
// said only "Decommissioning and sanitisation steps are not stated" while
// its MDS2 form, published beside it, answers SGUD-2 (permanent deletion
// of data and instructions for it) with note 9, which gives the deletion
// step of each store. The CSD now points to that answer; an answer that
// says nothing of deletion (N/A) is not cited.
func TestCSDDecommissioningCitesTheFormsDeletionAnswer(t *testing.T) {
	const notStated = "Decommissioning and sanitisation steps are not stated."
	csd := buildWearable(t)("glucowear/csd.md")
	kindtest.SaysAll(t, "glucowear/csd.md", csd,
		notStated+" For permanent deletion of data, the MDS2 form refers to its notes (MDS2 form, SGUD-2, note 9).")
	for _, c := range []struct{ name, answer, want string }{
		{"Yes", `"SGUD-2" = "yes"`, notStated + " The MDS2 form answers that data can be deleted permanently and that there are instructions for doing so (MDS2 form, SGUD-2); the instructions are not part of this document, so ask Meridian Infusion Systems, Inc. for them."},
		{"N/A, no note", `"SGUD-2" = "na"`, notStated + "\n"},
	} {
		files, _ := buildFixtureEdited(t, "wearable", "glucowear.toml", func(s string) string {
			out := strings.Replace(s, `"SGUD-2" = { answer = "see_note", note = 9 }`, c.answer, 1)
			if out == s {
				t.Fatal("the wearable's SGUD-2 answer no longer reads as the test expects")
			}
			return out
		})
		kindtest.SaysAll(t, c.name+": glucowear/csd.md", files["glucowear/csd.md"], c.want)
	}
}

// TestCSDAuditEventsNameTheFormsLog: the wearable's form answers AUDT-1
// Yes with note 2 (only the cloud service keeps an audit log; the sensor
// and the app keep none). Section 7 gave the AUDT-2 events as "its audit
// log records …", read as the whole product's, the app's included; it
// now names the log the form's note describes. A form without that note
// keeps the plain wording.
func TestCSDAuditEventsNameTheFormsLog(t *testing.T) {
	csd := buildWearable(t)("glucowear/csd.md")
	kindtest.SaysAll(t, "glucowear/csd.md", csd, "its audit log (AUDT-1, note 2) records successful logins and logouts (AUDT-2.1)")
	files, _ := buildFixtureEdited(t, "wearable", "glucowear.toml", func(s string) string {
		out := strings.Replace(s, `"AUDT-1" = { answer = "yes", note = 2 }`, `"AUDT-1" = "yes"`, 1)
		if out == s {
			t.Fatal("the wearable's AUDT-1 answer no longer reads as the test expects")
		}
		return out
	})
	plain := files["glucowear/csd.md"]
	kindtest.SaysAll(t, "without note 2: glucowear/csd.md", plain, "its audit log records successful logins and logouts (AUDT-2.1)")
	kindtest.SaysNone(t, "without note 2: glucowear/csd.md", plain, "(AUDT-1, note 2) records")
}

// TestCSDBackupAndHardeningCiteTheFormsAnswers: the cloud SaMD's CSD
// said only that backup (9) and hardening as shipped (11.1) are not
// stated, beside its MDS2 form's own DTBK and SAHD answers. The sections
// now repeat those answers; with the form not built they say only "not
// stated", as no published form stands behind them.
func TestCSDBackupAndHardeningCiteTheFormsAnswers(t *testing.T) {
	csd := buildCloudSaMD(t)("lumentriage/csd.md")
	kindtest.SaysAll(t, "lumentriage/csd.md", csd,
		"How to back up and restore is not stated beyond the MDS2 form's answers about the product: it is not the long-term, primary store of patient data (DTBK-1);",
		"it has a built-in function to back up data to remote storage (DTBK-4);",
		"How the product is hardened where the manufacturer hosts it is not stated beyond the MDS2 form's answers: it is not hardened according to an industry-recognized standard or benchmark (SAHD-1); shared resources such as file shares (SAHD-7), communication ports and protocols (SAHD-8), services (SAHD-9) and applications (SAHD-10) that its intended use does not need are disabled or removed;")
	files, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", func(s string) string {
		out := strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices"]`, `build = ["security_plan", "csd", "lifecycle", "notices"]`, 1)
		if out == s {
			t.Fatal("the cloud SaMD's documents.build no longer reads as the test expects")
		}
		return out
	})
	plain := files["lumentriage/csd.md"]
	kindtest.SaysAll(t, "without the form: lumentriage/csd.md", plain,
		"How to back up and restore is not stated.\n", "How the product is hardened where the manufacturer hosts it is not stated.\n")
	kindtest.SaysNone(t, "without the form: lumentriage/csd.md", plain, "(DTBK-", "(SAHD-")
}
