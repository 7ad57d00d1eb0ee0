package generator

import (
	"archive/zip"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildHealthIT builds testdata/healthit: health IT that is not a medical
// device, unlike every other fixture (a results-routing interface engine
// the hospital installs on its own virtual machines: HL7 v2 in from the
// LIS and RIS, FHIR R4 out to the EHR, a web console with Active Directory
// sign-in; it handles PHI, but has no device intended use, no FDA
// clearance or approval and no hardware, and is not a 524B cyber device).
// It returns the Markdown of the document at rel (e.g.
// "resultroute/csd.md").
func buildHealthIT(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "healthit")
}

// buildHealthITAsDevice builds the health IT fixture without its
// medical_device = false, which makes it a device that is not a cyber
// device, and returns the site's files.
func buildHealthITAsDevice(t *testing.T) map[string]string {
	t.Helper()
	files, _ := buildFixtureEdited(t, "healthit", "resultroute.toml", func(s string) string {
		return strings.Replace(s, "\nmedical_device = false\n", "\n", 1)
	})
	return files
}

// TestHealthITFirewallRulesFromTheHospitalSide: the engine on the
// hospital's virtual machines is on the hospital network; its CSD gives
// the rules that let the LIS and RIS reach its HL7 listener and let it
// reach the EHR.
func TestHealthITFirewallRulesFromTheHospitalSide(t *testing.T) {
	csd := buildHealthIT(t)("resultroute/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| 3 | Allow | Hospital LIS; Hospital RIS | ResultRoute server | 2575/TCP |",
		"| 1 | Allow | ResultRoute server | Hospital EHR FHIR API | 443/TCP |")
}

// TestHealthITPlanCitesNo524BClause: a product that is not a cyber device
// (cyber_device.applies = false) owes section 524B(b) nothing, so the
// plan's patch timelines and its traceability must not present its
// commitments as what 524B(b) asks of it.
func TestHealthITPlanCitesNo524BClause(t *testing.T) {
	// As shipped the fixture is not a medical device either; without
	// medical_device it reads as a device that is not a cyber device.
	files := buildHealthITAsDevice(t)
	for _, c := range []struct{ name, plan, says string }{
		{"as shipped", buildHealthIT(t)("resultroute/security-plan.md"), "nor the FDA premarket guidance applies to it."},
		{"a device, not a cyber device", files["resultroute/security-plan.md"], "so section 524B(b) of the FD&C Act sets it no requirement."},
	} {
		kindtest.SaysAll(t, c.name, c.plan,
			"The commitments below are a regular cycle for risks that are controlled, and out-of-cycle releases for uncontrolled risks.",
			"| Regular update cycle | A maintenance release every quarter, from 6.0.0 on; 5.2.0 had none. |",
			c.says,
			"| Cyber device determination | FD&C Act 524B(c) |")
		kindtest.SaysNoneBecause(t, c.name, c.plan, "524B(b) sets no requirement for a product that is not a cyber device",
			"that section 524B(b)(2) asks for", "| 524B(b)(2)(A) |", "| 524B(b)(2)(B) |", "| FD&C Act 524B(b)(1) |", "| FD&C Act 524B(b)(3) |")
	}
}

// TestHealthITIsNotAMedicalDevice: with medical_device = false the plan
// calls the product what it is (not a device, not "SaMD not stated"), does
// not say its connectivity bears on a 524B determination, and traces no
// FDA premarket obligation; check no longer asks why a product with
// interfaces is not a cyber device, and reports samd = true or
// cyber_device.applies = true as contradicting medical_device = false.
func TestHealthITIsNotAMedicalDevice(t *testing.T) {
	plan := buildHealthIT(t)("resultroute/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"It is the cybersecurity management plan of the product and",
		"The product is not a medical device; this plan covers the software of every model listed below, wherever it runs: the ResultRoute server, on a server the customer hosts.",
		"The product's connectivity features:",
		"the level of support its maker gives the version the product ships",
		"how the product is updated, and the security use cases",
		"This section is the cybersecurity management plan for the product in the field",
		"The Ardent ResultRoute is not a medical device, so neither section 524B of the FD&C Act nor the FDA premarket guidance applies to it.")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the product is stated not to be a medical device",
		"Whether the product is software as a medical device (SaMD) is not stated",
		"management plan of the device", "bear on the determination", "the version the device ships",
		"how the device is updated", "for devices in the field")

	dir := filepath.Join("testdata", "healthit")
	res, err := Check(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Path == "cyber_device.applies" {
			t.Errorf("check asks about the 524B determination of a product that is not a medical device: %s", w.Message)
		}
	}
	for _, tc := range []struct{ from, to, path, want string }{
		{"\nmedical_device = false\n", "\nmedical_device = false\nsamd = true\n", "samd", "software that is not a medical device is not software as a medical device"},
		{"[cyber_device]\napplies = false", "[cyber_device]\napplies = true", "cyber_device.applies", "section 524B defines a cyber device as a device"},
	} {
		site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "resultroute.toml", func(s string) string {
			return strings.Replace(s, tc.from, tc.to, 1)
		})
		wantCheckError(t, site, content, tc.path, tc.want)
	}
}

// wantCheckError reports unless check of the repository at site and
// content fails with an error at path whose message contains want.
func wantCheckError(t *testing.T, site, content, path, want string) {
	t.Helper()
	_, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *contentpkg.InputError
	if errors.As(err, &ie) {
		for _, d := range ie.Diagnostics {
			if d.Path == path && strings.Contains(d.Message, want) {
				return
			}
		}
	}
	t.Errorf("want an error at %s saying %q, got %v", path, want, err)
}

// TestHealthITBuildsNoESTAR: the eSTAR is FDA's premarket submission
// template for devices; check reports choosing it for a product stated
// not to be a medical device, rather than building a cross-reference for
// a submission that is never made.
func TestHealthITBuildsNoESTAR(t *testing.T) {
	dir := filepath.Join("testdata", "healthit")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "resultroute.toml", func(s string) string {
		s = strings.Replace(s, `"notices", "risk_report"]`, `"notices", "risk_report", "estar"]`, 1)
		return strings.Replace(s, "[documents.risk_report]", "[documents.estar]\nid = \"ACS-RR-ESTAR-001\"\nrevision = \"A\"\nrelease_date = 2025-10-01\nowner = \"Lead\"\napprovals = [{ role = \"Lead\", name = \"M. Okonkwo\", date = 2025-09-25 }]\nhistory = [{ revision = \"A\", date = 2025-10-01, summary = \"First release.\" }]\n\n[documents.risk_report]", 1)
	})
	wantCheckError(t, site, content, "documents.build", "the eSTAR is FDA's premarket submission template for devices")
}

// TestHealthITCSDSpeaksToITStaff: health IT that is not a medical device
// is run by the hospital's IT staff, not its biomedical engineers, and a
// recommended control says what the product (not "the device") provides.
func TestHealthITCSDSpeaksToITStaff(t *testing.T) {
	read := buildHealthIT(t)
	csd, page := read("resultroute/csd.md"), read("resultroute/csd.html")
	kindtest.SaysAll(t, "csd.md", csd, "This document gives the hospital's network, security and IT teams what",
		"## Key facts for the network, security and IT teams", "*What the product provides:* Supported;")
	kindtest.SaysAll(t, "csd.html", page, "for hospital network, security and IT staff")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "health IT is not the biomedical engineers' nor a device", "biomedical", "What the device provides")
	kindtest.SaysNoneBecause(t, "csd.html", page, "health IT is not the biomedical engineers'", "biomedical engineers")
}

// TestHealthITMDS2SaysItIsNotADevice: the MDS2 form is written for medical
// devices and its DOC-11 asks whether the product is "software as a
// medical device"; for health IT that is not one, the form says how its
// questions about the device and SaMD are to be read, so the derived
// DOC-11 Yes (software only) does not claim SaMD status.
func TestHealthITMDS2SaysItIsNotADevice(t *testing.T) {
	mds2 := buildHealthIT(t)("resultroute/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"The Ardent ResultRoute is not a medical device: Ardent Clinical Systems, Inc. uses this form, written for medical devices, to disclose the security of health IT.",
		"a Yes to DOC-11 says only that the product is software without hardware of its own.",
		"| DOC-11 | Is the product software only (Software as a Medical Device, SaMD), without hardware of its own? | [Yes]")
}

// TestHealthITFollowsNo524BEdition: every document's "Guidance editions
// followed" listed section 524B of the FD&C Act, which governs devices
// only; a document about a product that is not a medical device does not
// follow it.
func TestHealthITFollowsNo524BEdition(t *testing.T) {
	read := buildHealthIT(t)
	for _, rel := range []string{"resultroute/security-plan.md", "resultroute/csd.md", "resultroute/risk-report.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "## Guidance editions covered", "| FDA guidance: Cybersecurity in Medical Devices")
		kindtest.SaysNoneBecause(t, rel, doc, "524B governs devices only", "| Federal Food, Drug, and Cosmetic Act section 524B")
	}
}

// TestHealthITRiskIsOfPatientHarm: "essential clinical performance" is a
// medical device's; a vulnerability of health IT that is not one is
// assessed for its risk of patient harm, and its advisory lists affected
// products, not devices, in the plan, the CSD, the advisory, its subject
// and its CSAF twin and VEX.
func TestHealthITRiskIsOfPatientHarm(t *testing.T) {
	read := buildHealthIT(t)
	docs := map[string]string{}
	for _, rel := range []string{"resultroute/security-plan.md", "resultroute/csd.md", "resultroute/notices/sa-2025-01.md", "resultroute/notices/sa-2025-01.html",
		".well-known/csaf/white/2025/acs-sa-2025-01.json", ".well-known/csaf/white/2025/resultroute-5_2_0-vex.json"} {
		docs[rel] = read(rel)
		kindtest.SaysNoneBecause(t, rel, docs[rel], "health IT has no essential clinical performance", "essential clinical performance", "Affected devices")
	}
	kindtest.SaysAll(t, "security-plan.md", docs["resultroute/security-plan.md"], "whether the residual risk of patient harm is controlled or uncontrolled")
	kindtest.SaysAll(t, "csd.md", docs["resultroute/csd.md"], `"Risk" is whether the residual risk of patient harm is controlled or uncontrolled`)
	kindtest.SaysAll(t, "sa-2025-01.md", docs["resultroute/notices/sa-2025-01.md"], "## 2. Affected products and models", "Residual risk of patient harm: controlled in 5.2.0.")
	kindtest.SaysAll(t, "sa-2025-01.html", docs["resultroute/notices/sa-2025-01.html"], "affected and fixed versions, risk of patient harm, remediation")
	kindtest.SaysAll(t, "acs-sa-2025-01.json", docs[".well-known/csaf/white/2025/acs-sa-2025-01.json"], "Residual risk of patient harm: controlled (FDA postmarket guidance).")
}

// TestHealthITRiskReportOwesFDANothing: the FDA premarket guidance asks
// nothing of a product that is not a medical device; the risk report
// still calls an unassessed component a gap, without saying FDA asks for
// it to be closed.
func TestHealthITRiskReportOwesFDANothing(t *testing.T) {
	report := buildHealthIT(t)("resultroute/risk-report.md")
	kindtest.SaysAll(t, "risk-report.md", report, "A component whose support level is not stated is a gap to close or justify.")
	kindtest.SaysNoneBecause(t, "risk-report.md", report, "the FDA premarket guidance asks nothing of health IT", "the FDA premarket guidance (V.A.4.b) asks")
}

// TestHealthITMDS2DescriptionSaysNotADevice: the form's introduction says
// the product is not a medical device only in Markdown, HTML and PDF; the
// JSON, CSV and workbook have none, so DOC-2, the product's description,
// says it in every format. A medical device's DOC-2 does not.
func TestHealthITMDS2DescriptionSaysNotADevice(t *testing.T) {
	site := buildHealthIT(t)
	const says = "The Ardent ResultRoute is not a medical device."
	for _, rel := range []string{"resultroute/mds2.json", "resultroute/mds2.csv", "resultroute/mds2.md"} {
		kindtest.SaysAll(t, rel, site(rel), says)
	}
	xlsx := site("resultroute/mds2.xlsx")
	zr, err := zip.NewReader(strings.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	strs, err := fs.ReadFile(zr, "xl/sharedStrings.xml")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "resultroute/mds2.xlsx", string(strs), says)

	json := buildCloudSaMD(t)("lumentriage/mds2.json")
	kindtest.SaysNoneBecause(t, "lumentriage/mds2.json", json, "is a software as a medical device", "not a medical device")
}

// TestHealthITNeedsNoCyberDeviceDetermination: [cyber_device] is not
// required of health IT (medical_device = false), which section 524B
// cannot make a cyber device; without it, the plan and the risk report
// say it is not one and why, and check asks for nothing. A medical
// device's plan still requires it.
func TestHealthITNeedsNoCyberDeviceDetermination(t *testing.T) {
	dir := filepath.Join("testdata", "healthit")
	const table = "[cyber_device]\napplies = false\nrationale = \"ResultRoute is not a medical device: it has no device intended use and has no FDA marketing authorization, so section 524B, which applies to devices, does not apply.\"\n\n"
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "resultroute.toml", kindtest.Replace(table, ""))
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Path == "cyber_device.applies" || w.Path == "cyber_device" {
			t.Errorf("check warns: %s", w.Message)
		}
	}
	tree := readTree(t, out)
	kindtest.SaysAll(t, "security-plan.md", string(tree["resultroute/security-plan.md"]),
		"**Determination: the Ardent ResultRoute is not a cyber device** under section 524B of the FD&C Act: section 524B defines a cyber device as a device, and the Ardent ResultRoute is not a medical device.")
	kindtest.SaysAll(t, "risk-report.md", string(tree["resultroute/risk-report.md"]),
		"**Cyber device (FD&C Act 524B).** No: section 524B defines a cyber device as a device, and the Ardent ResultRoute is not a medical device.")
	for _, rel := range []string{"resultroute/security-plan.md", "resultroute/risk-report.md"} {
		kindtest.SaysNoneBecause(t, rel, string(tree[rel]), "the determination is not stated of a non-device", "**Determination: not stated.**", "(FD&C Act 524B).** Not stated.")
	}

	// a medical device without it: required
	site, content = kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "resultroute.toml", func(s string) string {
		return strings.Replace(kindtest.Replace(table, "")(s), "\nmedical_device = false\n", "\n", 1)
	})
	wantCheckError(t, site, content, "cyber_device", "missing required key")
}

// TestHealthITIndexPromisesNoSubmission: the site's index offers the PDFs
// as files to keep or attach, not "for submissions", which health IT that
// is not a medical device makes none of.
func TestHealthITIndexPromisesNoSubmission(t *testing.T) {
	index := buildHealthIT(t)("index.html")
	kindtest.SaysAll(t, "index.html", index, "as a PDF to keep on file or attach")
	kindtest.SaysNoneBecause(t, "index.html", index, "a non-device makes no premarket submission", "submission")
}

// TestHealthITDocumentsSayWhomGuidanceAsks: the plan and the CSD follow
// the structure of FDA and IMDRF N70 guidance, which ask things of
// medical device manufacturers; for health IT that is not a medical
// device they (and the lifecycle page, comparing the notice period with
// N70's) say so, rather than that FDA or N70 asks it of this
// manufacturer. A device (medical_device not written) reads as before.
func TestHealthITDocumentsSayWhomGuidanceAsks(t *testing.T) {
	read := buildHealthIT(t)
	plan, csd := read("resultroute/security-plan.md"), read("resultroute/csd.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "across the lifecycle phases the FDA premarket guidance names for a device's threat model.")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "FDA asks nothing of health IT", "FDA asks manufacturers")
	kindtest.SaysAll(t, "csd.md", csd, "section 15 adds what IMDRF N70 asks medical device manufacturers to give customers.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "N70 asks it of medical device makers", "what IMDRF N70 asks manufacturers")
	for _, rel := range []string{"resultroute/security-plan.md", "resultroute/lifecycle.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "notice before a version reaches end of support, less than the 24 months IMDRF N70 recommends for medical devices.")
		kindtest.SaysNoneBecause(t, rel, doc, "N70 recommends it for medical devices", "less than the 24 months IMDRF N70 recommends.")
	}

	files := buildHealthITAsDevice(t)
	kindtest.SaysAll(t, "a device's security-plan.md", files["resultroute/security-plan.md"], "across the lifecycle phases FDA asks manufacturers to consider.")
	kindtest.SaysAll(t, "a device's csd.md", files["resultroute/csd.md"], "section 15 adds what IMDRF N70 asks manufacturers to give customers.")
	kindtest.SaysAll(t, "a device's lifecycle.md", files["resultroute/lifecycle.md"], "less than the 24 months IMDRF N70 recommends.")
}

// TestHealthITPlanPortsNameNoManufacturerHostedPart: ResultRoute's parts
// are a server the hospital hosts and the hospital's directory; nothing
// runs at the manufacturer, so the plan's port section does not explain
// where a manufacturer-hosted part's ports listen. The cloud SaMD, whose
// service the manufacturer hosts, keeps that sentence.
func TestHealthITPlanPortsNameNoManufacturerHostedPart(t *testing.T) {
	const hosted = "Ports of a part the manufacturer hosts listen at the manufacturer"
	plan := buildHealthIT(t)("resultroute/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "Every network port each part of the product listens on (inbound) or connects to (outbound), per interface; the direction is seen from the part. As shipped, the parts on the customer's network listen on 2575/TCP (ResultRoute server) and 8443/TCP (ResultRoute server).")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "no part of ResultRoute is hosted by the manufacturer", hosted)
	kindtest.SaysAll(t, "security-plan.md", buildCloudSaMD(t)("lumentriage/security-plan.md"), hosted)
}
