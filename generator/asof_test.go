package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReleasedDocumentsSpeakAsOfTheirRelease: a released revision says
// the same whenever it is built. The examples built on a later date
// (SOURCE_DATE_EPOCH) give the same text in every document, notice,
// lifecycle page and lifecycle.json: each speaks as of its own release
// date, not the build's (which used to rewrite "On 16 February 2026 the
// current version is", the stages and the notices listed).
func TestReleasedDocumentsSpeakAsOfTheirRelease(t *testing.T) {
	later := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	build := func(source *time.Time) map[string][]byte {
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: "../jspgen.toml", ContentDir: "../content", OutDir: out, SourceDate: source}); err != nil {
			t.Fatal(err)
		}
		return readTree(t, out)
	}
	then, now := build(nil), build(&later)
	compared := 0
	for name, b := range then {
		if !strings.HasSuffix(name, ".md") && !strings.HasSuffix(name, "lifecycle.json") {
			continue
		}
		compared++
		if got, ok := now[name]; !ok {
			t.Errorf("%s: not built on %s", name, later.Format(time.DateOnly))
		} else if string(got) != string(b) {
			t.Errorf("%s differs when built on %s", name, later.Format(time.DateOnly))
		}
	}
	if compared < 20 {
		t.Errorf("compared %d documents, want every one of the examples'", compared)
	}
}

// TestDocumentsReleasedBeforeTheCurrentVersion: the pump's CSD and MDS2
// form released when 4.1.0 was current describe 4.1.0, with 4.1.0's SBOM
// published for the CSD's links; no second, per-version CSD or form about
// 4.1.0 is built, and the build (link check included) succeeds.
func TestDocumentsReleasedBeforeTheCurrentVersion(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		// The block's release, approvals and current revision dated
		// 2024-06-03, when 4.1.0 was current.
		for _, doc := range []string{"[documents.csd]", "[documents.mds2]"} {
			i := strings.Index(s, doc)
			j := i + len(doc) + regexp.MustCompile(`\n\[[a-z]`).FindStringIndex(s[i+len(doc):])[0]
			s = s[:i] + regexp.MustCompile(`202[56]-\d\d-\d\d`).ReplaceAllString(s[i:j], "2024-06-03") + s[j:]
		}
		return strings.Replace(s, "[mds2]\nversions = [\"4.2.1\"]\n", "[mds2]\n", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	if csd := string(files["halcyon-lvp7/csd.md"]); !strings.Contains(csd, "for software version `4.1.0`.") {
		t.Error("the CSD of 2024 is not about 4.1.0")
	}
	if form := string(files["halcyon-lvp7/mds2.md"]); !strings.Contains(form, "this form cover? | 4.1.0 (general availability") {
		t.Error("the MDS2 form of 2024 does not cover 4.1.0")
	}
	// The product page says which version each of them describes; the
	// plan, every version its section 1.3 covers.
	page := string(files["halcyon-lvp7/index.html"])
	kindtest.SaysAll(t, "the product page", page, `Customer Security Documentation</a></th><td>4.1.0</td>`, `MDS2 Disclosure Form</a></th><td>4.1.0</td>`, `Product Security Plan</a></th><td>3.8.2, 4.1.0, 4.2.1</td>`)
	for _, f := range []string{"halcyon-lvp7/4.1.0/csd.md", "halcyon-lvp7/4.1.0/mds2.md"} {
		if _, ok := files[f]; ok {
			t.Errorf("%s is built beside the document about 4.1.0", f)
		}
	}
	if _, ok := files["halcyon-lvp7/sbom-4.1.0.cdx.annotated.json"]; !ok {
		t.Error("4.1.0's annotated SBOM, which the CSD links, is not published")
	}
}

// TestNewVersionWithItsOwnSBOM: once a new version with an SBOM of its
// own is current, the older versions' vulnerabilities and component
// notices are still checked against the older versions' SBOMs (they
// failed with "version 4.2.1 contains none of the components").
func TestNewVersionWithItsOwnSBOM(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		// After 4.2.1's block: before the first table that is not a version's.
		i := strings.Index(s, "version = \"4.2.1\"")
		i += regexp.MustCompile(`\n\[\[?[^v\[]`).FindStringIndex(s[i:])[0]
		return s[:i] + "\n\n[[versions]]\nversion = \"4.3.0\"\nsummary = \"OpenSSL 3.0.17.\"\ngeneral_availability = 2026-06-01\n\n[versions.changes]\nsbom_files = [\"sbom-4.3.0.cdx.json\"]\n" + s[i:]
	})
	sbomData, err := os.ReadFile("../content/halcyon-lvp7/sbom.cdx.json")
	if err != nil {
		t.Fatal(err)
	}
	sbomData = bytes.ReplaceAll(bytes.ReplaceAll(sbomData, []byte("3.0.16"), []byte("3.0.17")), []byte(`"version": "4.2.1"`), []byte(`"version": "4.3.0"`))
	if err := os.WriteFile(filepath.Join(dir, "halcyon-lvp7", "sbom-4.3.0.cdx.json"), sbomData, 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: filepath.Join(t.TempDir(), "site"), SourceDate: &later}); err != nil {
		t.Fatal(err)
	}
}

// TestDocumentsListVulnerabilitiesKnownByTheirRelease: a vulnerability
// first known after the documents' release (2026-02-16) does not enter
// them, however late they are built: the plan, the CSD, the risk report
// and the 4.1.0 CSD read the same as the example's; the VEX files, which
// state the vulnerabilities as they stand, list it; and check says a new
// revision of each document listing vulnerabilities is due.
func TestDocumentsListVulnerabilitiesKnownByTheirRelease(t *testing.T) {
	const newVuln = `
[[vulnerabilities]]
id = "CVE-2026-10001"
title = "A glibc flaw found after the documents' release"
components = [{ name = "glibc", version = "2.39" }]
versions = ["4.2.1"]
status = "under_investigation"
discovered = 2026-03-10
`
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "\n[[requirements]]\n")
		return s[:i] + "\n" + newVuln + s[i:]
	})
	later := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	build := func(site, content string) map[string][]byte {
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: site, ContentDir: content, OutDir: out, SourceDate: &later}); err != nil {
			t.Fatal(err)
		}
		return readTree(t, out)
	}
	before, after := build("../jspgen.toml", "../content"), build(site, dir)
	for _, doc := range []string{"security-plan.md", "csd.md", "risk-report.md", "4.1.0/csd.md"} {
		name := "halcyon-lvp7/" + doc
		if _, ok := before[name]; !ok {
			t.Fatalf("%s is not built", name)
		}
		if string(after[name]) != string(before[name]) {
			t.Errorf("%s, released before CVE-2026-10001 was known, changed when it was added", name)
		}
	}
	if !strings.Contains(string(after["halcyon-lvp7/vex-4.2.1.openvex.json"]), "CVE-2026-10001") {
		t.Error("4.2.1's OpenVEX file does not state CVE-2026-10001")
	}
	res, err := Check(Options{SiteFile: site, ContentDir: dir, SourceDate: &later})
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"security_plan", "csd", "risk_report"} {
		path := "documents." + key + ".release_date"
		found := false
		for _, w := range res.Warnings {
			found = found || w.Path == path && strings.Contains(w.Message, "CVE-2026-10001 became known on 2026-03-10")
		}
		if !found {
			t.Errorf("no warning at %s that CVE-2026-10001 became known after the release; warnings: %v", path, res.Warnings)
		}
	}
	// The example itself, built as late: no document is due for a vulnerability.
	res, err = Check(Options{SiteFile: "../jspgen.toml", ContentDir: "../content", SourceDate: &later})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "became known") || strings.Contains(w.Message, "a fix for") {
			t.Errorf("the example warns about a vulnerability: %v", w)
		}
	}
}

// TestDocumentsStateTheMilestonesOfTheirDate: the lifecycle page released
// on 2025-12-01, before the component notice of 2026-01-20 brought 4.2.1's
// end of life and end of support forward (date_changes), states the dates
// announced then, on the page and in lifecycle.json; as shipped (released
// with the notice) it states the moved ones.
func TestDocumentsStateTheMilestonesOfTheirDate(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "[documents.lifecycle]")
		j := i + len("[documents.lifecycle]") + regexp.MustCompile(`\n\[[a-z]`).FindStringIndex(s[i+len("[documents.lifecycle]"):])[0]
		block := strings.NewReplacer("2026-01-20", "2025-12-01", "2026-01-16", "2025-11-28", "2026-01-19", "2025-11-30").Replace(s[i:j])
		return s[:i] + block + s[j:]
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	page, js := string(files["halcyon-lvp7/lifecycle.md"]), string(files["halcyon-lvp7/lifecycle.json"])
	// Before the notice: 4.2.1's end of life 2030-06-30, end of support 2031-06-30.
	kindtest.SaysAll(t, "the lifecycle page of 2025-12-01 (4.2.1's dates as announced then)", page, "| 2030-06-30 | 2031-03-31 | 2031-06-30 |")
	if strings.Contains(page, "2028-12-31") || strings.Contains(js, "2028-12-31") {
		t.Error("the page or lifecycle.json of 2025-12-01 states 4.2.1's end of support moved on 2026-01-20 (2028-12-31)")
	}
	golden, err := os.ReadFile("../golden/halcyon-lvp7/lifecycle.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(golden), "2028-12-31") {
		t.Error("the example's page, released with the notice, does not state the moved end of support")
	}
}

// TestComponentNoticeNamesOnlyVersionsWithTheComponent: the example's
// component notice (linux-imx 6.6.52, openssl 3.0.16 of 4.2.1) also naming
// 4.1.0, whose SBOM has neither, is an error at that version; as shipped,
// none.
func TestComponentNoticeNamesOnlyVersionsWithTheComponent(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "id = \"ceos-linux-6.6-openssl-3.0\"")
		return s[:i] + strings.Replace(s[i:], "versions = [\"4.2.1\"]", "versions = [\"4.1.0\", \"4.2.1\"]", 1)
	})
	_, err := Check(Options{SiteFile: site, ContentDir: dir})
	if err == nil || !strings.Contains(err.Error(), "version 4.1.0 does not contain linux-imx 6.6.52, which this notice names") {
		t.Errorf("check: %v; want an error that 4.1.0 lacks linux-imx 6.6.52", err)
	}
	if res, err := Check(Options{SiteFile: "../jspgen.toml", ContentDir: "../content"}); err != nil {
		t.Errorf("the example: %v (%v)", err, res)
	}
}

// TestNoticeOffersOnlyReleasedUpgrades: the end-of-support notice of
// 3.8.2 as first issued (2022-11-15) offers 4.2.1, generally available
// only in 2025, as planned, and says nothing of which Halcyon Connect
// versions 4.2.1 works with; as revised in 2025 (the example) it offers
// it plainly with the Connect versions.
func TestNoticeOffersOnlyReleasedUpgrades(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "id = \"MIS-LVP7-EOS-382\"")
		j := i + strings.Index(s[i:], "\n[[notices]]")
		block := s[i:j]
		block = strings.NewReplacer("revision = \"C\"\nrelease_date = 2025-07-01", "revision = \"A\"\nrelease_date = 2022-11-15",
			"date = 2025-06-27", "date = 2022-11-10", "date = 2025-06-30", "date = 2022-11-14").Replace(block)
		block = block[:strings.Index(block, "\n[[notices.document.history]]\nrevision = \"B\"")] + "\n"
		return s[:i] + block + s[j:]
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	notice := string(readTree(t, out)["halcyon-lvp7/notices/eos-3.8.2.md"])
	if !strings.Contains(notice, "software 4.2.1 (planned) |") {
		t.Error("the notice of 2022 offers 4.2.1 without saying it was planned then")
	}
	if strings.Contains(notice, "Software `4.2.1` works with") {
		t.Error("the notice of 2022 says which Connect versions 4.2.1, released in 2025, works with")
	}
	golden, err := os.ReadFile("../golden/halcyon-lvp7/notices/eos-3.8.2.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(golden), "Software `4.2.1` works with") || strings.Contains(string(golden), "(planned") {
		t.Error("the example's notice of 2025 does not offer 4.2.1 plainly with its Connect versions")
	}
}

// TestLaterVersionLeavesReleasedRiskReportAlone: a version added to the
// data after the risk report's release (4.3.0, with a flow of its own)
// changes neither the report nor its data-flow and attack-path drawings:
// they are drawn from the version the report is about, not the one
// current when it is built.
func TestLaterVersionLeavesReleasedRiskReportAlone(t *testing.T) {
	build := func(site, dir string, source *time.Time) map[string][]byte {
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out, SourceDate: source}); err != nil {
			t.Fatal(err)
		}
		return readTree(t, out)
	}
	before := build("../jspgen.toml", "../content", nil)
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		return s + `
[[versions]]
version = "4.3.0"
summary = "Remote log forwarding to a second collector."
general_availability = 2026-09-15
end_of_support = 2031-06-30

[[versions.changes.data_flows_added]]
id = "DF-99"
from = "Pump"
to = "Hospital syslog collector"
data = ["logs"]
interface = "wifi"
protection = "Syslog over TLS to a second collector."
`
	})
	// Built when 4.3.0 is current.
	later := time.Date(2027, 1, 1, 12, 0, 0, 0, time.UTC)
	after := build(site, dir, &later)
	compared := 0
	for name, b := range before {
		// The PDF's creation date is the build's (SOURCE_DATE_EPOCH).
		if !strings.HasPrefix(name, "halcyon-lvp7/risk-report.") && !strings.HasPrefix(name, "halcyon-lvp7/views/") || strings.HasSuffix(name, ".pdf") {
			continue
		}
		compared++
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed when version 4.3.0 was added", name)
		}
	}
	if compared < 5 {
		t.Errorf("compared %d files, want the report and its drawings", compared)
	}
	if bytes.Contains(after["halcyon-lvp7/risk-report.md"], []byte("DF-99")) {
		t.Error("the risk report about 4.2.1 lists 4.3.0's flow DF-99")
	}
}

// TestProductPageMilestonesAsAnnounced: the product page built on a date
// before the notice that moved 4.2.1's milestones (issued 2026-01-20)
// gives the milestones announced then; built after it, the moved ones.
func TestProductPageMilestonesAsAnnounced(t *testing.T) {
	row := func(on time.Time) string {
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: "../jspgen.toml", ContentDir: "../content", OutDir: out, SourceDate: &on}); err != nil {
			t.Fatal(err)
		}
		page, err := os.ReadFile(filepath.Join(out, "halcyon-lvp7", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`<tr><th scope="row">4\.2\.1</th>.*</tr>`).FindString(string(page))
	}
	for _, tc := range []struct {
		on   time.Time
		want string
	}{
		{time.Date(2025, 10, 15, 12, 0, 0, 0, time.UTC), `<td class="nowrap">2030-06-30</td><td class="nowrap">2031-03-31</td><td class="nowrap">2031-06-30</td>`},
		{time.Date(2026, 2, 16, 12, 0, 0, 0, time.UTC), `<td class="nowrap">2026-06-30</td><td class="nowrap">2028-04-30</td><td class="nowrap">2028-12-31</td>`},
	} {
		if got := row(tc.on); !strings.Contains(got, tc.want) {
			t.Errorf("built on %s, 4.2.1's row is %q; want milestones %s", tc.on.Format(time.DateOnly), got, tc.want)
		}
	}
}

// TestLifecyclePageComponentsNotSingledOut: a product whose components'
// support comes from rules alone (no [[components]] entry) gets a
// lifecycle page that says it singles none of them out and where they are
// listed, not that the components and their support are not stated.
func TestLifecyclePageComponentsNotSingledOut(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "dosewise.toml", func(s string) string {
		s = regexp.MustCompile(`(?m)^\[\[components\]\]\n(?:[^\[\n].*\n)*`).ReplaceAllString(s, "")
		return s + "\n[[support_rules]]\nid = \"all\"\npurl = \"pkg:*\"\nlevel = \"maintained\"\nend_of_support = 2030-01-01\n"
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "dosewise", "lifecycle.md"))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "the lifecycle page", string(page), "### Version 2.3.0\n\nThis page singles out none of its components (7 listed): none is stated to be no longer maintained or abandoned by its supplier, and none has an announced end of supplier support before the version's (2028-12-31). The software bill of materials lists all 7 components, and the [customer security documentation](csd.html) gives the support of each as stated.")
	if bytes.Contains(page, []byte("components and their support are not stated")) {
		t.Error("the lifecycle page says the components are not stated")
	}
}

// TestNoCSAFForVersionsInDevelopment: a version not generally available
// on the build's date gets its CycloneDX and OpenVEX files beside the
// documents, but no CSAF VEX in the provider, which offers every document
// to aggregators as final.
func TestNoCSAFForVersionsInDevelopment(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		return s + `
[[versions]]
version = "4.3.0"
summary = "Next feature release."
general_availability = 2026-09-15

[[vulnerabilities]]
id = "CVE-2026-0001"
title = "A flaw found in development"
components = [{ name = "glibc", version = "2.39" }]
versions = ["4.3.0"]
status = "under_investigation"
remediation = "Assessment under way."
discovered = 2026-02-01
`
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	for _, f := range []string{"halcyon-lvp7/vex-4.3.0.cdx.json", "halcyon-lvp7/vex-4.3.0.openvex.json", ".well-known/csaf/white/2024/halcyon-lvp7-4_1_0-vex.json"} {
		if _, ok := files[f]; !ok {
			t.Errorf("%s is not built", f)
		}
	}
	for name := range files {
		if strings.Contains(name, "4_3_0") {
			t.Errorf("%s: a CSAF document of a version in development", name)
		}
	}
	if strings.Contains(string(files[".well-known/csaf/white/changes.csv"]), "4_3_0") {
		t.Error("changes.csv lists a version in development")
	}
}
