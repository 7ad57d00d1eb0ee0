package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/alarmrelay is a secondary alarm notification system (its
// product file's header says what it holds): a Windows service on a
// virtual machine the hospital provides and patches, fed by other makers'
// monitor and ventilator gateways over HL7, forwarding to an app on the
// hospital's phones and to a DECT gateway; the bedside devices still alarm.

// TestAlarmRelayCheckIsClean: no error, and only the warnings the
// fixture's header explains.
func TestAlarmRelayCheckIsClean(t *testing.T) {
	checkWarnsOnly(t, "alarmrelay",
		partialLinkNo,
		startsWith("diagrams: CSD: FDA labeling item 2"),
		startsWith("threats: threat model has no threat for the"),
		startsWith("controls: no control in the FDA category"),
		startsWith("architecture: no \"Security use case views\" architecture view"),
		// 5.1 has no security setting: TLS to the HL7 gateways came with 5.2.
		startsWith("hardening: CSD of version 5.1: FDA labeling item 11"),
		// [risk.evaluation] writes only the exploitability thresholds: the
		// plan says the controlled / uncontrolled table is jspgen's default.
		startsWith("risk.evaluation: states the method only in part"))
}

// TestAlarmRelayAuditLogRetention: the audit log is a table of the alarm
// and assignment database, whose retention ("Alarms 30 days; nurse-to-bed
// assignments until changed") is of the alarms and assignments. The CSD
// printed it as the audit log's retention; a store whose data does not
// list logs says nothing of a log's retention, which is then not stated
// (its rotation is printed beside it).
func TestAlarmRelayAuditLogRetention(t *testing.T) {
	read := buildFixture(t, "alarmrelay")
	csd := read("alertbridge/csd.md")
	kindtest.SaysAll(t, "alertbridge/csd.md", csd,
		"| Retention | Not stated |\n| Rotation | 30 days. |",
		"| Alarm and assignment store | AlertBridge server (hosted by the customer) | PHI, PII, Alarms | SQLite database on the virtual machine's data disk | Readable only by the AlertBridge service account and local administrators. Whether it is encrypted at rest is not stated for this store beyond the MDS2 form's answers: the product cannot encrypt the data it stores (STCF-1); the form answers N/A to STCF-2 (whether the encryption keys can be changed): AlertBridge encrypts no stored data (STCF-1), so has no keys to configure. | Alarms 30 days; nurse-to-bed assignments until changed. |")
	kindtest.SaysNone(t, "alertbridge/csd.md", csd, "| Retention | Alarms 30 days")
}

// TestAlarmRelayHospitalPatchesTheVM: the server runs on the hospital's
// Windows Server virtual machine; the CSD says the hospital patches it,
// lets only the gateways reach the HL7 port, and the MDS2 form claims no
// hardware of the product's own.
func TestAlarmRelayHospitalPatchesTheVM(t *testing.T) {
	read := buildFixture(t, "alarmrelay")
	csd := read("alertbridge/csd.md")
	kindtest.SaysAll(t, "alertbridge/csd.md", csd,
		"| AlertBridge server | Hosted by the customer | The hospital's IT team installs Microsoft's monthly Windows Server updates",
		"| 4 | Allow | Patient monitor gateway; Ventilator gateway | AlertBridge server | 2575/TCP |",
		"| Remote access by the manufacturer | No |",
		// The hospital's Windows Server, with its vendor's end of support ([[platforms]]).
		"| Windows Server 2022 (Microsoft) | Standard | AlertBridge server | 14 October 2031 |")
	mds2 := read("alertbridge/mds2.md")
	kindtest.SaysAll(t, "alertbridge/mds2.md", mds2,
		"| PLOK-1 | Is the product software only, with no hardware of its own that could be locked? | [Yes]",
		"| DOC-11.4 | Is the SaMD hosted on the customer's own infrastructure? | [Yes]")
}
