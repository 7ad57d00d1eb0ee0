package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// kestrelFixReach is how the CT scanner's lifecycle page quotes the
// patching of each of its parts on the device.
const kestrelFixReach = " Patching of the Gantry controller: Halvorsen field service installs controller software with each system software release. Patching of the Operator console: Halvorsen validates Microsoft's monthly security updates and stages them on the Remote Service Gateway; Halvorsen field service installs them, on site or in a remote session the operator accepts. Patching of the Reconstruction server: Halvorsen field service installs reconstruction server updates with each system software release. Patching of the Halvorsen Remote Service Gateway: Halvorsen updates the gateway's own software from the Service Centre."

// mdSection is the text of md from the line head to the next heading of
// any level.
func mdSection(t *testing.T, md, head string) string {
	t.Helper()
	i := strings.Index(md, head+"\n")
	if i < 0 {
		t.Fatalf("no %q", head)
	}
	rest := md[i+len(head)+1:]
	if j := strings.Index(rest, "\n#"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// TestCSDUsageLogIsNoSecurityLog: with [logging] unwritten, the hearing
// aids' usage log (a data store whose data lists logs) stood in 7 and 12
// as what the device keeps for security ("The device keeps logs in
// Hearing-aid memory; which security events it records is not stated").
// 7 and 12 now say that the security events and the security logs are
// not stated, and name the store as a store that holds logs, whose
// content only its part's description gives; the form's notes those
// sections cited say only that they are not stated (mds2.notes unstated =
// true), so neither refers to them. The example pump, whose [logging] is written, keeps its
// events table and its logs.
func TestCSDUsageLogIsNoSecurityLog(t *testing.T) {
	csd := buildFixture(t, "hearingaid")("aurelle/csd.md")
	s7 := mdSection(t, csd, "## 7. Security events and notification")
	s12 := mdSection(t, csd, "## 12. Logs and forensic evidence")
	kindtest.SaysAll(t, "aurelle/csd.md 7", s7,
		"\nWhich security events the device records is not stated. ",
		" The data store Hearing-aid memory holds logs; only the description of its part says what they record (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)).\n")
	kindtest.SaysAll(t, "aurelle/csd.md 12", s12,
		"\nWhich logs the device keeps for security purposes is not stated. The data store below holds logs (see [2.2 Data at rest](#2-2-data-at-rest)); what they record is not stated beyond the description of the part that keeps them, given below, and their format is not stated.\n",
		"| Hearing-aid memory | Aurelle hearing aids (on the device) | Memory of each hearing aid. | Not stated | A pair of behind-the-ear hearing aids with a Bluetooth Low Energy radio. They keep the fitting settings and a usage log; they never store the patient's name. |")
	kindtest.SaysNoneBecause(t, "aurelle/csd.md 7 and 12", s7+s12, "the usage log is not stated to be a security log",
		"keeps logs in", "which logs it holds")

	pump := buildExampleSite(t, nil)["halcyon-lvp7/csd.md"]
	p7 := mdSection(t, pump, "## 7. Security events and notification")
	p12 := mdSection(t, pump, "## 12. Logs and forensic evidence")
	kindtest.SaysAll(t, "halcyon-lvp7/csd.md", p7+p12,
		"The device detects the events below. For each, the table says who is told and how, and which logs (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)) record it.")
	kindtest.SaysAll(t, "halcyon-lvp7/csd.md", pump, "\n**Pump event log**\n")
	kindtest.SaysNone(t, "halcyon-lvp7/csd.md", p7+p12, "for security purposes", "holds logs", "is not stated")
}

// TestFixTimelinePromisesARelease: the key facts' "Fixes for uncontrolled
// risks within 30 days" and the lifecycle page's "a fix for an
// uncontrolled risk within 30 days" read as installed within 30 days,
// while the hearing aids get a fix only at a fitting session. Both now
// say "released within", and, for each part of the product whose
// patching is written, its patching: the lifecycle page quotes it, the
// key facts point to the responsibility table that does. A part whose
// software is never updated keeps its own sentence.
func TestFixTimelinePromisesARelease(t *testing.T) {
	aid := buildFixture(t, "hearingaid")
	kindtest.SaysAll(t, "aurelle/csd.md", aid("aurelle/csd.md"),
		"| Software updates | Releases when needed. | Fixes for uncontrolled risks released within 30 days. The responsibility table below gives the patching of the Aurelle hearing aids, Aurelle Fit and the Aurelle app. [6. Software updates](#6-software-updates) |",
		"| Aurelle hearing aids | On the device | The audiologist installs hearing-aid firmware updates with Aurelle Fit during a fitting session. |")
	kindtest.SaysAll(t, "aurelle/lifecycle.md", aid("aurelle/lifecycle.md"),
		"| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days. Patching of the Aurelle hearing aids: The audiologist installs hearing-aid firmware updates with Aurelle Fit during a fitting session. Patching of Aurelle Fit: The clinic installs Aurelle Fit updates on its PCs. Patching of the Aurelle app: The patient installs Aurelle app updates on their phone. |")
	// the app and the fitting software reach their users as their own patching says, not as the hearing aids' does
	kindtest.SaysNone(t, "aurelle", aid("aurelle/csd.md")+aid("aurelle/lifecycle.md"),
		"uncontrolled risks within", "uncontrolled risk within", "reaches Aurelle Fit", "reaches the Aurelle app")

	fixed := buildFixture(t, "fixedfw")("thermalink/lifecycle.md")
	kindtest.SaysAll(t, "thermalink/lifecycle.md", fixed,
		"For the ThermaLink patch, a fix reaches only the units made afterwards: a unit's software is never updated after manufacture. Patching of the ThermaLink bedside gateway: ")
	kindtest.SaysNoneBecause(t, "thermalink/lifecycle.md", fixed, "the patch is never updated", "Patching of the ThermaLink patch")

	kindtest.SaysAll(t, "dosewise/lifecycle.md", buildExampleSite(t, nil)["dosewise/lifecycle.md"],
		"| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days. Patching of the Dosewise Connect gateway VM: ",
		"Patching of the Dosewise cloud service: Meridian deploys fixes to the cloud service itself, as soon as they are verified; no customer action. |")
}
