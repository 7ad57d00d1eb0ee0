package generator

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMFilesNotOfARelease: the plan is no release, and a product
// may publish one SBOM file or one per version (the transferred monitor
// line publishes three); the list before them says which, and never
// "published with this release".
func TestSBOMFilesNotOfARelease(t *testing.T) {
	plan := buildFixture(t, "transferred")("orvia-pm/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The machine-readable SBOM files published with these documents:\n\n- `orvia-pm-5.2.0.cdx.json`\n- `orvia-pm-5.4.0.cdx.json`\n- `orvia-pm-6.0.0.cdx.json`")
	kindtest.SaysNone(t, "security-plan.md", plan, "published with this release")
	one := buildFixture(t, "aed")("lifeguard/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", one, "The machine-readable SBOM published with these documents:\n\n- `lifeguard-3.0.cdx.json`")
}

// TestDeviceSoftwareNotCalledEmbedded: the OCT's software runs on
// a Windows PC its maker supplies. No key says whether a device part's
// software is embedded firmware or an application on a general-purpose
// computer, so the plan says only whose hardware it runs on, naming each
// part with its article and the hosted parts after that hardware.
func TestDeviceSoftwareNotCalledEmbedded(t *testing.T) {
	plan := buildFixture(t, "octimaging")("lumis-oct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The product is a medical device whose software runs on hardware Aurelia Ophthalmics GmbH supplies (the Lumis acquisition PC and the Instrument head). This plan covers that software for every model listed below, together with the hardware features that protect it.")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the data do not say the software is embedded", "embedded software")
	ct := buildFixture(t, "ctscanner")("kestrel-ct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", ct,
		"supplies (the Gantry controller, the Operator console, the Reconstruction server and the Halvorsen Remote Service Gateway); its other parts: the Halvorsen Service Centre, hosted by the manufacturer.")
}

// TestPartNamesInSentences: a part named in a sentence takes "the", and
// the plan closes the list of the hardware the manufacturer supplies
// before naming a part it hosts, which is no hardware. A related system's
// name stays as written: it is often the other product's own name
// ("works with Halcyon Connect 5.3").
func TestPartNamesInSentences(t *testing.T) {
	read := buildFixture(t, "rpmkit")
	plan := read("cardiowatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The product is software as a medical device (SaMD), with hardware Halvard Connected Care, Inc. supplies (the CardioWatch tablet); its other parts: CardioWatch Cloud, hosted by the manufacturer.")
	kindtest.SaysNone(t, "security-plan.md", plan, "supplies: CardioWatch tablet; CardioWatch Cloud")
	notice := read("cardiowatch/notices/eos-3.4.md")
	kindtest.SaysAll(t, "eos-3.4.md", notice,
		"Software `4.0` works with Korvel BP-7 blood-pressure cuff `BP-7 firmware 2.x`",
		"on the customer's network: the CardioWatch tablet connects only over its cellular interface")
	ecg := buildFixture(t, "ecgpatch")("holterpatch/notices/eos-1.0.md")
	kindtest.SaysAll(t, "eos-1.0.md", ecg,
		"on the customer's network: the TraceWeek patch joins no network of the customer's; the Read-out lab workstation is hosted by the manufacturer; the TraceWeek analysis service and portal is hosted by the manufacturer.")
	kindtest.SaysNone(t, "eos-1.0.md", ecg, ": TraceWeek patch joins", "; Read-out lab workstation is")
}

// TestContingencyOfAnEndedVersion: the pump dock's last firmware,
// 3.4.2, is past its end of support on the plan's date. "The general
// contingency above" (the next firmware release replaced the component)
// is no answer for it alone: the row says no release of that version
// replaces the component; where a notice names the component, its
// concern is labelled as the notice's and that clause follows it
// (TestPlanAttentionGivesTheContingencyAfterAConcern). A version still
// supported keeps the plain reference.
func TestContingencyOfAnEndedVersion(t *testing.T) {
	plan := buildFixture(t, "endofsupport")("pumpdock/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| busybox | 1.35.0 | No longer maintained | Ended; date not stated | The general contingency above; support of version `3.4.2` ended on 2025-06-30, so no release of that version replaces this component |",
		"| 2023-09-11 | Notice HMS-PD-EOS-001 says: The OpenSSL project ended support of OpenSSL 1.1.1 on 11 September 2023; vulnerabilities found in it after that date are not fixed in the DS-200. The general contingency above; support of version `3.4.2` ended on 2025-06-30, so no release of that version replaces this component. |")
	kindtest.SaysNone(t, "security-plan.md", plan, "| The general contingency above |")
	oct := buildFixture(t, "octimaging")("lumis-oct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", oct, "| 2026-11-10 | The general contingency above |")
}

// TestNoticeControlsOfTheCSD: the ECG patch's CSD recommends no
// control, so its notice does not say the customer needs none "beyond
// those of the customer security documentation"; with a recommended
// control, it does.
func TestNoticeControlsOfTheCSD(t *testing.T) {
	const without = "None: Cardiolane Diagnostics, Inc. states that the customer needs no compensating control for the affected devices."
	notice := buildFixture(t, "ecgpatch")("holterpatch/notices/eos-1.0.md")
	kindtest.SaysAll(t, "eos-1.0.md", notice, without)
	kindtest.SaysNone(t, "eos-1.0.md", notice, "beyond those of the customer security documentation")
	files, _ := buildFixtureEdited(t, "ecgpatch", "holterpatch.toml", kindtest.Replace("[documents]\n",
		"[[recommended_controls]]\nid = \"RC-01\"\ncategory = \"access_control\"\ntitle = \"Portal accounts\"\nrecommendation = \"Remove the portal accounts of staff who leave.\"\npriority = \"recommended\"\n\n[documents]\n"))
	kindtest.SaysAll(t, "eos-1.0.md", files["holterpatch/notices/eos-1.0.md"],
		"None: Cardiolane Diagnostics, Inc. states that the customer needs no compensating control for the affected devices beyond those of the customer security documentation.")
}

// TestNoticeHostUpkeepSaidPlainly: the dental imaging database runs
// on a server the practice keeps; the notice says in a sentence of its own
// that the practice's own traffic to and from that host is for its own
// rules, before asking to block every port not listed.
func TestNoticeHostUpkeepSaidPlainly(t *testing.T) {
	notice := buildFixture(t, "dentalxray")("dentasense/notices/eos-2.4.md")
	kindtest.SaysAll(t, "eos-2.4.md", notice,
		"The customer's own traffic to and from the host that runs the DentaSense image database (backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if that host runs nothing but the product: the ports below are only the product's own connections. Apart from that traffic, the product needs these ports; block every other port of the product and every endpoint not listed, except the other traffic of the customer's own computers that DentaSense Imaging (chairside) runs on:")
	kindtest.SaysNone(t, "eos-2.4.md", notice, "the final deny is not for the traffic", "upkeep of the host")
}

// TestEveryPartThatReceivesSoftware: the WMTS monitoring system's
// updatability view draws only the flow that brings software to the
// bedside monitors; the receiver, the central station and the server
// receive software too (their interfaces carry it) and the transmitter's
// patching says who updates its firmware: the list of who installs
// updates names each.
func TestEveryPartThatReceivesSoftware(t *testing.T) {
	plan := buildFixture(t, "monitoringwifi")("sentinel-w/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Who installs updates on each part that receives software:\n\n- **Bedside monitor:** ",
		"- **Telemetry transmitter:** The hospital's biomedical engineering team updates transmitter firmware in the docking cradle of the telemetry receiver.",
		"- **Telemetry receiver:** The hospital's biomedical engineering team installs Vantor's validated receiver software.",
		"- **Central station:** Vantor validates Microsoft's monthly security updates",
		"- **Sentinel monitoring server:** The hospital runs the virtualization platform;")
}

// TestLifecycleJSONComponentsAsHeld: lifecycle.json's "components"
// are the current version's components a [[components]] entry annotates;
// the page says so, and says nothing of them when there are none (the
// EU-only pump annotates none, while its page gives three components' end
// of support).
func TestLifecycleJSONComponentsAsHeld(t *testing.T) {
	read := buildFixture(t, "euonly")
	var doc struct {
		Components []json.RawMessage `json:"components"`
	}
	if err := json.Unmarshal([]byte(read("infuvia/lifecycle.json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Components) != 0 {
		t.Fatalf("lifecycle.json lists %d components; the fixture annotates none", len(doc.Components))
	}
	page := read("infuvia/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page, "(`cdx:lifecycle:milestone:generalAvailability` to `cdx:lifecycle:milestone:endOfSupport`) and the components that need attention in the supported versions, for asset-management")
	kindtest.SaysNoneBecause(t, "lifecycle.md", page, "lifecycle.json lists no component's support", "the components' end of support", "the supplier support of")
	oct := buildFixture(t, "octimaging")("lumis-oct/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", oct, "the components that need attention in the supported versions, the supplier support of the 3 components of version `5.0` that Aurelia Ophthalmics GmbH annotates (each with its own assessment of that support) and the notices, for")
}

// TestContingencyOfAStoppedVersion: with 3.4.2 supported on the
// plan's date, a row relying on the general contingency says when the
// releases that would replace the component stopped: its guaranteed
// security fixes ended, or a notice stopped its regular releases.
func TestContingencyOfAStoppedVersion(t *testing.T) {
	later := kindtest.Replace("end_of_guaranteed_support = 2024-03-31\nend_of_support = 2025-06-30\n", "end_of_guaranteed_support = 2024-03-31\nend_of_support = 2027-06-30\n")
	files, _ := buildFixtureEdited(t, "endofsupport", "pumpdock.toml", later)
	kindtest.SaysAll(t, "security-plan.md", files["pumpdock/security-plan.md"],
		"| busybox | 1.35.0 | No longer maintained | Ended; date not stated | The general contingency above; guaranteed security fixes for version `3.4.2` ended on 2024-03-31, so no release of that version is promised to replace this component |")
	regular := func(s string) string {
		s = kindtest.Replace("end_of_guaranteed_support = 2024-03-31\nend_of_support = 2025-06-30\n", "end_of_support = 2027-06-30\n")(s)
		return kindtest.Replace(`stops = [{ what = "security_updates", milestone = "end_of_support" }`, `stops = [{ what = "updates", date = 2025-01-15 }, { what = "security_updates", milestone = "end_of_support" }`)(s)
	}
	files, _ = buildFixtureEdited(t, "endofsupport", "pumpdock.toml", regular)
	plan := files["pumpdock/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| busybox | 1.35.0 | No longer maintained | Ended; date not stated | The general contingency above; regular releases for version `3.4.2` stopped on 2025-01-15, so no regular release of that version replaces this component |")
	kindtest.SaysNone(t, "security-plan.md", plan, "support of version `3.4.2` ended")
}
