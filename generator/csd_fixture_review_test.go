package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSecurityUpdatesEndAnnounced: notice eos-6 of the transferred
// fixture, issued 2026-06-30 with the CSD, stops 6.0.0's security updates
// at its end of life, 2026-12-31; the CSD gave the half-yearly cadence
// and the 30-day fixes with no end and said only that 6.0.0 is supported
// until 2028. Its key facts, update timelines and section 13 now say when
// the security updates end, naming the notice
// (content.Product.SecurityUpdatesEnd); the key fact also says that the
// notice states the limited support from that end of life. In rpmkit 3.4 they end with its
// support: the end of support says it, and nothing is added.
func TestCSDSecurityUpdatesEndAnnounced(t *testing.T) {
	csd := buildFixture(t, "transferred")("orvia-pm/csd.md")
	kindtest.SaysAll(t, "transferred 6.0.0 CSD", csd,
		"| Software updates | Every six months; security updates end on 2026-12-31 | Security updates for version `6.0.0` end on 2026-12-31 (notice BCS-OR-EOS-002). Half-yearly maintenance releases",
		"| Current version and end of support | 6.0.0 | Supported until 2028-06-30; from its end of life on 2026-12-31, limited support as notice BCS-OR-EOS-002 states. Security updates end on 2026-12-31 (notice BCS-OR-EOS-002). ",
		"**Update timelines.** Security updates for version `6.0.0` end on 31 December 2026, as notice BCS-OR-EOS-002 states: the commitments below hold for it until then, not after.",
		"supports version `6.0.0` until **30 June 2028**. Security updates for version `6.0.0` end on **31 December 2026**, before its end of support, as notice BCS-OR-EOS-002 states",
	)
	rpm := buildFixture(t, "rpmkit")("cardiowatch/3.4/csd.md")
	kindtest.SaysNoneBecause(t, "rpmkit 3.4 CSD", rpm, "its security updates end with its support, which the document gives",
		"Security updates end on", "Security updates for version `3.4` end on")
}

// TestCSDLimitedSupportNoticeNotItsStart: rpmkit 3.4 entered limited
// support on 2025-06-02; notice HCC-CW-EOS-34, issued later, states what
// remains. The key fact tied the date to the notice ("since 2025-06-02
// (notice …)"), and 6 joined the notice's maintenance, a sentence of its
// own, to its lead with a comma.
func TestCSDLimitedSupportNoticeNotItsStart(t *testing.T) {
	csd := buildFixture(t, "rpmkit")("cardiowatch/3.4/csd.md")
	kindtest.SaysAll(t, "rpmkit 3.4 CSD", csd,
		"| Software updates | Limited support since 2025-06-02; what remains as notice HCC-CW-EOS-34 states | ",
		"it gets what notice HCC-CW-EOS-34 states: Until 31 December 2026, security fixes; after it, none.",
	)
	kindtest.SaysNoneBecause(t, "rpmkit 3.4 CSD", csd, "the notice did not start the limited support, and its text is a sentence",
		"Limited support since 2025-06-02 (notice", "states, Until")
}

// TestCSDSecurityUpdatesStoppedEverywhere: octimaging 4.2's security
// updates stopped on 2026-10-13 (notice AUR-LUM-EOS-42); the key facts and
// 6's timelines said so, but 13 said only that the version is supported
// until 2027, and 6 opened with Microsoft's monthly updates validated "for
// each supported Lumis version". The current version's CSD is unchanged.
func TestCSDSecurityUpdatesStoppedEverywhere(t *testing.T) {
	read := buildFixture(t, "octimaging")
	csd := read("lumis-oct/4.2/csd.md")
	kindtest.SaysAll(t, "octimaging 4.2 CSD", csd,
		"supports version `4.2` until **30 June 2027**. Security updates for version `4.2` stopped on **13 October 2026**, before its end of support, as notice AUR-LUM-EOS-42 states",
		"for each supported Lumis version and publishes the list of validated updates; Lumis software updates are installed by Aurelia service. Version `4.2` no longer receives security updates: they stopped on 13 October 2026, as notice AUR-LUM-EOS-42 states.",
	)
	kindtest.SaysNoneBecause(t, "octimaging 5.0 CSD", read("lumis-oct/csd.md"), "the current version's updates go on",
		"no longer receives security updates", "Security updates for version `5.0` stopped")
}

// TestCSDExploitedVulnerability: CVE-2025-29824 is known to be exploited
// (exploitability = "exploited"), which the plan says; the CSD's 5.5 gave
// the hospital only "Affected | 7.8 High | Controlled".
func TestCSDExploitedVulnerability(t *testing.T) {
	csd := buildFixture(t, "octimaging")("lumis-oct/4.2/csd.md")
	kindtest.SaysAll(t, "octimaging 4.2 CSD", csd,
		"| Windows 10 Pro 22H2 | Affected; **known to be exploited** | 7.8 High (v3.1) | Controlled |")
}

// TestCSDRiskySettingsSentence: 11.2 told every reader to change the
// settings marked Raises risk "only with the compensating measure named in
// 11.3", though 11.3 names the risk of each change, never a measure, and
// in dispensing no setting raises risk. It now speaks only where one does
// (monitoringwifi), of what 11.3 gives.
func TestCSDRiskySettingsSentence(t *testing.T) {
	kindtest.SaysNoneBecause(t, "dispensing CSD", buildFixture(t, "dispensing")("vesta/csd.md"), "no setting raises risk, and 11.3 names no measure",
		"compensating measure named in 11.3", "Settings marked **Raises risk**")
	wifi := buildFixture(t, "monitoringwifi")("sentinel-w/csd.md")
	kindtest.SaysAll(t, "monitoringwifi CSD", wifi,
		"Settings marked **Raises risk** weaken the device's security when changed from the default; [11.3 Changes that raise risk](#11-3-changes-that-raise-risk) says what each change risks, and the Recommendation column what Vantor Medical Systems, Inc. recommends.")
	kindtest.SaysNoneBecause(t, "monitoringwifi CSD", wifi, "11.3 names no compensating measure", "compensating measure named in 11.3")
}

// TestCSDCustomerHostFirewallSentence: the exception to the final deny
// for a host the hospital keeps read "the final deny is not for the
// traffic of the hospital's own upkeep of that host, even if it runs
// nothing but the product, such as backup, …".
func TestCSDCustomerHostFirewallSentence(t *testing.T) {
	csd := buildFixture(t, "dispensing")("vesta/csd.md")
	kindtest.SaysAll(t, "dispensing CSD", csd,
		"The hospital keeps the host that runs the Vesta server. These rules cover only the product's own connections: the hospital's own traffic to and from that host (backup, monitoring, administrators' sign-in, and operating-system updates where the hospital installs them) is for the hospital's own rules, not the final deny, even if the host runs nothing but the product.")
	kindtest.SaysNone(t, "dispensing CSD", csd, "the final deny is not for the traffic of", "upkeep of that host")
}

// TestCSDAttentionOfAVersionWithoutItsList: oemmodule 4.2 has no
// component list of its own (5.0's stood in, and its vulnerability
// records name mbedtls 2.28.5, which that list lacks); 5.2 concluded that
// no component of it needs attention. Its section 5 now prints none of
// 5.0's list and says 4.2's components are not stated, so it judges none
// of them, as the lifecycle page says which of 4.2's need attention is
// not stated.
func TestCSDAttentionOfAVersionWithoutItsList(t *testing.T) {
	read := buildFixture(t, "oemmodule")
	csd := read("oxicore/4.2/csd.md")
	kindtest.SaysAll(t, "oemmodule 4.2 CSD", csd,
		"Version 4.2 has no component list of its own in the product data, and its components are not stated here: the only list there is version 5.0's, and version 4.2's vulnerability records name mbedtls 2.28.5, which that list does not hold, so that list is not version 4.2's.")
	kindtest.SaysNoneBecause(t, "oemmodule 4.2 CSD", csd, "its own components are not listed",
		"No component is stated to be no longer maintained or abandoned", "before the device's (2027-03-31)", "Components that need attention")
	kindtest.SaysAll(t, "oemmodule lifecycle.md", read("oxicore/lifecycle.md"),
		"Version `4.2` has no component list of its own in the product data, which lists only version `5.0`'s components, so which of version `4.2`'s need attention is not stated here.")
}

// TestCSDLogsPointToSevenOnlyWhenItShowsTheForm: oemmodule's 12 sent the
// reader to 7 for the MDS2 form's answers about the events recorded, but
// 7 prints the data's events table, not the form's answers; 12 now gives
// them. rpmkit's 7 prints them, and 12 still points there.
func TestCSDLogsPointToSevenOnlyWhenItShowsTheForm(t *testing.T) {
	oem := buildFixture(t, "oemmodule")("oxicore/csd.md")
	kindtest.SaysAll(t, "oemmodule CSD", oem,
		"Which logs the device keeps is not stated beyond the MDS2 form's answer that it keeps no audit log of its own (AUDT-1, note 1). The form also answers that it writes no security-relevant events to an audit log (AUDT-2).")
	kindtest.SaysNoneBecause(t, "oemmodule CSD", oem, "7 prints the data's events, not the form's answers",
		"The form's answers about the security events recorded are in")
	kindtest.SaysAll(t, "rpmkit CSD", buildFixture(t, "rpmkit")("cardiowatch/csd.md"),
		"The form's answers about the security events recorded are in [7. Security events and notification](#7-security-events-and-notification).")
}

// TestCSDReliedControlsOnlyOfAcceptableRisks: monitoringwifi's only threat
// naming RC-02 is T-01, whose residual risk is not acceptable; 1 said the
// residual risk "relies on RC-02: it does not hold without that control".
// alarmrelay's RC-01, named by an acceptable threat, is still relied on.
func TestCSDReliedControlsOnlyOfAcceptableRisks(t *testing.T) {
	wifi := buildFixture(t, "monitoringwifi")("sentinel-w/csd.md")
	kindtest.SaysAll(t, "monitoringwifi CSD", wifi,
		"The security risk assessment of Vantor Medical Systems, Inc. names RC-02 for a threat whose residual risk it does not find acceptable even with that control in place: Suppressed alarm forwarding (T-01).")
	kindtest.SaysNoneBecause(t, "monitoringwifi CSD", wifi, "T-01's residual risk is not acceptable", "relies on RC-02")
	kindtest.SaysAll(t, "alarmrelay CSD", buildFixture(t, "alarmrelay")("alertbridge/csd.md"),
		"states in its security risk assessment relies on RC-01: it does not hold without that control.")
}

// TestCSDLogsOfHostedOrSaMDProductsAreTheProducts: rpmkit (samd = true,
// its tablet keeps no audit log, its cloud is hosted) and ecgpatch (a
// patch whose portal keeps the log) said "the device" records the events
// the MDS2 form answers for the product as a whole
// (content.Product.LogNoun); a device with no hosted part (oemmodule)
// keeps "the device".
func TestCSDLogsOfHostedOrSaMDProductsAreTheProducts(t *testing.T) {
	rpm := buildFixture(t, "rpmkit")("cardiowatch/csd.md")
	kindtest.SaysAll(t, "rpmkit CSD", rpm, "Which security events the product records is not stated", "Which logs the product keeps is not stated")
	kindtest.SaysNoneBecause(t, "rpmkit CSD", rpm, "its cloud, not the tablet, keeps the log", "Which security events the device records", "Which logs the device keeps")
	ecg := buildFixture(t, "ecgpatch")("holterpatch/csd.md")
	kindtest.SaysAll(t, "ecgpatch CSD", ecg, "the product's audit logs cannot be exported (AUDT-5)", "Which logs the product keeps is not stated")
	kindtest.SaysNoneBecause(t, "ecgpatch CSD", ecg, "its portal, not the patch, keeps the log", "the device's audit logs", "Which logs the device keeps")
	kindtest.SaysAll(t, "oemmodule CSD", buildFixture(t, "oemmodule")("oxicore/csd.md"), "Which logs the device keeps is not stated")
}

// TestCSDComponentsOfAnEndedVersion: endofsupport 3.4.2's support ended
// on 2025-06-30; its attention table sent every component to the general
// contingency ("the next firmware release replaced it"), though no release
// follows, and notice eos-3-4 names openssl with what its end means.
func TestCSDComponentsOfAnEndedVersion(t *testing.T) {
	csd := buildFixture(t, "endofsupport")("pumpdock/csd.md")
	kindtest.SaysAll(t, "endofsupport CSD", csd,
		"| openssl | 1.1.1n | Actively maintained (as stated); supplier support ended on 2023-09-11 | 2023-09-11 | Yes | Notice HMS-PD-EOS-001 says: The OpenSSL project ended support of OpenSSL 1.1.1 on 11 September 2023; vulnerabilities found in it after that date are not fixed in the DS-200. None stated for version `3.4.2`: see below. |",
		"Support for version `3.4.2` ended on 30 June 2025: no release of version `3.4.2` replaces these components.",
	)
	kindtest.SaysNoneBecause(t, "endofsupport CSD", csd, "the notice names openssl", "| openssl | 1.1.1n | Actively maintained (as stated); supplier support ended on 2023-09-11 | 2023-09-11 | Yes | The general contingency below |")
}
