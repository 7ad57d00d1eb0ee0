package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDLogFindingsInFixtures pins four findings where the CSD said
// less, or other, than the fixtures' data:
//   - the surgical robot's gateway keeps "System and audit logs" (a data
//     store of logs) and its MDS2 form answers AUDT-1 and several AUDT-2.x
//     Yes, yet 7 and 12 said "not stated"; AUDT-5.2 and AUDT-5.3 are both
//     No, yet the SIEM key fact said "Not stated" (its logs also reach
//     the manufacturer's service centre, so the CSD says what "the
//     product", not "the device", keeps: content.Product.LogNoun);
//   - the anaesthesia workstation answers AUDT-1 No, yet the CSD said its
//     audit logs cannot be exported;
//   - the insulin pump's CSD of version 2.0, in its own folder, said its
//     VEX files were published beside it;
//   - the insulin pump and the ECG patch exchanged data "with Clinic web
//     browser", a user-written name with no article.
func TestCSDLogFindingsInFixtures(t *testing.T) {
	robot := buildFixture(t, "surgicalrobot")("vantis/csd.md")
	kindtest.SaysAll(t, "vantis/csd.md", robot,
		"Which security events the product records is not stated beyond the MDS2 form's answers: its audit log records successful logins and logouts (AUDT-2.1), unsuccessful login and logout attempts (AUDT-2.2), local and remote service or support sessions (AUDT-2.8.1) and other events than those the form asks about (AUDT-2.10; which ones is not stated); it does not record",
		"The data store System and audit logs holds logs whose content is not stated (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)).",
		"Which logs the product keeps for security purposes is not stated beyond the MDS2 form's answer that it keeps its own audit log of user and system activity (AUDT-1).",
		"The data store below holds logs (see [2.2 Data at rest](#2-2-data-at-rest)); what they record, and their format, are not stated.",
		"| System and audit logs | Hospital-network gateway (on the device) | Gateway's data partition | 12 months. |",
		"| Security logging to a SIEM | Audit logs cannot be sent to a SIEM, only exported to physical media | MDS2 form, AUDT-5.1, AUDT-5.2, AUDT-5.3 (note 3). [")
	kindtest.SaysNone(t, "vantis/csd.md", robot,
		"Which security events the device records is not stated.", "Which logs the device keeps is not stated.",
		"Which security events the product records is not stated.", "Which logs the product keeps is not stated.", "| Security logging to a SIEM | Not stated |")

	for _, rel := range []string{"aw500/csd.md", "aw500/3.0.0/csd.md"} {
		aw := buildFixture(t, "anaesthesia")(rel)
		kindtest.SaysAll(t, rel, aw,
			"| Security logging to a SIEM | The device keeps no audit log of its own | MDS2 form, AUDT-1. [",
			"The MDS2 form answers that the device keeps no audit log of its own (AUDT-1); whether it forwards any events to a SIEM or log collector is not stated.",
			"it keeps no audit log of its own (AUDT-1); it writes no security-relevant events to an audit log (AUDT-2).")
		kindtest.SaysNoneBecause(t, rel, aw, "AUDT-1 is No: there is no audit log to export", "cannot be exported")
	}

	pump := buildFixture(t, "insulinpump")
	kindtest.SaysAll(t, "lumen-aid/2.0/csd.md", pump("lumen-aid/2.0/csd.md"), "The VEX files published in the product's folder, [vex-2.0.cdx.json](../vex-2.0.cdx.json)")
	kindtest.SaysAll(t, "lumen-aid/csd.md", pump("lumen-aid/csd.md"), "The VEX files published beside this document, [vex-2.1.cdx.json](vex-2.1.cdx.json)")
	for _, tc := range []struct{ rel, doc, want string }{
		{"lumen-aid/csd.md", pump("lumen-aid/csd.md"), "The product exchanges data with this system on the customer's network (see [2.1 Data in transit](#2-1-data-in-transit)): Clinic web browser (DF-04)."},
		{"holterpatch/csd.md", buildFixture(t, "ecgpatch")("holterpatch/csd.md"), "The product exchanges data with this system on the customer's network (see [2.1 Data in transit](#2-1-data-in-transit)): Clinician's web browser (DF-03)."},
	} {
		kindtest.SaysAll(t, tc.rel, tc.doc, tc.want)
		kindtest.SaysNone(t, tc.rel, tc.doc, "exchanges data with Clinic", "exchanges data with Clinician's")
	}
}
