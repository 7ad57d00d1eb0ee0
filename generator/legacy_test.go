package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/legacy is a legacy product unlike the examples: a patient-monitor
// central station on Windows Embedded Standard 7 whose every version is
// past its end of support (2.4.0 on 2023-12-31, 2.6.0 on 2025-12-01, the
// day its documents were released; the site's as-of date is a year later),
// with end-of-life and end-of-support notices, an operating system past
// Microsoft's support and a known vulnerability that will not be fixed.

// TestLegacyPatchCommitmentsAreNoLongerHeld: with no version supported,
// the CSD and the plan print the patch timelines as the commitments that
// were held while versions were supported, not as those "for supported
// versions", of which there are none. (A product with a version still
// supported keeps the present tense: TestWorkstation… in fixture_test.go
// and the plan kind's patching test.)
func TestLegacyPatchCommitmentsAreNoLongerHeld(t *testing.T) {
	read := buildFixture(t, "legacy")
	csd, plan := read("vigil-cs/csd.md"), read("vigil-cs/security-plan.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"**Update timelines.** Version `2.6.0` reached its end of support on 1 December 2025 and receives no further updates, nor does any other version of the Meridian Vigil Central Station: these were the commitments while versions were supported.",
		"| Software updates | None: support for version `2.6.0` ended on 2025-12-01 |",
		"No fix is planned for version 2.6.0.",
	)
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Support for version `2.6.0`, the current version, ended on 1 December 2025, and no version of the Meridian Vigil Central Station is supported any more: no version receives further updates, and these were the commitments while versions were supported.",
	)
	for rel, doc := range map[string]string{"csd.md": csd, "security-plan.md": plan} {
		if strings.Contains(doc, "commitments for supported versions") {
			t.Errorf("%s gives its patch timelines as the commitments for supported versions, of which there are none", rel)
		}
	}
}

// TestLegacyPlanAdvisoriesAfterSupport: once every version's support had
// ended, the plan's 9.8 said "Meridian publishes no further advisories"
// (the product data's words) and then "Advisories are published at" the
// PSIRT's page, as for a supported product. It names the page as the
// manufacturer's instead; the example's supported pump keeps the sentence.
func TestLegacyPlanAdvisoriesAfterSupport(t *testing.T) {
	plan := buildFixture(t, "legacy")("vigil-cs/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Meridian Infusion Systems, Inc.'s security advisories page is <https://www.meridian-infusion.example/security/advisories>.")
	kindtest.SaysNone(t, "security-plan.md", plan, "Advisories are published at")
	pump, err := os.ReadFile("../golden/halcyon-lvp7/security-plan.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "halcyon-lvp7/security-plan.md", string(pump), "Advisories are published at <https://")
}

// TestLegacyLifecycleSaysWhatItPublishes: with version 2.4.0's notice
// left out of the data, though its end of support passed and the data say
// customers were told before each, the page said "None", as if none had
// been issued, and its key said a milestone "Not set" (2.4.0's end of
// production) "has no date", which the data do not say. It speaks of
// what it publishes; with the notice in the data (the fixture's), it
// links it.
func TestLegacyLifecycleSaysWhatItPublishes(t *testing.T) {
	page := buildFixture(t, "legacy")("vigil-cs/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page,
		"| 2.4.0 | VG-CS | End of Support | None scheduled | [End of life, issued 2019-12-16](notices/eol-2-4.html) |",
		`A milestone marked "Not set" has no date in the product data and does not lie ahead: the version's support has ended, or it was withdrawn; whether it came before then, and when, is not stated.`)
	kindtest.SaysNone(t, "lifecycle.md", page, "| None |", "has no date and none")

	files, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", func(s string) string {
		i := strings.Index(s, "[[notices]]\nid = \"eol-2-4\"")
		j := strings.Index(s, "[[notices]]\nid = \"eol-2-6\"")
		if i < 0 || j < i {
			t.Fatal("the legacy fixture has no notice eol-2-4 before eol-2-6")
		}
		return s[:i] + s[j:]
	})
	page = files["vigil-cs/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md without 2.4.0's notice", page,
		"| 2.4.0 | VG-CS | End of Support | None scheduled | None published here |")
	kindtest.SaysNone(t, "lifecycle.md without 2.4.0's notice", page, "| None |", "has no date and none")
}

// legacyCheck runs check on testdata/legacy, or on a copy edited by edit,
// and returns every diagnostic, one a line, with its key path.
func legacyCheck(t *testing.T, edit func(string) string) string {
	t.Helper()
	return fixtureCheck(t, "legacy", "vigil-cs.toml", edit)
}

// TestLegacyCheckAsksWhoTakesIncidentsAfterSupport: the CSD and the plan,
// released on 2.6.0's end of support, and the product page a year later,
// tell customers to report a suspected incident to technical support and
// promise triage within 24 hours, though all support, technical support
// included, ended that day for every version (and the end-of-support
// notice stops it). Check warns; with the PSIRT as the incident contact it
// does not.
func TestLegacyCheckAsksWhoTakesIncidentsAfterSupport(t *testing.T) {
	const want = "postmarket.incident_reporting.contact: customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by 2025-12-01 (versions[1].end_of_support), in the security plan (released 2025-12-01), the CSD (released 2025-12-01) and the product page (as of 2026-12-01, the site file's as_of)"
	if got := legacyCheck(t, nil); !strings.Contains(got, want) {
		t.Errorf("check does not warn that incident reports go to technical support after it ended; it says:\n%s", got)
	}
	psirt := legacyCheck(t, func(s string) string {
		return strings.Replace(s, "[postmarket.incident_reporting]\ncontact = \"support\"", "[postmarket.incident_reporting]\ncontact = \"psirt\"", 1)
	})
	if strings.Contains(psirt, "postmarket.incident_reporting.contact") {
		t.Errorf("check warns of the incident contact with the PSIRT named:\n%s", psirt)
	}
}

// TestLegacyRDMP4NotFromContingencyText: the legacy station's contingency
// is "None: the product is past its end of support." and its components
// have ends of support; the form said Yes to RDMP-4 ("plans for the end
// of life of third-party components") from that text. The stated
// suppliers.end_of_life_planned = false decides it now; without it the
// answer is the manufacturer's to give, and check says which fact would
// decide it.
func TestLegacyRDMP4NotFromContingencyText(t *testing.T) {
	read := buildFixture(t, "legacy")
	form := read("vigil-cs/mds2.md")
	kindtest.SaysAll(t, "mds2.md", form,
		"| RDMP-4 | No | Derived from the product data: suppliers.end\\_of\\_life\\_planned states that the manufacturer does not plan for its third-party components' end of life. |")
	kindtest.SaysNoneBecause(t, "mds2.md", form, "the contingency text says None", "suppliers.contingency plans")

	got := legacyCheck(t, func(s string) string {
		return strings.Replace(s, "end_of_life_planned = false\n", "", 1)
	})
	const want = `mds2.answers.RDMP-4: RDMP-4 has no answer (Does the manufacturer plan for the end of life of the third-party components in the device?): add "RDMP-4" = "yes", "no", "na" or "see_note" to [mds2.answers]; or state suppliers.end_of_life_planned (true or false), from which the form takes it`
	if !strings.Contains(got, want) {
		t.Errorf("without suppliers.end_of_life_planned, check does not ask for RDMP-4's answer; it says:\n%s", got)
	}
}

// TestLegacyNoticeCommitmentIsPast: with every version past its end of
// support, the plan, the CSD and the lifecycle page give the months of
// notice before an end of support as the commitment held while versions
// were supported, not as one still given (no version is left to reach
// it), and the lifecycle page no longer promises to announce an end of
// support "not yet set" (none is). With a version still supported (the
// same product, 2.6.0's end of support a year after the documents; the
// analyzer, supported until 2031) they keep the present tense.
func TestLegacyNoticeCommitmentIsPast(t *testing.T) {
	const (
		past    = "Support has ended for every version of the Meridian Vigil Central Station, so no end of support remains to be announced; while versions were supported, the commitment of Meridian Infusion Systems, Inc. was to give "
		present = " at least 24 months' notice before a version reaches end of support."
		unset   = "an end of support not yet set is announced here"
	)
	docs := []string{"vigil-cs/security-plan.md", "vigil-cs/csd.md", "vigil-cs/lifecycle.md"}
	read := buildFixture(t, "legacy")
	for _, rel := range docs {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, past)
		kindtest.SaysNoneBecause(t, rel, doc, "no version of the product is left to reach end of support", present, unset, "gives customers at least 24 months'")
	}

	files, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", func(s string) string {
		return strings.Replace(s, "end_of_support = 2025-12-01\n\n[versions.changes]", "end_of_support = 2026-12-01\n\n[versions.changes]", 1)
	})
	for _, rel := range docs {
		doc := files[rel]
		if doc == "" {
			t.Fatalf("the edited legacy fixture's site has no %s", rel)
		}
		kindtest.SaysNoneBecause(t, rel, doc, "2.6.0 is still supported on the documents' date", past)
		if !strings.Contains(doc, present) && !strings.Contains(doc, "gives customers at least 24 months' notice before a version reaches end of support.") {
			t.Errorf("%s does not give the notice commitment in the present tense while 2.6.0 is supported", rel)
		}
	}
	analyzer := buildFixture(t, "analyzer")
	for _, rel := range []string{"corvane-ca600/security-plan.md", "corvane-ca600/lifecycle.md"} {
		doc := analyzer(rel)
		kindtest.SaysNoneBecause(t, rel, doc, "the analyzer is supported until 2031", "Support has ended for every version")
		if !strings.Contains(doc, "at least 24 months' notice before a version reaches end of support") {
			t.Errorf("%s does not give the notice commitment in the present tense", rel)
		}
	}
}

// TestLegacyCadenceBesideReleases: with a quarterly cadence promised (the
// fixture, edited: it keeps the cadence it actually kept, as needed), the
// plan records only its last revision (C, 2025-12-01), so the quarterly
// cadence is known, and held by check, from that date on; the releases of
// 2016 and 2019 came before it. Section 9.6 printed "Quarterly. Releases
// made: 2.4.0 on 2016-03-01, 2.6.0 on 2019-06-01", a rhythm those two
// releases cannot show. It now gives the revision's date and lists the
// releases before it apart. With the plan's history reaching back before
// the releases, they are the releases made under the cadence, listed as
// before, and check reports the gaps. The fixture's own as-needed cadence
// lists the releases and check holds no calendar against them.
func TestLegacyCadenceBesideReleases(t *testing.T) {
	const (
		split  = "| Regular release cadence | Quarterly. This plan's earliest recorded revision is dated 2025-12-01; releases of the versions the product data lists from then on: none; earlier ones: 2.4.0 on 2016-03-01, 2.6.0 on 2019-06-01. |"
		whole  = "| Regular release cadence | Quarterly. Releases of the versions the product data lists: 2.4.0 on 2016-03-01, 2.6.0 on 2019-06-01. |"
		gaps   = "postmarket.patching.release_cadence: a release of Meridian Vigil Central Station is promised at least every 3 months (quarterly), but none came from 2.4.0 (2016-03-01) to 2.6.0 (2019-06-01)"
		asNeed = "| Regular release cadence | As needed, no fixed calendar. Releases of the versions the product data lists: 2.4.0 on 2016-03-01, 2.6.0 on 2019-06-01. |"
	)
	kindtest.SaysAll(t, "security-plan.md", buildFixture(t, "legacy")("vigil-cs/security-plan.md"), asNeed)
	if got := legacyCheck(t, nil); strings.Contains(got, "release_cadence") {
		t.Errorf("check holds the as-needed cadence against the releases:\n%s", got)
	}

	quarterly := func(s string) string {
		if !strings.Contains(s, `release_cadence = "as_needed"`) {
			t.Fatal("the legacy fixture states no as-needed release cadence to edit")
		}
		return strings.Replace(s, `release_cadence = "as_needed"`, `release_cadence = "quarterly"`, 1)
	}
	files, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", quarterly)
	plan := files["vigil-cs/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, split)
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the plan's only recorded revision is of 2025-12-01, after both releases", whole)
	if got := legacyCheck(t, quarterly); strings.Contains(got, "release_cadence") {
		t.Errorf("check holds the cadence against releases before the plan's earliest recorded revision:\n%s", got)
	}

	earlier := func(s string) string {
		return strings.Replace(quarterly(s), `history = [{ revision = "C", date = 2025-12-01, summary = "End of support of 2.6.0." }]`,
			`history = [{ revision = "A", date = 2015-06-01, summary = "First release." }, { revision = "C", date = 2025-12-01, summary = "End of support of 2.6.0." }]`, 1)
	}
	files, _ = buildFixtureEdited(t, "legacy", "vigil-cs.toml", earlier)
	plan = files["vigil-cs/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, whole)
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the plan's history reaches back before both releases", "earliest recorded revision")
	if got := legacyCheck(t, earlier); !strings.Contains(got, gaps) {
		t.Errorf("check does not report the gaps in the quarterly releases; it says:\n%s", got)
	}
}

// TestLegacyNoticeSanitisationAfterSteps: the notices list the station's
// decommissioning steps ("Erase the disk with the Meridian sanitisation
// tool.") but the product states no data store; section 11 then said
// "Where the product's data rests, and how it is erased, is not stated.",
// which the step above it denies. A notice always gives steps or its own
// decommissioning text (validation asks for one), so it now says only
// that where each kind of data rests is not stated.
func TestLegacyNoticeSanitisationAfterSteps(t *testing.T) {
	read := buildFixture(t, "legacy")
	for _, rel := range []string{"vigil-cs/notices/eol-2-6.md", "vigil-cs/notices/eos-2-6.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "2. Erase the disk with the Meridian sanitisation tool.", "Where each kind of the product's data rests is not stated.")
		kindtest.SaysNoneBecause(t, rel, doc, "the steps say how the disk is erased", "and how it is erased, is not stated")
	}
}

// TestLegacyMDS2AnswersAgreeWithItsFacts: the station's hand MDS2 answers
// were copied from the workstation's and denied its own facts: a shared
// unit account that logs on automatically (PAUT-1, PAUT-1.1 Yes, PAUT-13
// No), sign-in checked locally (AUTH-1.1, PAUT-2 Yes), an account set up
// by Meridian (SGUD-3.1 Yes), every endpoint inside the hospital (CONN-4
// Yes), the configuration exported to a USB drive and signed (CONN-1.2.3,
// DTBK-6 No), and updates installed on site by field service (CSUP-2.2,
// CSUP-3.2, CSUP-5.2 No; CSUP-2.3, CSUP-5.3 Yes). Each answer now follows
// the fact, and check finds no answer the accounts' sign_in contradicts.
func TestLegacyMDS2AnswersAgreeWithItsFacts(t *testing.T) {
	rows := mds2Rows(t, buildFixture(t, "legacy")("vigil-cs/mds2.json"))
	for _, c := range []struct{ id, want, fact string }{
		{"PAUT-1", "No", "the clinicians share one unit account"},
		{"PAUT-1.1", "No", "the unit account logs on automatically"},
		{"PAUT-13", "Yes", "the clinician account is a shared unit account"},
		{"AUTH-1.1", "No", "both accounts sign in locally"},
		{"PAUT-2", "No", "both accounts sign in locally"},
		{"SGUD-3.1", "No", "the clinician account is not customer-managed"},
		{"CONN-4", "No", "every endpoint is on the monitoring network or the hospital's HL7 engine"},
		{"CONN-1.2.3", "Yes", "the configuration is exported to a USB drive"},
		{"DTBK-6", "Yes", "the exported configuration is signed and checked on import"},
		{"CSUP-2.2", "Yes", "field service installed the updates"},
		{"CSUP-2.3", "No", "updates were installed on site"},
		{"CSUP-3.2", "Yes", "field service installed the updates"},
		{"CSUP-5.2", "Yes", "field service installed the updates"},
		{"CSUP-5.3", "No", "updates were installed on site"},
	} {
		if got := rows[c.id].Answer; got != c.want {
			t.Errorf("%s: mds2.json answers %q, want %s: %s", c.id, got, c.want, c.fact)
		}
	}
	if got := legacyCheck(t, nil); strings.Contains(got, "mds2.answers.AUTH-1.1") || strings.Contains(got, "mds2.answers.PAUT-2") {
		t.Errorf("check finds hand answers the accounts' sign_in contradicts:\n%s", got)
	}
}

// TestLegacyRemoteFunctionsFromItsFacts: field service installed every
// update of the station on site, yet its form answered RMOT-3 (other
// remote functions, such as software updates) Yes by hand. The fixture
// states [remote_service] instead: no remote service, no telemetry, no
// other remote function; the form derives RMOT-1, RMOT-2 and RMOT-3 No
// from it, and the session questions RMOT-1.1 to 1.3 N/A, and the CSD
// says so.
func TestLegacyRemoteFunctionsFromItsFacts(t *testing.T) {
	site := buildFixture(t, "legacy")
	kindtest.SaysAll(t, "mds2.md", site("vigil-cs/mds2.md"),
		"| RMOT-1 | No | Derived from the product data: remote\\_service.offered says the manufacturer has no remote service of the device. |",
		"| RMOT-2 | No | Derived from the product data: remote\\_service.telemetry says",
		`| RMOT-3 | No | Derived from the product data: remote\_service.other\_functions is "none": the manufacturer does not update the device's software, change its settings or train its users remotely. |`,
		"| RMOT-1.2 | N/A | Derived from the product data: remote\\_service.offered says the manufacturer has no remote service of the device, so there is no remote-service session. |")
	kindtest.SaysAll(t, "csd.md", site("vigil-cs/csd.md"),
		"**Remote service.** Meridian Infusion Systems, Inc. states that it offers no remote service connection to the device.",
		"| Other things Meridian Infusion Systems, Inc. does with the device remotely (software updates, configuration, training) | No |")
}

// TestLegacyRiskReportPathsWithoutFlows: the station lists no data flows,
// so its risk report draws no data-flow diagram, and its one attack path
// is the central station itself; the report still introduced the paths
// "in the flows of the data-flow diagram". It now says that the paths go
// through parts and systems and that no diagram is drawn. The analyzer,
// whose data flows are drawn, keeps the sentence about flows.
func TestLegacyRiskReportPathsWithoutFlows(t *testing.T) {
	const (
		flows   = "The attack path of each threat, in the flows of the data-flow diagram:"
		noFlows = "The attack path of each threat, by the parts of the product and the systems it goes through: the product data lists no data flows, so no data-flow diagram is drawn and no path goes through a flow."
	)
	report := buildFixture(t, "legacy")("vigil-cs/risk-report.md")
	kindtest.SaysAll(t, "risk-report.md", report, noFlows, "| T-01 | Vigil central station |")
	kindtest.SaysNoneBecause(t, "risk-report.md", report, "the station lists no data flows and the report draws no data-flow diagram", flows, "The data-flow diagram of the threat model")

	analyzer := buildFixture(t, "analyzer")("corvane-ca600/risk-report.md")
	kindtest.SaysAll(t, "analyzer risk-report.md", analyzer, flows, "The data-flow diagram of the threat model")
	kindtest.SaysNoneBecause(t, "analyzer risk-report.md", analyzer, "the analyzer lists data flows", noFlows)
}

// TestLegacyNoN70BeforeItWasPublished: IMDRF N70 was published in April
// 2023. The end-of-life notice of December 2021 rightly leaves it out of
// the editions it follows, yet said "Stages are those of IMDRF N70 on 15
// December 2021." It now names N70 nowhere; the end-of-support notice of
// 2024 still does. The same holds for a CSD, plan and lifecycle page
// released before N70 (the fixture's, dated 2022 for the test), which
// keep the stages without citing it, and cite it when released after.
func TestLegacyNoN70BeforeItWasPublished(t *testing.T) {
	read := buildFixture(t, "legacy")
	eol, eos := read("vigil-cs/notices/eol-2-6.md"), read("vigil-cs/notices/eos-2-6.md")
	kindtest.SaysAll(t, "eol-2-6.md", eol, "Stages are given as of 15 December 2021.")
	kindtest.SaysNoneBecause(t, "eol-2-6.md", eol, "IMDRF N70 was published in April 2023, after the notice", "N70")
	kindtest.SaysAll(t, "eos-2-6.md", eos, "Stages are those of IMDRF N70 on 1 December 2024.")
	for _, rel := range []string{"vigil-cs/csd.md", "vigil-cs/security-plan.md", "vigil-cs/lifecycle.md"} {
		kindtest.SaysAll(t, rel, read(rel), "IMDRF N70")
	}

	files, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", func(s string) string {
		for _, doc := range []string{"security_plan", "csd", "lifecycle"} {
			i := strings.Index(s, "[documents."+doc+"]\n")
			j := i + strings.Index(s[i:], "\n\n")
			s = s[:i] + strings.NewReplacer("2025-12-01", "2022-12-01", "2025-11-20", "2022-11-20").Replace(s[i:j]) + s[j:]
		}
		return s
	})
	for _, c := range []struct{ rel, stages string }{
		{"vigil-cs/csd.md", "The stages are Development until general availability, then Support, then Limited Support from end of life, then End of Support."},
		{"vigil-cs/security-plan.md", "Stages are Development, Support, Limited Support and End of Support; every milestone date is in"},
		{"vigil-cs/lifecycle.md", "## 5. Lifecycle stages\n\nRisk to the customer grows once updates stop"},
	} {
		doc := files[c.rel]
		if doc == "" {
			t.Fatalf("the edited legacy fixture's site has no %s", c.rel)
		}
		kindtest.SaysAll(t, c.rel+" of 2022", doc, c.stages)
		kindtest.SaysNoneBecause(t, c.rel+" of 2022", doc, "IMDRF N70 was published after the document", "N70")
	}
}

// TestLegacyHandSessionAnswersBesideNoRemoteService: with remote service
// stated not offered, the session questions are derived N/A and yield to
// the manufacturer's answer: a hand No (as forms often answer under a No)
// stands without a warning, a hand Yes contradicts the stated fact and is
// a warning at the answer.
func TestLegacyHandSessionAnswersBesideNoRemoteService(t *testing.T) {
	got := legacyCheck(t, func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"RMOT-1.1\" = \"no\"\n\"RMOT-1.2\" = \"yes\"\n", 1)
	})
	kindtest.SaysAll(t, "check", got, "mds2.answers.RMOT-1.2: answer Yes contradicts the product data, which gives N/A: remote_service.offered (")
	kindtest.SaysNoneBecause(t, "check", got, "a No under a No stands as given", "mds2.answers.RMOT-1.1")
}

// TestLegacyVEXReasonTrueOnItsDate: the VEX files of 2.6.0 speak as of
// the latest disclosure of its vulnerabilities (CVE-2022-21907, 11 January
// 2022, no later assessment), when 2.6.0 was still supported; their reason
// for not fixing CVE-2021-24086 said 2.6.0 "is past its end of support"
// (1 December 2025). The reason true then is the operating system's end of
// support (13 October 2020), after which Microsoft fixed it only through
// the Extended Security Updates that Meridian does not install.
func TestLegacyVEXReasonTrueOnItsDate(t *testing.T) {
	site := buildFixture(t, "legacy")
	for _, rel := range []string{"vigil-cs/vex-2.6.0.openvex.json", "vigil-cs/vex-2.6.0.cdx.json"} {
		vex := site(rel)
		kindtest.SaysAll(t, rel, vex, "2022-01-11", "Microsoft fixed it for Windows Embedded Standard 7, whose support ended on 13 October 2020, only through the paid Extended Security Updates, which Meridian does not install on Vigil stations.")
		kindtest.SaysNoneBecause(t, rel, vex, "a reason not yet true on the file's date", "is past its end of support")
	}
}

// TestLegacyOlderVersionWithoutAListOfItsOwnDoesNotDenyVulnerabilities:
// built as of 2023-06-01 with documents.versions = "supported", version
// 2.4.0 (supported until 2023-12-31) gets its own CSD. It has no SBOM
// file of its own, so its CSD lists version 2.6.0's components, and no
// vulnerability can be recorded for it (check refuses one: "version 2.4.0
// contains none of the components"). Its CSD must not say the product
// data records no known vulnerability in its components (Windows Embedded
// Standard 7, which its list shows, is affected by CVE-2021-24086 in
// 2.6.0), but that they are not stated.
func TestLegacyOlderVersionWithoutAListOfItsOwnDoesNotDenyVulnerabilities(t *testing.T) {
	dir := filepath.Join("testdata", "legacy")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "vigil-cs.toml", func(s string) string {
		s = strings.ReplaceAll(s, "release_date = 2025-12-01", "release_date = 2023-06-01")
		s = strings.ReplaceAll(s, `{ revision = "C", date = 2025-12-01, summary = "End of support of 2.6.0." }`, `{ revision = "C", date = 2023-06-01, summary = "Before the end of support of 2.4.0." }`)
		s = strings.ReplaceAll(s, "date = 2025-11-20 }", "date = 2023-05-20 }")
		s = strings.Replace(s, "[mds2]\nversions = [\"2.6.0\"]\n", "[mds2]\n", 1)
		return strings.Replace(s, `"risk_report", "estar"]`, `"risk_report", "estar"]`+"\nversions = \"supported\"", 1)
	})
	b, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(site, []byte(strings.Replace(string(b), "as_of = 2026-12-01", "as_of = 2023-06-01", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	csd := read("vigil-cs/2.4.0/csd.md")
	kindtest.SaysAll(t, "2.4.0/csd.md", csd,
		"Version 2.4.0 has no component list of its own in the product data: the components below are those it lists for version 2.6.0",
		"Known vulnerabilities in the components of version 2.4.0 are not stated: the product data gives it no component list of its own.",
	)
	kindtest.SaysNoneBecause(t, "2.4.0/csd.md", csd, "no vulnerability can be recorded for a version without a list of its own",
		"The product data records no known vulnerability in the components of version 2.4.0.")
	// The current version's CSD still gives its own.
	kindtest.SaysAll(t, "csd.md", read("vigil-cs/csd.md"), "| CVE-2021-24086: Windows TCP/IP denial of service |")
}
