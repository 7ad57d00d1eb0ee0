package generator

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// builtFixtures holds each fixture's site, by fixture name, once built:
// a build is deterministic and the tests only read it, so each fixture is
// built once per test binary instead of once per test.
var builtFixtures struct {
	sync.Mutex
	sites map[string]map[string][]byte // fixture → slash path → bytes
}

// buildFixtureEdited builds a copy of testdata/<name> whose product file
// file went through edit, with the shipped templates, and returns the
// built site's files by slash path and the build's result.
func buildFixtureEdited(t *testing.T, name, file string, edit func(string) string) (map[string]string, *Result) {
	t.Helper()
	dir := filepath.Join("testdata", name)
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), file, edit)
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for k, v := range readTree(t, out) {
		files[k] = string(v)
	}
	return files, res
}

// buildFixture builds testdata/<name>, a product unlike the examples with
// its own site file, with the shipped templates, and returns a reader of
// the Markdown (or any file) at rel in the built site, e.g.
// "glucowear/csd.md".
func buildFixture(t *testing.T, name string) func(rel string) string {
	t.Helper()
	builtFixtures.Lock()
	defer builtFixtures.Unlock()
	files, ok := builtFixtures.sites[name]
	if !ok {
		out := filepath.Join(t.TempDir(), "site")
		dir := filepath.Join("testdata", name)
		_, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
		if err != nil {
			t.Fatalf("building the %s fixture: %v", name, err)
		}
		files = readTree(t, out)
		if builtFixtures.sites == nil {
			builtFixtures.sites = map[string]map[string][]byte{}
		}
		builtFixtures.sites[name] = files
	}
	return func(rel string) string {
		t.Helper()
		b, ok := files[rel]
		if !ok {
			t.Fatalf("the %s fixture's site has no file %s", name, rel)
		}
		return string(b)
	}
}

// TestCSDOfAVersionPastEndOfSupport: a CSD released after its version's
// end of support says support ended and promises no update for it, and
// check warns.
func TestCSDOfAVersionPastEndOfSupport(t *testing.T) {
	dir := filepath.Join("testdata", "workstation")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "viewpoint-rw.toml", func(s string) string {
		i := strings.Index(s, "\n[[versions]]\nversion = \"4.0.0\"")
		j := i + 1 + strings.Index(s[i+1:], "\n[[")
		s = s[:i] + s[j:]
		return strings.NewReplacer("end_of_marketing = 2025-06-30", "end_of_marketing = 2024-06-30",
			"end_of_life = 2025-06-30", "end_of_life = 2024-06-30", "end_of_support = 2027-06-30", "end_of_support = 2025-06-01",
			"versions = [\"4.0.0\"]", "versions = [\"3.2.0\"]").Replace(s)
	})
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["viewpoint-rw/csd.md"])
	kindtest.SaysAll(t, "csd.md", csd,
		"| Software updates | None: support for version `3.2.0` ended on 2025-06-01 |",
		"Support for version `3.2.0` ended on **1 June 2025**: it receives no further updates.",
		// 3.2.0 is the only version left: no version is supported, and the
		// timelines are those that were held (legacy_test.go); with one
		// version there is no "other version" to speak of (review 81).
		"**Update timelines.** Version `3.2.0` reached its end of support on 1 June 2025 and receives no further updates; it is the only version of the Meridian Viewpoint Review Workstation, so no version receives updates: these were the commitments while it was supported.")
	if strings.Contains(csd, "supports version `3.2.0` until") || strings.Contains(csd, "supports it until") {
		t.Error("the CSD says the manufacturer supports 3.2.0, past its end of support")
	}
	warned := false
	for _, w := range res.Warnings {
		warned = warned || w.Path == "documents.csd.release_date" && strings.Contains(w.Message, "describes version 3.2.0, whose support ended on 2025-06-01")
	}
	if !warned {
		t.Errorf("no warning that the CSD describes a version past its end of support: %v", res.Warnings)
	}
	// The fixture as shipped: 4.0.0 is supported, with no end of support
	// announced; the 24 months' notice promised bounds it.
	kindtest.SaysAll(t, "csd.md", buildFixture(t, "workstation")("viewpoint-rw/csd.md"), "The current version is `4.0.0`. The end of support of version `4.0.0` is not announced; with at least 24 months' notice promised, it comes no earlier than 30 June 2027.")
}

// TestHomeUseCSDSpeaksToItsCustomer: the workstation said to be used at
// home gets a CSD that speaks to its customer, not to a hospital, in the
// firewall section, the controls and the PDF's and page's subject.
func TestHomeUseCSDSpeaksToItsCustomer(t *testing.T) {
	dir := filepath.Join("testdata", "workstation")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "viewpoint-rw.toml", func(s string) string {
		return strings.Replace(s, "\nhome_use = false\n", "\nhome_use = true\n", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	csd := string(files["viewpoint-rw/csd.md"])
	kindtest.SaysAll(t, "csd.md", csd, `Where an endpoint is described rather than named ("Hospital domain controllers" in rule 1, say), use the address of each system it stands for.`)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "said to a home user", "the hospital turns", "hospital's PACS", "the hospital's part", "on the hospital network")
	kindtest.SaysAll(t, "csd.html", string(files["viewpoint-rw/csd.html"]), "for patients, caregivers and the clinics that support them")
	kindtest.SaysNoneBecause(t, "csd.html", string(files["viewpoint-rw/csd.html"]), "said to a home user", "for hospital network and biomedical engineers")
}

// TestCSDWithoutManufacturerHostedPart: the cloud SaMD moved onto the
// customer's own servers has no part the manufacturer hosts, and its CSD
// no longer explains how to reach one.
func TestCSDWithoutManufacturerHostedPart(t *testing.T) {
	dir := filepath.Join("testdata", "cloudsamd")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "lumentriage.toml", func(s string) string {
		// On the customer's servers the product now has something to
		// isolate, so its notice must say how.
		return strings.NewReplacer("runs = \"manufacturer_hosted\"", "runs = \"customer_hosted\"", "\"CONN-3\" = \"no\"\n", "",
			"[notices.customer_actions]\n", "[notices.customer_actions]\nnetwork_isolation = \"Keep the LumenTriage servers on the imaging VLAN.\"\n",
			// on the customer's servers, the operating system is no longer
			// decided by the data (DOC-11.2 is derived only for a hosted one)
			"[mds2.answers]\n", "[mds2.answers]\n\"DOC-11.2\" = \"yes\"\n").Replace(s)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["lumentriage/csd.md"])
	kindtest.SaysAll(t, "csd.md", csd, "The allow rules below are derived from the ports in")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "with no manufacturer-hosted part", "A part hosted by the manufacturer listens", "A service the manufacturer hosts is reached by outbound rules")
	// As shipped, the service is the manufacturer's: the CSD explains it.
	kindtest.SaysAll(t, "csd.md", buildFixture(t, "cloudsamd")("lumentriage/csd.md"), "A part hosted by the manufacturer listens at the manufacturer")
}

// TestLifecycleStagesPromiseOnlyWhatIsStated: the stage table says what
// each stage means from the product's own data: security fixes in
// Limited Support only where a version states an end of guaranteed
// support (the workstation's do not; the pump's do), and no technical
// support or advisories that no field states.
func TestLifecycleStagesPromiseOnlyWhatIsStated(t *testing.T) {
	ws := buildFixture(t, "workstation")("viewpoint-rw/lifecycle.md")
	kindtest.SaysAll(t, "workstation lifecycle.md", ws, "| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Meridian Infusion Systems, Inc. announces for a version. Version `3.2.0` is in this stage; this page does not state its maintenance. |")
	kindtest.SaysNoneBecause(t, "workstation lifecycle.md", ws, "promised without a fact", "advisories, technical support", "advisories and technical support", "advisories and compensating-control guidance continue", "security fixes until")
	pump, err := os.ReadFile("../golden/halcyon-lvp7/lifecycle.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "pump lifecycle.md", string(pump), "with security fixes until a version's end of guaranteed support where the milestones give one.")
}

// TestPassedEndOfLifeWithoutDate: a version in Limited Support because its
// guaranteed support has ended, with no end of life stated, shows its end
// of life as passed (its end of marketing and of production, which the
// data do not show it ever had, stay "Not announced"), not as "Not set" (not yet announced); a supported
// version without one still reads "Not set". The key beneath explains it.
func TestPassedEndOfLifeWithoutDate(t *testing.T) {
	dir := filepath.Join("testdata", "workstation")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "viewpoint-rw.toml", func(s string) string {
		return strings.Replace(s, "end_of_marketing = 2025-06-30\nend_of_life = 2025-06-30\n", "end_of_guaranteed_support = 2025-03-31\n", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	page := string(readTree(t, out)["viewpoint-rw/lifecycle.md"])
	kindtest.SaysAll(t, "lifecycle.md", page,
		"| 3.2.0 | Limited Support | 2023-03-01 | Not announced | Not announced | Passed, date not stated | 2025-03-31 | 2027-06-30 |",
		"| 4.0.0 | Support | 2025-06-30 | Not announced | Not announced | Not announced | Not announced | Not announced |",
		// The key says what the word means, which it did not.
		passedKey)
}

// TestRiskDocumentsStateOnlyTheData: the cloud SaMD with its own
// exploitability thresholds, a threat not acceptable (with a rationale),
// the residual risk not acceptable and a component of limited support.
// The plan labels scores by the product's method and gives a rejected
// threat's rationale as such, promises no release block and no
// ISO 14971 process, and links no 524B element to an empty section; the
// risk report counts the limited component as such.
func TestRiskDocumentsStateOnlyTheData(t *testing.T) {
	dir := filepath.Join("testdata", "cloudsamd")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "lumentriage.toml", func(s string) string {
		s = strings.Replace(s, "[[threats]]", "[risk.evaluation]\nexploitability_medium_from = 5.0\nexploitability_high_from = 9.0\n\n[[threats]]", 1)
		s = strings.Replace(s, "controls = [\"C-AUTH-1\"]\npath = [\"DF-01\"]\nacceptance = \"acceptable\"",
			"controls = [\"C-AUTH-1\"]\npath = [\"DF-01\"]\nacceptance = \"not_acceptable\"\nrationale = \"Credential rotation is not yet enforced.\"", 1)
		s = strings.Replace(s, "residual_acceptable = true\naccepted_on = 2026-01-26\n", "residual_acceptable = false\n", 1)
		s = strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices"]`, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report"]`, 1)
		return s + "\n[[components]]\nname = \"openssl\"\nversion = \"3.0.13\"\nsupport = \"limited\"\nend_of_support = 2026-09-07\n"
	})
	// The risk report needs its document control.
	b, err := os.ReadFile(filepath.Join(content, "lumentriage.toml"))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), "[documents.csd]")
	ctl := "[documents.risk_report]\nid = \"NL-LT-RMR-001\"\nrevision = \"A\"\nrelease_date = 2026-01-26\nowner = \"Product security lead\"\n\n[[documents.risk_report.approvals]]\nrole = \"Product security lead\"\nname = \"A. Reviewer\"\ndate = 2026-01-26\n\n[[documents.risk_report.history]]\nrevision = \"A\"\ndate = 2026-01-26\nsummary = \"First issue.\"\n\n"
	if err := os.WriteFile(filepath.Join(content, "lumentriage.toml"), []byte(string(b[:i])+ctl+string(b[i:])), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	plan, report := string(files["lumentriage/security-plan.md"]), string(files["lumentriage/risk-report.md"])
	kindtest.SaysAll(t, "security-plan.md", plan,
		" Rationale: Credential rotation is not yet enforced.",
		"| Software bill of materials | FD&C Act 524B(b)(3) | [5.2 Software bill of materials]",
		"exploitability under the method of [4.3 Scoring]")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "promised or contradicted by the data",
		"Why the residual risk is acceptable: Credential rotation", "blocks release", "ISO 14971 safety risk management",
		"[7.8 Updatability and patchability](#7-8-updatability-and-patchability) |")
	for _, row := range []string{"| T-01 |", "| T-02 |"} {
		j := strings.Index(plan, row)
		if j < 0 || strings.Contains(plan[j:j+strings.Index(plan[j:], "\n")], " High |") {
			t.Errorf("the plan's threat row %s is missing or labels a score High under thresholds that start High at 9.0", row)
		}
	}
	kindtest.SaysAll(t, "risk-report.md", report, "| Limited support | 1 |", "No SBOM file is stated; the product data lists 1 software component, which need not be all of them.")
	kindtest.SaysNoneBecause(t, "risk-report.md", report, "said against the data", "who accepted it on", "The product's software consists of")
	// As shipped, the fixture states no SBOM and no component.
	kindtest.SaysAll(t, "security-plan.md", buildFixture(t, "cloudsamd")("lumentriage/security-plan.md"),
		"| Software bill of materials | FD&C Act 524B(b)(3) | Not addressed: neither an SBOM file nor the software components are stated |")
}

// TestNoticesStateOnlyTheData: the cloud SaMD's notice of 2026-01-05
// names neither the lifecycle page nor the CSD, both first issued on
// 2026-02-02; a component notice on a maintained component with no end of
// support does not say its support has ended; a port without endpoints
// lists them as not stated, not "Any".
func TestNoticesStateOnlyTheData(t *testing.T) {
	notice := buildFixture(t, "cloudsamd")("lumentriage/notices/eol-3.0.0.md")
	kindtest.SaysNoneBecause(t, "eol-3.0.0.md", notice, "names a document not yet issued", "lifecycle page", "in addition to those of the customer security documentation")
	// A service the manufacturer hosts is not the customer's to upgrade.
	kindtest.SaysAll(t, "eol-3.0.0.md", notice, "While the affected versions are in use (the manufacturer hosts them), put these controls in place")
	kindtest.SaysNoneBecause(t, "eol-3.0.0.md", notice, "puts the upgrade on the customer", "Until the affected versions are upgraded or replaced")

	// The example's component notice, naming rauc too: maintained, no end of support announced.
	site, content := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "id = \"ceos-linux-6.6-openssl-3.0\"")
		return s[:i] + strings.Replace(s[i:], "[[notices.components]]\nname = \"linux-imx\"", "[[notices.components]]\nname = \"rauc\"\nversion = \"1.11.3\"\nconcern = \"The update client.\"\n\n[[notices.components]]\nname = \"linux-imx\"", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	rauc := string(readTree(t, out)["halcyon-lvp7/notices/ceos-linux-6.6-openssl-3.0.md"])
	kindtest.SaysAll(t, "ceos notice", rauc, "- rauc `1.11.3`: supplier end of support not announced (actively maintained).")
	kindtest.SaysNoneBecause(t, "ceos notice", rauc, "contradicts the data", "supplier support has ended")

	ws, wsContent := kindtest.CopyRepo(t, filepath.Join("testdata", "workstation", "jspgen.toml"), filepath.Join("testdata", "workstation", "content"), "viewpoint-rw.toml", func(s string) string {
		return strings.Replace(s, "endpoints = [\"Hospital PACS\"]\n", "", 1)
	})
	out = filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: ws, ContentDir: wsContent, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["viewpoint-rw/csd.md"])
	kindtest.SaysNoneBecause(t, "csd.md", csd, "allows any host", "| Allow | Any |")
	kindtest.SaysAll(t, "csd.md", csd, "| Allow | Not stated |")
}

// editFile replaces the first old in file with new; the test stops when
// the file lacks old.
func editFile(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// markCached appends mark to the page of every document in the build
// cache cacheDir that match accepts, sealed again, and returns how many
// it marked: a later build's page then tells whether it came from the
// cache or was rendered again.
func markCached(t *testing.T, cacheDir, mark string, match func(*rendered) bool) int {
	t.Helper()
	marked := 0
	_ = filepath.WalkDir(filepath.Join(cacheDir, "docs"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		r, ok := readRendered(p)
		if !ok || !match(r) {
			return nil
		}
		r.HTML = append(r.HTML, mark...)
		if err := writeRendered(p, r, nil); err != nil {
			t.Fatal(err)
		}
		marked++
		return nil
	})
	return marked
}

// fixtureCheck runs check on testdata/<name>, or on a copy whose product
// file file went through edit, and returns every diagnostic, one a line,
// with its key path.
func fixtureCheck(t *testing.T, name, file string, edit func(string) string) string {
	t.Helper()
	dir := filepath.Join("testdata", name)
	site, content := filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content")
	if edit != nil {
		site, content = kindtest.CopyRepo(t, site, content, file, edit)
	}
	res, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var diags contentpkg.Diagnostics
	var ie *contentpkg.InputError
	switch {
	case errors.As(err, &ie):
		diags = ie.Diagnostics
	case err != nil:
		t.Fatal(err)
	default:
		diags = res.Warnings
	}
	var lines []string
	for _, d := range diags {
		lines = append(lines, d.Path+": "+d.Message)
	}
	return strings.Join(lines, "\n")
}

// TestSoftwareOnlyCSDForwardsNoEventsOfTheProduct: a software-only
// product stating logging.siem.supported = false (the cloud SaMD, hosted
// by its manufacturer; the health IT engine, on the hospital's servers)
// has no device: its CSD's 12.1 says the product does not forward
// events, never the device. The device direction is
// TestCSDSummarySIEMFollowsMDS2 ("the stated fact decides").
func TestSoftwareOnlyCSDForwardsNoEventsOfTheProduct(t *testing.T) {
	for _, tc := range []struct {
		fixture, file, csd string
		edit               func(string) string
	}{
		{"cloudsamd", "lumentriage.toml", "lumentriage/csd.md", func(s string) string {
			return s + "\n[logging.siem]\nsupported = false\n"
		}},
		{"healthit", "resultroute.toml", "resultroute/csd.md", func(s string) string {
			s = strings.Replace(s, "[logging.siem]\nsupported = true\nformat = \"RFC 5424 syslog with JSON payload\"\ntransport = \"Syslog over TLS (RFC 5425) on TCP 6514\"\nconfiguration = \"Console > Settings > Audit forwarding.\"\n",
				"[logging.siem]\nsupported = false\n", 1)
			// AUDT-5 was derived from supported = true: answered by hand now.
			return strings.Replace(s, "\"AUDT-5.1\" = \"no\"\n", "\"AUDT-5\" = \"yes\"\n\"AUDT-5.1\" = \"no\"\n", 1)
		}},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, tc.fixture, tc.file, tc.edit)
			csd := files[tc.csd]
			kindtest.SaysAll(t, tc.csd, csd, "### 12.1 SIEM and log collector integration\n\nThe product does not forward events to a SIEM or log collector.")
			kindtest.SaysNoneBecause(t, tc.csd, csd, "the product is software only: it has no device", "The device does not forward events", "the device's audit logs")
		})
	}
}

// checkWarnsOnly fails for every line jspgen check reports about fixture
// name that none of explained matches: the warnings a fixture leaves on
// purpose (sections it does not fill), which its product file's header
// explains.
func checkWarnsOnly(t *testing.T, name string, explained ...lineMatch) {
	t.Helper()
	for _, line := range strings.Split(fixtureCheck(t, name, "", nil), "\n") {
		if line != "" && !slices.ContainsFunc(explained, func(m lineMatch) bool { return m(line) }) {
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}

// lineMatch tells whether a line of check's report is one a test
// expects: startsWith for a line about a key path, containing for a
// message any key path may carry.
type lineMatch func(line string) bool

func startsWith(s string) lineMatch { return func(l string) bool { return strings.HasPrefix(l, s) } }
func containing(s string) lineMatch { return func(l string) bool { return strings.Contains(l, s) } }

// publishedDocDenied matches check's warning of a hand SBOM-4, AUDT-2.11,
// AUDT-4 or DTBK-6 No (or SBOM-4 N/A) without a note beside the explicit
// key the CSD or the plan prints (review 89b, mobileapp #1 and #4): the
// fixtures that answer so leave the answer or its note to their owners.
func publishedDocDenied(l string) bool {
	for _, q := range []string{"SBOM-4", "AUDT-2.11", "AUDT-4", "DTBK-6"} {
		if strings.HasPrefix(l, "mds2.answers."+q+": ") && strings.Contains(l, ": without a note, the answer reads as denying what the documents published with it describe; ") {
			return true
		}
	}
	return false
}

// partialLinkNo matches check's warning of a hand NAUT-1, TXIG-1 or TXCF-2
// No without a note beside ports that state the protection on some links
// (review 89, ctscanner #4): the fixtures that answer so leave it for their
// owners to say which links the No is about.
func partialLinkNo(l string) bool {
	for _, q := range []string{"NAUT-1", "TXIG-1", "TXCF-2"} {
		if strings.HasPrefix(l, "mds2.answers."+q+": answer No, but ") && strings.Contains(l, "which a No without a note denies") {
			return true
		}
	}
	return false
}
