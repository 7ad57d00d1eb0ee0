package generator

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildCloudSaMD builds testdata/cloudsamd: a cloud-only Software as a
// Medical Device unlike the examples (an AI triage service for chest CT
// the manufacturer hosts entirely in its own tenancy; hospitals reach it
// through a browser and an HTTPS API their PACS calls, and sign in through
// their own identity provider; nothing of the product on the hospital
// network). It returns the Markdown of the document at rel (e.g.
// "lumentriage/csd.md").
func buildCloudSaMD(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "cloudsamd")
}

// TestCloudSaMDFirewallRulesComeFromTheHospitalSystems: the study API is
// called by the hospital's PACS and the viewer by radiologists' browsers,
// outside systems the flows over those interfaces name and flow_endpoints
// place on the hospital's side: each rule comes from them (it came from
// the hospital network as a whole). The hospital's identity provider only
// passes sign-in assertions through the browser (a flow that names no
// interface). The rules must not say the identity provider connects to
// either service. The rule's both directions are
// TestFirewallRulesNameTheUsersOfACloudPort and
// TestFirewallRuleNamesTheSystemsTheFlowsPlace in generator/content.
func TestCloudSaMDFirewallRulesComeFromTheHospitalSystems(t *testing.T) {
	csd := buildCloudSaMD(t)("lumentriage/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| 1 | Allow | Hospital PACS | api.lumentriage.example | 443/TCP |",
		"| 2 | Allow | Radiologist's web browser | app.lumentriage.example | 443/TCP |",
	)
	if strings.Contains(csd, "| Allow | Hospital identity provider |") {
		t.Errorf("csd.md says the hospital identity provider connects to the cloud service, which no flow over its ports says")
	}
}

// TestCloudSaMDFirewallSectionNamesTheHospitalSystems: the service has no
// port on the hospital network, but its flows link it to the hospital's
// PACS, the radiologists' browsers and the hospital's identity provider,
// which the responsibility table lists as a part there: section 3.3 must
// name them rather than say that no part of the product listens or
// connects on the hospital network, and must say that the identity
// provider's flow names no connection, rather than give or deny it a
// rule. The rule's both directions are TestCustomerLinks in
// generator/content and TestCSDNoPartOnTheCustomerNetwork in
// generator/kind/csd.
func TestCloudSaMDFirewallSectionNamesTheHospitalSystems(t *testing.T) {
	csd := buildCloudSaMD(t)("lumentriage/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"No port in [3.2 Network ports](#3-2-network-ports) listens on the hospital network. The product exchanges data with these systems on the hospital network (see [2.1 Data in transit](#2-1-data-in-transit)): Hospital PACS (DF-01), Radiologist's web browser (DF-02) and Hospital identity provider (DF-03).",
		"Every allow rule below is outbound: it lets the hospital network reach a service the manufacturer hosts. None lets a connection into the hospital network, and no deny rule is given, as no port of the product listens there.",
		"DF-03 names no interface: which connection carries it, and whether it needs a rule, is not stated.",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "false beside the hospital's identity provider, a part on the hospital network",
		"No part of the product listens or connects on the hospital network", "there is no part of the product to isolate")
}

// TestCloudSaMDMDS2StoredCredentialsNotDerivedNo: the sign-in assertions
// of the hospital's identity provider reach the service (a data flow of
// credentials) although no store or interface lists credentials: whether
// the device stores or manages credentials (PAUT-14) is then the
// product's answer, never a derived No. The rule's both directions are
// table tests in generator/kind/mds2form.
func TestCloudSaMDMDS2StoredCredentialsNotDerivedNo(t *testing.T) {
	mds2 := buildCloudSaMD(t)("lumentriage/mds2.md")
	if !strings.Contains(mds2, `| PAUT-14 | Does the device store or manage authentication credentials? | [Yes](#how-derived-and-ruled-out-answers-were-reached "The manufacturer's answer; the product data agree: accounts[1].sign_in lists local for Integration client`) {
		t.Errorf("mds2.md lacks the product's own PAUT-14 answer")
	}
	if strings.Contains(mds2, "and interfaces list no credentials") {
		t.Errorf("mds2.md derives PAUT-14 = No although a data flow carries credentials")
	}
}

// TestCloudSaMDCSDIsolatesNothing: nothing of the product is on the
// hospital network, so the CSD's opening must not promise firewall rules
// that isolate it (its section 3.3 gives no deny rule), nor call what the
// rules let through the hospital's "users" (the study API's caller is the
// hospital's PACS, a system), and
// a product with no device part is "the product", not "the device", where
// the SIEM forwarding is not stated (12.1 says what the MDS2 form answers
// instead: its audit logs cannot be exported, AUDT-5 No) and where its
// security events are not stated (7).
func TestCloudSaMDCSDIsolatesNothing(t *testing.T) {
	csd := buildCloudSaMD(t)("lumentriage/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"the ports and interfaces it uses, the firewall rules that let the hospital network reach the services the manufacturer hosts, how its data is protected",
		"The MDS2 form answers that the product's audit logs cannot be exported (AUDT-5); whether it forwards other events to a SIEM or log collector is not stated.",
		"Which security events the product records is not stated beyond the MDS2 form's answers:",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "false for a service the manufacturer hosts", "firewall rules that isolate it", "the hospital's users reach", "Whether the device forwards events", "the device's audit logs",
		"security events the device records")
}

// TestCloudSaMDPlanPenTestFindingsNotStated: the fixture's penetration
// test writes no findings; the plan must say so, as the CSD does ("Its
// findings are not stated"), not that the test found nothing. Both
// directions are TestPlanPenTestFindingsNotStated in generator/kind/plan.
func TestCloudSaMDPlanPenTestFindingsNotStated(t *testing.T) {
	plan := buildCloudSaMD(t)("lumentriage/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"**Scope.** LumenTriage 3.1 study API and web viewer.\n\nIts findings are not stated one by one; section 8.1 gives the outcome recorded for penetration testing (VA-01).",
		"The penetration test's findings are not listed one by one (see [8.2 Penetration test](#8-2-penetration-test)); what is deferred is as the text above states.",
	)
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the findings are not stated", "The test produced no findings.", "No finding is currently deferred.")
}

// buildCloudSaMDWithoutIdPPart builds the cloud SaMD with its hospital
// identity provider an outside system in the customer's infrastructure
// rather than a part, and returns the built site's files: the product then
// has no part on the customer's network at all.
func buildCloudSaMDWithoutIdPPart(t *testing.T) map[string]string {
	t.Helper()
	files, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", func(s string) string {
		i := strings.Index(s, "[[parts]]\ninterfaces_complete = true\nid = \"idp\"")
		j := strings.Index(s, "[[models]]")
		if i < 0 || j < i {
			t.Fatal("the fixture's identity provider part moved")
		}
		s = s[:i] + "[[flow_endpoints]]\nname = \"idp\"\nzone = \"customer_infrastructure\"\n\n" + s[j:]
		// an outside system's flow names its interface
		return strings.Replace(s, "from = \"idp\"\nto = \"service\"\n", "from = \"idp\"\nto = \"service\"\ninterface = \"viewer\"\n", 1)
	})
	return files
}

// TestCloudSaMDPlanPortsDropNothing: the plan's port section must not say
// that "the parts on the customer's network" listen on no port while
// other inbound traffic "is dropped": no part of this product but the
// hospital's own identity provider runs on the customer's network, and no
// fact says what the manufacturer's service drops. Nor may it say that no
// part of the product runs there, beside the identity provider its own
// parts list as the hospital's infrastructure; without that part (its
// flow then from an outside system) it may.
func TestCloudSaMDPlanPortsDropNothing(t *testing.T) {
	const nonePart = "host names at which they are reached. No part of the product runs on the customer's network, so none listens there.\n"
	const idp = "host names at which they are reached. Of the parts of the product, only Hospital identity provider runs on the customer's network, and it is the customer's own infrastructure: no port in the table below listens there.\n"
	plan := buildCloudSaMD(t)("lumentriage/security-plan.md")
	if !strings.Contains(plan, idp) || strings.Contains(plan, nonePart) {
		t.Errorf("security-plan.md does not say that only the hospital's identity provider runs on the customer's network")
	}
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "unsupported for a service the manufacturer hosts", "All other inbound traffic is dropped.", "the parts on the customer's network listen on no port")

	plan = buildCloudSaMDWithoutIdPPart(t)["lumentriage/security-plan.md"]
	if !strings.Contains(plan, " No part of the product runs on the customer's network, so none listens there.\n") || strings.Contains(plan, "only Hospital identity provider") {
		t.Errorf("security-plan.md without the identity provider part does not say that no part runs on the customer's network:\n%s", plan)
	}
}

// TestCloudSaMDRemoteAccessIsNotNo: the manufacturer runs the whole
// service; the product's RMOT-1 "No" is about remote service connections,
// so the CSD's key facts must not read "Remote access by the
// manufacturer: No" without saying that the service it runs is not
// counted. A product without a manufacturer-hosted part keeps the row as
// it was (the pump example: TestGoldenSite).
func TestCloudSaMDRemoteAccessIsNotNo(t *testing.T) {
	csd := buildCloudSaMD(t)("lumentriage/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "| Remote service connections by the manufacturer | No | MDS2 form, RMOT-1. Not counted here: Northlight Imaging AI B.V.'s own access to the LumenTriage cloud service, which it runs itself. |")
	if strings.Contains(csd, "| Remote access by the manufacturer | No |") {
		t.Error("csd.md says the manufacturer has no remote access to a service it runs")
	}
}

// TestCloudSaMDNoticeKeepsNoPortOpen: the end-of-life notice must not tell
// the hospital that the product "needs only these ports; block every
// other port and every endpoint not listed" over a list of ports that
// listen at the manufacturer: nothing of the product is on the
// hospital's network. The rule's both directions are
// TestNoticePortsOfHostedParts in generator/kind/notices. Nor may it say
// that nothing needs to stay open there ("No port of the product is on
// the customer's network, so none there needs to stay open for it."):
// the PACS and the radiologists' browsers reach the service through the
// hospital's firewall (the CSD's rules 1 and 2), and those connections
// must stay open while the version is used (found by h145 in the rpmkit
// fixture, whose nurses reach its portal; TestRPMKitNoticesKeepThePortalOpen
// shows the sentence kept where nothing on the customer's network
// reaches the service).
func TestCloudSaMDNoticeKeepsNoPortOpen(t *testing.T) {
	notice := buildCloudSaMD(t)("lumentriage/notices/eol-3.0.0.md")
	kindtest.SaysAll(t, "eol-3.0.0.md", notice,
		"This notice names no port of the product to block.\n",
		"No port of the product listens on the customer's network, but the product needs these connections from it to the services the manufacturer hosts; keep them open:\n",
		"| Hospital PACS | api.lumentriage.example | 443/TCP | HTTPS (study API) (LumenTriage study API) | When its interface is used |",
		"| Radiologist's web browser | app.lumentriage.example | 443/TCP | HTTPS (web viewer) (LumenTriage web viewer) | When its interface is used |",
		"The services the manufacturer hosts listen at the manufacturer, not on the customer's network; they are reached at the endpoints below.",
	)
	kindtest.SaysNoneBecause(t, "eol-3.0.0.md", notice, "said of ports that listen at the manufacturer", "needs only these ports; block every other port", "to block by number")
	kindtest.SaysNoneBecause(t, "eol-3.0.0.md", notice, "the hospital's PACS and browsers reach the service through its firewall", "none there needs to stay open")
	// Who reaches them the ports do not say: a home monitor reaches an
	// ingestion API, not the customer's users (the implant fixture).
	implant := buildImplant(t)("cardiorhythm/notices/eos-5.0.md")
	kindtest.SaysNoneBecause(t, "eos-5.0.md", implant, "the ingestion API is reached by home monitors", "the customer's users reach them")
	// Its clinicians reach the portal from the hospital network (the CSD's
	// rule 1): beside the programmer's own port, that connection stays
	// open; the home monitors' ingestion API, reached over the mobile
	// network, is no such connection.
	kindtest.SaysAll(t, "eos-5.0.md", implant,
		"Apart from the ports above, the customer's network needs these connections to the services the manufacturer hosts; keep them open:\n",
		"| Clinician's web browser | portal.aurora.cardiova.example | 443/TCP | HTTPS (Aurora clinician portal) | As shipped |")
	kindtest.SaysNone(t, "eos-5.0.md", implant, "| Hospital network | ingest.aurora.cardiova.example", "| Customer network | ingest.aurora.cardiova.example")
}

// TestCloudSaMDNoticeSpeaksOfTheProduct: the end-of-life notice of a
// software-only product speaks of the affected products and versions, not
// of devices to upgrade or replace, and of a service the manufacturer
// hosts as in use, not as the customer's to upgrade (the pump's notices keep "devices":
// TestGoldenSite).
func TestCloudSaMDNoticeSpeaksOfTheProduct(t *testing.T) {
	notice := buildCloudSaMD(t)("lumentriage/notices/eol-3.0.0.md")
	kindtest.SaysAll(t, "eol-3.0.0.md", notice, "## 1. Affected products and models", "While the affected versions are in use (the manufacturer hosts them), put these controls in place")
	kindtest.SaysNoneBecause(t, "eol-3.0.0.md", notice, "said of a product with no device", "Affected devices", "affected devices")
}

// TestCloudSaMDCSDNumbersSectionFiveInOrder: with no component listed,
// sections 5.1 to 5.4 (summary, attention, inventory, support) are left
// out, so the known-vulnerabilities section is 5.1, not 5.5 after 5.
func TestCloudSaMDCSDNumbersSectionFiveInOrder(t *testing.T) {
	csd := buildCloudSaMD(t)("lumentriage/csd.md")
	if !strings.Contains(csd, "\n### 5.1 Known vulnerabilities and their status\n") {
		t.Error("csd.md lacks section 5.1 Known vulnerabilities and their status")
	}
	if strings.Contains(csd, "### 5.5 ") {
		t.Error("csd.md numbers a section 5.5 with no 5.1 to 5.4 before it")
	}
}

// TestCloudSaMDEndOfSupportIsTheManufacturers: the service runs only where
// its manufacturer hosts it; at a version's end of support the customer
// has no copy to isolate, patch or carry the risk of running: the stage
// tables say customers move to a supported version or another product.
func TestCloudSaMDEndOfSupportIsTheManufacturers(t *testing.T) {
	site := buildCloudSaMD(t)
	for _, rel := range []string{"lumentriage/lifecycle.md", "lumentriage/security-plan.md"} {
		doc := site(rel)
		kindtest.SaysAll(t, rel, doc, "product runs only where Northlight Imaging AI B.V. hosts it", "should move to a supported version or replace the product")
		kindtest.SaysNoneBecause(t, rel, doc, "the customer runs no copy of a hosted-only service", "customer carries the", "isolate the product")
	}
}

// TestPremarketCSDSaysInDevelopment: a CSD released before its version's
// general availability (a premarket submission's) neither calls the
// version current nor says it is supported: it is in development, its
// general availability and end of support are plans.
func TestPremarketCSDSaysInDevelopment(t *testing.T) {
	dir := filepath.Join("testdata", "cloudsamd")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "lumentriage.toml", func(s string) string {
		// One version, not released yet, and so no notice about an older one.
		s = regexp.MustCompile(`(?s)\[\[versions\]\]\nversion = "3\.0\.0".*?\n\n`).ReplaceAllString(s, "")
		s = regexp.MustCompile(`(?s)\[\[notices\]\].*?\n(\[documents\])`).ReplaceAllString(s, "$1")
		// 3.1.0, now the first version, has no version before it to change.
		s = regexp.MustCompile(`(?s)\[versions\.changes\]\ndescription = """.*?"""\n\n`).ReplaceAllString(s, "")
		s = strings.Replace(s, "general_availability = 2026-02-02\n", "general_availability = 2026-09-01\nend_of_support = 2030-09-01\n", 1)
		// A later version in development too: the documents are about
		// the first to be released, the one the submission is for.
		return strings.Replace(s, "\n[[interfaces]]\n", "\n[[versions]]\nversion = \"3.2.0\"\nsummary = \"Next.\"\ngeneral_availability = 2027-03-01\n\n[[interfaces]]\n", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["lumentriage/csd.md"])
	kindtest.SaysAll(t, "lumentriage/csd.md", csd,
		"| Version and end of support | 3.1.0 (in development) | General availability planned for 2026-09-01. Support planned until 2030-09-01.",
		"This document is about version `3.1.0`, in development: its general availability is planned for **1 September 2026**.",
		"plans to support it until **1 September 2030**.")
	kindtest.SaysNone(t, "lumentriage/csd.md", csd, "The current version is", "Current version and end of support", "Supported until", "supports version `3.1.0` until", "version `3.2.0`, in development")
}

// TestCloudSaMDNoticeNothingToIsolate: the end-of-life notice of a
// product with no part on the customer's network but the customer's own
// infrastructure (its identity provider), which writes no
// network_isolation, says there is nothing of the product to isolate and
// where each part runs, without denying that the identity provider its
// parts list is on the customer's network; check does not ask for the
// field.
func TestCloudSaMDNoticeNothingToIsolate(t *testing.T) {
	notice := buildCloudSaMD(t)("lumentriage/notices/eol-3.0.0.md")
	kindtest.SaysAll(t, "eol-3.0.0.md", notice,
		"### 9.3 Network isolation\n\nNo part of the Northlight LumenTriage CT but the customer's own infrastructure (Hospital identity provider) is on the customer's network: the LumenTriage cloud service is hosted by the manufacturer. There is nothing of the product to isolate there.\n")
	kindtest.SaysNoneBecause(t, "eol-3.0.0.md", notice, "the fixture writes no network_isolation", "Not stated.")

	notice = buildCloudSaMDWithoutIdPPart(t)["lumentriage/notices/eol-3.0.0.md"]
	kindtest.SaysAll(t, "eol-3.0.0.md without the identity provider part", notice,
		"### 9.3 Network isolation\n\nNo part of the Northlight LumenTriage CT is on the customer's network: the LumenTriage cloud service is hosted by the manufacturer. There is nothing of the product to isolate there.\n")
}

// TestCloudSaMDMDS2OwnerDoesNotControlEveryCredential: the integration
// client's OAuth credential is issued and rotated by Northlight
// (customer_managed = false), so the form must not say the owner controls
// the passwords of every account (SGUD-3.1).
func TestCloudSaMDMDS2OwnerDoesNotControlEveryCredential(t *testing.T) {
	r := mds2Rows(t, buildCloudSaMD(t)("lumentriage/mds2.json"))["SGUD-3.1"]
	if r.Answer != "No" {
		t.Errorf("mds2.json SGUD-3.1 = %+v, want No: the integration client's credential is Northlight's", r)
	}
}

// TestCloudSaMDMDS2AccountsExistAtDelivery: the integration client's
// credential is issued at onboarding, so the form's reason for SAHD-6.1
// and SAHD-6.2 must not say that no accounts exist at delivery; it says
// what SAHD-6's No does: none is disabled or restricted then.
func TestCloudSaMDMDS2AccountsExistAtDelivery(t *testing.T) {
	md := buildCloudSaMD(t)("lumentriage/mds2.md")
	kindtest.SaysAll(t, "mds2.md", md, "| SAHD-6.2 | N/A | The manufacturer's answer, not applicable: No account is disabled or restricted at delivery (SAHD-6) |")
	kindtest.SaysNoneBecause(t, "mds2.md", md, "the integration client's account exists from onboarding", "No accounts exist at delivery")
}

// TestCloudSaMDMDS2TalksToSystemsInTheHospital: the service receives
// studies from the hospital's PACS and serves the radiologists' browsers
// (flows to and from systems in zone customer_infrastructure), so it does
// communicate with systems inside the customer's network (CONN-3), over
// the internet (CONN-4): both Yes.
func TestCloudSaMDMDS2TalksToSystemsInTheHospital(t *testing.T) {
	rows := mds2Rows(t, buildCloudSaMD(t)("lumentriage/mds2.json"))
	for _, id := range []string{"CONN-3", "CONN-4"} {
		if r := rows[id]; r.Answer != "Yes" {
			t.Errorf("mds2.json %s = %+v, want Yes: the service exchanges studies with the hospital's PACS", id, r)
		}
	}
}

// TestCloudSaMDMDS2AntiMalwareNoteSaysWhy: MLDP-2 asks for details in a
// note; the service's No says in note 3 why (nothing of it runs at the
// hospital), and check has no warning about a missing note left.
func TestCloudSaMDMDS2AntiMalwareNoteSaysWhy(t *testing.T) {
	md := buildCloudSaMD(t)("lumentriage/mds2.md")
	kindtest.SaysAll(t, "mds2.md", md, "**Note 3.** LumenTriage runs only in Northlight's cloud tenancy and nothing of it is installed at the hospital")
	if out := fixtureCheck(t, "cloudsamd", "", nil); strings.Contains(out, "mds2.answers.MLDP-2") {
		t.Errorf("check still warns about MLDP-2:\n%s", out)
	}
}

// TestCloudSaMDNoticeSaysHowLongTheServiceKeepsData: the hospital's
// studies rest in Northlight's store, which the hospital cannot erase by
// decommissioning anything of its own; the notice's data table gave the
// location and "Not stated" for sanitisation but not the retention the
// product data states, so a hospital reading it did not learn how long
// its data stays with the manufacturer. The store goes on serving
// version 3.1.0, so the notice lists it as staying in service rather
// than as data to erase, with the retention the data states; without
// one it names none (never an invented period); the pump's notices,
// whose stores are all on the device, keep their table (TestGoldenSite).
func TestCloudSaMDNoticeSaysHowLongTheServiceKeepsData(t *testing.T) {
	notice := buildCloudSaMD(t)("lumentriage/notices/eol-3.0.0.md")
	kindtest.SaysAll(t, "eol-3.0.0.md", notice,
		"The LumenTriage cloud service, which the manufacturer hosts, stays in service for software `3.1.0`, a version this notice does not concern, and so does its data store: Study and result store (retention: Studies 30 days after analysis; results for the subscription term).")
	files, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", func(s string) string {
		const r = "retention = \"Studies 30 days after analysis; results for the subscription term.\"\n"
		if !strings.Contains(s, r) {
			t.Fatal("the fixture's store retention moved")
		}
		return strings.Replace(s, r, "", 1)
	})
	kindtest.SaysAll(t, "eol-3.0.0.md without retention", files["lumentriage/notices/eol-3.0.0.md"],
		"and so does its data store: Study and result store.")
}

// TestCloudSaMDStagesLeaveNoControlsOfTheServiceToTheHospital: the
// lifecycle page and the plan said that each stage "moves more of the
// responsibility for compensating controls to the customer", which is
// how a device or installed software ages; LumenTriage runs only in
// Northlight's tenancy, where the hospital can neither patch nor isolate
// it. The stages now say so, and what the hospital can add is on its own
// side; a product with a part at the customer keeps the sentence
// (TestGoldenSite: the pump and Dosewise).
func TestCloudSaMDStagesLeaveNoControlsOfTheServiceToTheHospital(t *testing.T) {
	build := buildCloudSaMD(t)
	const want = "Risk to the customer grows once updates stop. The product runs only where Northlight Imaging AI B.V. hosts it, so the customer can neither patch it nor isolate it on its own network: at every stage, the controls the customer can add are on its own side, such as its accounts and the systems that reach the product."
	for _, doc := range []string{"lumentriage/lifecycle.md", "lumentriage/security-plan.md"} {
		text := build(doc)
		kindtest.SaysAll(t, doc, text, want)
		kindtest.SaysNoneBecause(t, doc, text, "the hospital cannot put controls on a service Northlight hosts",
			"responsibility for compensating controls to the customer")
	}
}

// TestCloudSaMDNoticeSaysWhenTheServiceStops: LumenTriage runs only in
// Northlight's tenancy, so when version 3.0.0 goes, what a hospital needs
// to know is when Northlight stops running it (the switch-off), until
// when and how it can take its results out, and when what is left is
// deleted. The end-of-life notice said none of it (its "What stops" table
// has only the updates). The notice (section 5.1), the lifecycle page,
// lifecycle.json and the notice's CSAF twin now give the fixture's
// hosted_service; without it they say "Not stated" (never a date of
// their own), and check warns. A product that hosts nothing is unchanged
// (TestGoldenSite); the checks' both directions are
// TestNoticeHostedServiceChecks in generator/content.
func TestCloudSaMDNoticeSaysWhenTheServiceStops(t *testing.T) {
	const csafDoc = ".well-known/csaf/white/2026/nl-lt-eol-300.json"
	site := buildCloudSaMD(t)
	kindtest.SaysAll(t, "eol-3.0.0.md", site("lumentriage/notices/eol-3.0.0.md"),
		"### 5.1 Switch-off of the hosted service and the customer's data\n",
		"| Northlight Imaging AI B.V. stops running the affected versions for its customers (switch-off) | 2027-02-26 |\n| Last day the customer can export its data | 2027-03-26 |\n| Northlight Imaging AI B.V. deletes the customer's data still held for the affected versions | 2027-04-30 |\n",
		"How the customer exports its data:\n\nA hospital whose tenant moves to 3.1.0 keeps its triage results there and has nothing to export.",
		"After the switch-off, up to the last day of export, Northlight Customer Support sends the same export")
	kindtest.SaysAll(t, "lifecycle.md", site("lumentriage/lifecycle.md"),
		"### Switch-off of the hosted service\n",
		"| 3.0.0 | [End-of-Life Notice: software 3.0.0](notices/eol-3.0.0.html) | 2027-02-26 | 2027-03-26 | 2027-04-30 |")
	kindtest.SaysAll(t, "lifecycle.json", site("lumentriage/lifecycle.json"),
		`"hosted_service": {`, `"switch_off": "2027-02-26"`, `"export_until": "2027-03-26"`, `"data_deleted": "2027-04-30"`,
		`"export": "A hospital whose tenant moves to 3.1.0`)
	kindtest.SaysAll(t, csafDoc, site(csafDoc),
		"Hosted service — the manufacturer stops running the affected versions (switch-off): 2027-02-26; last day the customer can export its data: 2027-03-26; the manufacturer deletes the customer's data still held for the affected versions: 2027-04-30.",
		`"title": "Exporting the customer's data"`)
	if out := fixtureCheck(t, "cloudsamd", "", nil); strings.Contains(out, "hosted_service") {
		t.Errorf("check warns about the notice's hosted service, which the fixture states:\n%s", out)
	}

	files, res := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", func(s string) string {
		i := strings.Index(s, "[notices.hosted_service]")
		j := strings.Index(s, "[notices.document]")
		if i < 0 || j < i {
			t.Fatal("the fixture's hosted_service moved")
		}
		return s[:i] + s[j:]
	})
	kindtest.SaysAll(t, "eol-3.0.0.md without hosted_service", files["lumentriage/notices/eol-3.0.0.md"],
		"| Northlight Imaging AI B.V. stops running the affected versions for its customers (switch-off) | Not stated |\n| Last day the customer can export its data | Not stated |\n| Northlight Imaging AI B.V. deletes the customer's data still held for the affected versions | Not stated |\n",
		"How the customer exports its data is not stated.")
	kindtest.SaysAll(t, "lifecycle.md without hosted_service", files["lumentriage/lifecycle.md"],
		"| 3.0.0 | [End-of-Life Notice: software 3.0.0](notices/eol-3.0.0.html) | Not stated | Not stated | Not stated |")
	kindtest.SaysAll(t, "lifecycle.json without hosted_service", files["lumentriage/lifecycle.json"], `"hosted_service": {}`)
	kindtest.SaysAll(t, csafDoc+" without hosted_service", files[csafDoc],
		"Hosted service — the manufacturer stops running the affected versions (switch-off): not stated; last day the customer can export its data: not stated; the manufacturer deletes the customer's data still held for the affected versions: not stated.")
	var warned bool
	for _, w := range res.Warnings {
		warned = warned || (w.Path == "notices[0].hosted_service" && strings.Contains(w.Message, "not stated: the product runs only where the manufacturer hosts it"))
	}
	if !warned {
		t.Errorf("check does not warn that the notice leaves the hosted service's switch-off and the customer's data out: %v", res.Warnings)
	}
}

// TestCloudSaMDCSDPointsToThePlansSystemView: the service builds no risk
// report, so its CSD said "This document includes no diagram" and pointed
// nowhere, while the site published the security plan's global system
// view of its data flows, and its MDS2 form answered DOC-10 No (no
// diagram provided). The CSD now points to the view, and a DOC-10 No
// beside it is warned about.
func TestCloudSaMDCSDPointsToThePlansSystemView(t *testing.T) {
	read := buildCloudSaMD(t)
	kindtest.SaysAll(t, "csd.md", read("lumentriage/csd.md"),
		"This document includes no diagram. The MDS2 form answers that Northlight Imaging AI B.V. provides a network or data-flow diagram (DOC-10); the security plan's global system view of version `3.1.0`, which draws data flows in their trust zones, is published beside this document: [views/global-system.svg](views/global-system.svg).")
	if svg := read("lumentriage/views/global-system.svg"); !strings.HasPrefix(svg, "<svg") {
		t.Errorf("views/global-system.svg is not published: %.40q", svg)
	}
	const warning = "mds2.answers.DOC-10: answer No, but data_flows"
	if diags := fixtureCheck(t, "cloudsamd", "lumentriage.toml", nil); strings.Contains(diags, warning) {
		t.Errorf("DOC-10 Yes warned about:\n%s", diags)
	}
	diags := fixtureCheck(t, "cloudsamd", "lumentriage.toml", kindtest.Replace(`"DOC-10" = "yes"`, `"DOC-10" = "no"`))
	if !strings.Contains(diags, warning+" (") || !strings.Contains(diags, "is drawn as the security plan's global system view, which the site publishes as views/global-system.svg") {
		t.Errorf("DOC-10 No beside the published view not warned about:\n%s", diags)
	}
}

// TestCloudSaMDPlanSaysItsRiskMethodIsTheDefault: the service's data
// give only "CVSS v3.1 base score." as the risk scoring, no
// [risk.evaluation]; the plan printed jspgen's default thresholds and
// table as the manufacturer's method, and judged each threat by them. It
// now says they are the defaults; the example pump, whose data state its
// method, says nothing of the kind.
func TestCloudSaMDPlanSaysItsRiskMethodIsTheDefault(t *testing.T) {
	const says = "The product data state no thresholds or table of their own: those above are jspgen's defaults."
	kindtest.SaysAll(t, "security-plan.md", buildCloudSaMD(t)("lumentriage/security-plan.md"), says)
	pump, err := os.ReadFile("../golden/halcyon-lvp7/security-plan.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysNone(t, "halcyon-lvp7/security-plan.md", string(pump), says)
}
