package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/surgicalrobot is a robotic surgical system, the Aldermoor
// Vantis (its product file's header says what it holds).

// TestSurgicalRobotFirewallReachesRemoteServiceCentre: 5.2's only rule to
// a service the manufacturer hosts is the gateway's VPN to the Remote
// Service Centre, which lists no port of its own; the CSD said "No rule
// reaches a service the manufacturer hosts" above that rule, and that no
// rule in 3.3 reaches the centre.
func TestSurgicalRobotFirewallReachesRemoteServiceCentre(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	for _, rel := range []string{"vantis/5.2/csd.md", "vantis/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Allow | Hospital-network gateway | vpn.aldermoor-surgical.example | 4500/UDP |",
			"A service the manufacturer hosts is reached by outbound rules to its endpoints; no rule lets it open a connection into the hospital network, but Aldermoor Surgical, Inc.'s remote service works through the connection opened from the hospital network",
			"reach it with outbound rules only")
		kindtest.SaysNone(t, rel, csd, "No rule reaches a service the manufacturer hosts", "no firewall rule in")
	}
}

// TestSurgicalRobotSettingsBesideRemoteService: 5.2's data list no
// security setting (the file writes none; 6.0 adds one, which says
// nothing of 5.2), but the hospital turns remote service on and off. The
// CSD said "The user can configure no security setting" while its
// section 4.3 said the hospital can turn remote service on and off; then
// it said 5.2 has no other setting, which 5.2's data do not say.
func TestSurgicalRobotSettingsBesideRemoteService(t *testing.T) {
	csd := buildFixture(t, "surgicalrobot")("vantis/5.2/csd.md")
	kindtest.SaysAll(t, "5.2/csd.md", csd,
		"| The hospital can turn it on and off | Yes |",
		"The hospital can turn remote service on and off (see [4.3 Secure servicing](#4-3-secure-servicing), which also gives Aldermoor Surgical, Inc.'s own words on it); which security settings users can configure is not stated.",
		"Whether any setting change raises risk is not stated.")
	kindtest.SaysNone(t, "5.2/csd.md", csd, "\nThe user can configure no security setting.", "the user can configure no security setting", "No setting change raises risk.")
}

// TestSurgicalRobotMarketedByEarliestListedVersion: 5.2 (2023-02-06) is
// the earliest version listed, not the robot's first; the plan said the
// robot "was on the market from 6 February 2023".
func TestSurgicalRobotMarketedByEarliestListedVersion(t *testing.T) {
	plan := buildFixture(t, "surgicalrobot")("vantis/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The earliest version the product data list, 5.2, became generally available on 6 February 2023, before that date.")
	kindtest.SaysNone(t, "security-plan.md", plan, "on the market from")
}

// TestSurgicalRobotBorrowedListIsNotTheSBOM: 5.2 has no SBOM, and its CSD
// showed 6.0's components in its place; it went on to say "The SBOM lists
// 5 components" and "Every component of the SBOM", and that the
// identifiers are in "the machine-readable file", which it had just said
// is not published with it. 5.2's vulnerability records name ffmpeg
// 4.4.4, which 6.0's list does not hold, so that list is not 5.2's: the
// CSD now prints none of it, says 5.2's components are not stated, and
// points to 6.0's CSD for that list.
func TestSurgicalRobotBorrowedListIsNotTheSBOM(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	old := read("vantis/5.2/csd.md")
	kindtest.SaysAll(t, "5.2/csd.md", old,
		"Version 5.2 has no component list of its own in the product data, and its components are not stated here: the only list there is version 6.0's, and version 5.2's vulnerability records name ffmpeg 4.4.4, which that list does not hold, so that list is not version 5.2's. Version 6.0's components are in [the CSD of version 6.0](../csd.html), for comparison only.")
	kindtest.SaysNone(t, "5.2/csd.md", old, "The SBOM lists", "Every component of the SBOM", "are in the machine-readable file",
		"The list of version 6.0 holds", "Every component of the list of version 6.0", "5.4 Software support")
	kindtest.SaysAll(t, "csd.md", read("vantis/csd.md"), "The SBOM lists 5 components from 5 suppliers.",
		"Every component of the SBOM, grouped by type", "are in the machine-readable file")
}

// TestSurgicalRobotOlderVersionListsOnlyItsParts: the Insights cloud is
// a part only 6.0 uses (its interface, ports and flow are 6.0's changes);
// 5.2's CSD listed it among the parts and their responsibilities, and
// said in 15.1 that it is hosted outside the hospital network with its
// ports in 3.2, which lists none of its ports. The Remote Service Centre,
// which 5.2 reaches, stays.
func TestSurgicalRobotOlderVersionListsOnlyItsParts(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	old := read("vantis/5.2/csd.md")
	kindtest.SaysNone(t, "5.2/csd.md", old, "Insights")
	kindtest.SaysAll(t, "5.2/csd.md", old,
		"| Aldermoor Remote Service Centre | Hosted by the manufacturer |",
		"Hosted by Aldermoor Surgical, Inc. outside the hospital network: Aldermoor Remote Service Centre (reached through the port to it in [3.2 Network ports](#3-2-network-ports)).")
	kindtest.SaysAll(t, "csd.md", read("vantis/csd.md"),
		"| Aldermoor Insights cloud | Hosted by the manufacturer |",
		"Hosted by Aldermoor Surgical, Inc. outside the hospital network: Aldermoor Remote Service Centre (reached through the port to it in [3.2 Network ports](#3-2-network-ports)); Aldermoor Insights cloud (its ports are in [3.2 Network ports](#3-2-network-ports)).")
}

// TestSurgicalRobotTelemetryOffAsShipped: 6.0 sends procedure logs to the
// manufacturer only once the hospital asks for the upload to be turned
// on; the CSD and the plan said "sends … (telemetry)", as if it did from
// the start. 5.2 sends none and says nothing of a state as shipped.
func TestSurgicalRobotTelemetryOffAsShipped(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	kindtest.SaysAll(t, "vantis/csd.md", read("vantis/csd.md"), "| Telemetry on as shipped | No: none is sent until it is turned on |")
	kindtest.SaysNone(t, "vantis/5.2/csd.md", read("vantis/5.2/csd.md"), "Telemetry on as shipped")
	kindtest.SaysAll(t, "vantis/security-plan.md", read("vantis/security-plan.md"), "for maintenance (telemetry), once it is turned on: as shipped it sends none.")
}

// TestSurgicalRobotAttentionJudgedOnStandIn: 5.2 has no SBOM and its CSD
// showed 6.0's list in its place. The components needing attention were
// judged on that list, though 5.2's own differ (its vulnerability records
// name ffmpeg 4.4.4, which 6.0's list does not hold). 5.2's CSD now says
// its components are not stated and judges none of them: it has no
// section of components that need attention.
func TestSurgicalRobotAttentionJudgedOnStandIn(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	old := read("vantis/5.2/csd.md")
	kindtest.SaysAll(t, "vantis/5.2/csd.md", old, "Version 5.2 has no component list of its own in the product data, and its components are not stated here: the only list there is version 6.0's, and version 5.2's vulnerability records name ffmpeg 4.4.4, which that list does not hold, so that list is not version 5.2's.")
	kindtest.SaysNoneBecause(t, "vantis/5.2/csd.md", old, "6.0's list is not 5.2's, so it cannot judge 5.2's components",
		"Judged on the components listed for version", "Components that need attention")
	kindtest.SaysNone(t, "vantis/csd.md", read("vantis/csd.md"), "Judged on the components listed for version")
}

// TestSurgicalRobotPlanSaysWhose5_2ListIs: 5.2 has no component list of
// its own; the plan's 5.3 said its CSD "gives the support of each of its
// components" (h139's ventilator too), then that it shows 6.0's in place
// of its own. That CSD now lists no components, and the plan says so and
// why. A version with its own list keeps that wording (anaesthesia).
func TestSurgicalRobotPlanSaysWhose5_2ListIs(t *testing.T) {
	plan := buildFixture(t, "surgicalrobot")("vantis/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"the customer security documentation of [version 5.2](5.2/csd.html) lists no components: the product data does not list its own, and its vulnerability records name ffmpeg 4.4.4, which the list of version `6.0` does not hold.")
	kindtest.SaysNone(t, "security-plan.md", plan, "gives the support of each of its components", "in place of its own")
	kindtest.SaysAll(t, "anaesthesia security-plan.md", buildFixture(t, "anaesthesia")("aw500/security-plan.md"),
		"the customer security documentation of [version 3.0.0](3.0.0/csd.html) gives the support of each of its components.")
}

// TestSurgicalRobotNoOtherSettingWhenWritten: a file that writes
// security_settings = [] states 5.2 has none; the CSD then says no
// setting can be configured apart from the hospital's turning remote
// service on and off (remote_service.customer_controls is the
// customer's, not each user's).
func TestSurgicalRobotNoOtherSettingWhenWritten(t *testing.T) {
	files, _ := buildFixtureEdited(t, "surgicalrobot", "vantis.toml", func(s string) string {
		i := strings.Index(s, "\nid = ")
		if i < 0 {
			t.Fatal("the robot's id moved")
		}
		return s[:i] + "\nsecurity_settings = []" + s[i:]
	})
	kindtest.SaysAll(t, "5.2/csd.md", files["vantis/5.2/csd.md"],
		"The hospital can turn remote service on and off (see [4.3 Secure servicing](#4-3-secure-servicing)); no other security setting can be configured.")
}

// TestSurgicalRobotInsightsCloudIsSixPointOhsPart: the Insights cloud is
// a part 6.0 adds (versions.changes.parts_added), so 5.2's view has no
// such part: neither 5.2's CSD nor its MDS2 form names it, while 6.0's
// list it among the parts the manufacturer hosts.
func TestSurgicalRobotInsightsCloudIsSixPointOhsPart(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	for _, rel := range []string{"vantis/5.2/csd.md", "vantis/5.2/mds2.md"} {
		kindtest.SaysNone(t, rel, read(rel), "Insights")
	}
	kindtest.SaysAll(t, "csd.md", read("vantis/csd.md"),
		"| Aldermoor Insights cloud | Hosted by the manufacturer | The manufacturer, which hosts it | Not stated; no data at rest is listed on this part | Not stated |",
		"Not counted here: Aldermoor Surgical, Inc.'s own access to the Aldermoor Remote Service Centre and the Aldermoor Insights cloud, which it runs itself.")
	kindtest.SaysAll(t, "mds2.md", read("vantis/mds2.md"), "Aldermoor Insights cloud")
}
