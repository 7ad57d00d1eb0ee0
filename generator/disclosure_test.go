package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// monitoringOn builds the monitoring fixture as of date asOf, with every
// document of the product released on date on (approved three days
// before) and, with notice false, without its security advisory (issued
// on the disclosure, 2026-01-12, it is the disclosure). It returns the
// site's files and the build's warnings.
func monitoringOn(t *testing.T, asOf, on string, notice bool) (map[string]string, []string) {
	t.Helper()
	dir := filepath.Join("testdata", "monitoring")
	approved := map[string]string{"2026-01-05": "2026-01-02", "2026-01-12": "2026-01-09"}[on]
	if approved == "" {
		t.Fatalf("no approval date for %s", on)
	}
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "sentinel-pm.toml", func(s string) string {
		if !notice {
			i := strings.Index(s, "\n[[notices]]\nid = \"sa-2026-01\"")
			j := strings.Index(s, "\n# ---------------------------------------------------------------------------\n# Security programme")
			if i < 0 || j < i {
				t.Fatal("the monitoring fixture's advisory is not where the test expects it")
			}
			s = s[:i] + s[j:]
			// The product file's prose names it too, as written after
			// the disclosure: before it, it would not.
			s = strings.NewReplacer(" (fixes CVE-2025-67410)", "", " (CVE-2025-67410, advisory VMS-SA-2026-01)", "",
				"except CVE-2025-67410, uncontrolled until 4.0.1 is installed (advisory VMS-SA-2026-01)", "except one, uncontrolled until 4.0.1 is installed").Replace(s)
		}
		return strings.NewReplacer("release_date = 2026-01-19", "release_date = "+on,
			"date = 2026-01-19, summary", "date = "+on+", summary",
			"name = \"R. Okonkwo\", date = 2026-01-15", "name = \"R. Okonkwo\", date = "+approved).Replace(s)
	})
	b, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "\nlanguage = \"en\"\n", "\nlanguage = \"en\"\nas_of = "+asOf+"\n", 1)
	if !strings.Contains(s, "as_of = "+asOf) {
		t.Fatal("no place for as_of in the site file")
	}
	if err := os.WriteFile(site, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for k, v := range readTree(t, out) {
		files[k] = string(v)
	}
	var warnings []string
	for _, d := range res.Warnings {
		warnings = append(warnings, d.Path+": "+d.Message)
	}
	return files, warnings
}

// TestNoFileNamesAVulnerabilityBeforeItsDisclosure: Vantor learnt of
// CVE-2025-67410 on 2025-12-15 and disclosed it, by its advisory, on
// 2026-01-12. Built as of 2026-01-05, with every document released that
// day (and the product file's prose naming it left out, as it would be
// written then), the site named it in the CSD (4.0 and 3.4), the plan, the risk
// report, the MDS2 form's notes, the per-version CycloneDX VEX, OpenVEX
// and CSAF VEX files: every one published, each disclosed it a week
// early. And the CSD, leaving it out, must not say that no vulnerability
// is known. On the disclosure every one of them names it.
func TestNoFileNamesAVulnerabilityBeforeItsDisclosure(t *testing.T) {
	const cve = "CVE-2025-67410"
	before, warnings := monitoringOn(t, "2026-01-05", "2026-01-05", false)
	for name, text := range before {
		if strings.Contains(text, cve) || strings.Contains(text, "67410") {
			i := strings.Index(text, "67410")
			t.Errorf("built as of 2026-01-05, before its disclosure, %s names %s: …%s…", name, cve, text[max(0, i-300):min(len(text), i+100)])
		}
	}
	for _, f := range []string{"sentinel-pm/vex-4.0.cdx.json", "sentinel-pm/vex-4.0.openvex.json", "sentinel-pm/vex-3.4.cdx.json"} {
		if _, ok := before[f]; ok {
			t.Errorf("built as of 2026-01-05, %s is published; no vulnerability of its version is public then", f)
		}
	}
	kindtest.SaysAll(t, "the CSD released before the disclosure", before["sentinel-pm/csd.md"],
		"On 5 January 2026 the product data records no publicly disclosed vulnerability in the components of version 4.0.")
	kindtest.SaysNoneBecause(t, "the CSD released before the disclosure", before["sentinel-pm/csd.md"],
		"Vantor knew of CVE-2025-67410, not yet disclosed", "records no known vulnerability")
	kindtest.SaysAll(t, "the plan released before the disclosure", before["sentinel-pm/security-plan.md"],
		"On 5 January 2026 the product data records no publicly disclosed vulnerability in the components of any version.")
	found := false
	for _, w := range warnings {
		if strings.HasPrefix(w, "vulnerabilities[0].disclosed: "+cve+" is disclosed on 2026-01-12, after the build's as-of date 2026-01-05: until then no file") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning that %s, disclosed after the as-of date, is published nowhere yet; got:\n%s", cve, strings.Join(warnings, "\n"))
	}
	checkCSAF(t, before)

	after, _ := monitoringOn(t, "2026-01-12", "2026-01-12", true)
	for _, f := range []string{"sentinel-pm/csd.md", "sentinel-pm/3.4/csd.md", "sentinel-pm/security-plan.md", "sentinel-pm/risk-report.md",
		"sentinel-pm/vex-4.0.cdx.json", "sentinel-pm/vex-4.0.openvex.json", "sentinel-pm/vex-3.4.cdx.json", "sentinel-pm/vex-3.4.openvex.json",
		".well-known/csaf/white/2026/sentinel-pm-4_0-vex.json"} {
		if !strings.Contains(after[f], cve) {
			t.Errorf("built as of 2026-01-12, the disclosure, %s does not name %s", f, cve)
		}
	}
	kindtest.SaysAll(t, "the CSD released on the disclosure", after["sentinel-pm/csd.md"],
		"Every known vulnerability that Vantor Medical Systems, Inc. has assessed for version 4.0")
	checkCSAF(t, after)
}

// checkCSAF runs every CSAF document of a built site through gocsaf's
// offline checks (gocsafAdvisoryProblems).
func checkCSAF(t *testing.T, files map[string]string) {
	t.Helper()
	n := 0
	for name, text := range files {
		if !strings.HasPrefix(name, ".well-known/csaf/white/") || !strings.HasSuffix(name, ".json") {
			continue
		}
		n++
		for _, p := range gocsafAdvisoryProblems(name, []byte(text)) {
			t.Errorf("%s: %s", name, p)
		}
	}
	t.Logf("%d CSAF documents checked", n)
}

// TestDisclosureDuesANewRevision: a CSD released on 2026-01-05, which
// left out CVE-2025-67410 (not disclosed until 2026-01-12), no longer
// holds on a site built as of 2026-01-12: check says a new revision is
// due, and why. It said nothing (it counted the vulnerability as listed
// from its discovery).
func TestDisclosureDuesANewRevision(t *testing.T) {
	_, warnings := monitoringOn(t, "2026-01-12", "2026-01-05", false)
	found := false
	for _, w := range warnings {
		if strings.HasPrefix(w, "documents.csd.release_date: the CSD (VMS-SPM-CSD-001 revision A) speaks as of its release on 2026-01-05; on 2026-01-12, ") &&
			strings.Contains(w, "CVE-2025-67410 was publicly disclosed on 2026-01-12") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning that the CSD is due a revision for CVE-2025-67410's disclosure; got:\n%s", strings.Join(warnings, "\n"))
	}
}

// TestCSDListingSomeSaysPubliclyDisclosed: the pump's CVE-2025-0395,
// under investigation in 4.2.1, set to be disclosed after the CSD's
// release (2026-02-16): the CSD lists 4.2.1's other vulnerabilities and
// leaves it out, so it cannot call them every known one.
func TestCSDListingSomeSaysPubliclyDisclosed(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		return strings.Replace(s, "discovered = 2025-01-22\ndisclosed = 2025-01-22", "discovered = 2025-01-22\ndisclosed = 2026-12-01", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["halcyon-lvp7/csd.md"])
	kindtest.SaysAll(t, "the pump's CSD", csd, "Every publicly disclosed vulnerability that Meridian", "CVE-2024-6119")
	kindtest.SaysNoneBecause(t, "the pump's CSD", csd, "CVE-2025-0395 is not disclosed until after its release", "CVE-2025-0395", "Every known vulnerability")
}

// TestPlanListingSomeSaysWhichItLeavesOut: the plan is what a regulator
// reads for the product's vulnerabilities, the risk report for the
// residual risk. With CVE-2025-0395 known but
// disclosed only after the plan's release, its table lists the others;
// the plan says it lists those publicly disclosed by its date and that
// one known then is named from the revision after its disclosure, so the
// table is not read as every vulnerability known. With nothing held
// back, it says nothing of the kind. The risk report says the same of
// its version, whose residual risk would otherwise read as complete.
func TestPlanListingSomeSaysWhichItLeavesOut(t *testing.T) {
	const note = "One known by then whose coordinated disclosure is later is not named in this published plan"
	build := func(disclosed string) string {
		site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
			return strings.Replace(s, "discovered = 2025-01-22\ndisclosed = 2025-01-22", "discovered = 2025-01-22\ndisclosed = "+disclosed, 1)
		})
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
			t.Fatal(err)
		}
		files := readTree(t, out)
		return string(files["halcyon-lvp7/security-plan.md"]) + string(files["halcyon-lvp7/risk-report.md"])
	}
	const reportNote = "whose coordinated disclosure is later is not named in this published report"
	held := build("2026-12-01")
	kindtest.SaysAll(t, "the plan and risk report, CVE-2025-0395 disclosed after them", held, "The table lists the vulnerabilities publicly disclosed by", note, reportNote, "CVE-2024-6119")
	kindtest.SaysNoneBecause(t, "the plan, CVE-2025-0395 disclosed after it", held, "the held-back CVE named", "CVE-2025-0395")
	open := build("2025-01-23")
	kindtest.SaysAll(t, "the plan, CVE-2025-0395 disclosed", open, "CVE-2025-0395")
	kindtest.SaysNoneBecause(t, "the plan and risk report, CVE-2025-0395 disclosed", open, "a note on held-back vulnerabilities with none held back", note, reportNote)
}

// TestProseNamingAnUndisclosedVulnerabilityFails: the monitoring
// fixture's version 4.0.1 summary says it "fixes CVE-2025-67410", which is
// disclosed on 2026-01-12. With every document released, and the site
// built, as of 2026-01-05 (the advisory left out, and the other prose
// naming the CVE with it, as monitoringOn does), the summary was printed
// as written: the security plan's table of versions published the CVE a
// week before its coordinated disclosure, though the vulnerability's own
// entry was left out everywhere. check and build now
// stop at the summary's key and line, naming the date from which it may
// be named; on the disclosure the same text builds.
func TestProseNamingAnUndisclosedVulnerabilityFails(t *testing.T) {
	copyOn := func(on string) (string, string) {
		dir := filepath.Join("testdata", "monitoring")
		site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "sentinel-pm.toml", func(s string) string {
			i := strings.Index(s, "\n[[notices]]\nid = \"sa-2026-01\"")
			j := strings.Index(s, "\n# ---------------------------------------------------------------------------\n# Security programme")
			if i < 0 || j < i {
				t.Fatal("the monitoring fixture's advisory is not where the test expects it")
			}
			s = s[:i] + s[j:]
			if !strings.Contains(s, "(fixes CVE-2025-67410).\"") {
				t.Fatal("the monitoring fixture's 4.0.1 summary no longer names CVE-2025-67410")
			}
			return strings.NewReplacer(" (CVE-2025-67410, advisory VMS-SA-2026-01)", "",
				"except CVE-2025-67410, uncontrolled until 4.0.1 is installed (advisory VMS-SA-2026-01)", "except one, uncontrolled until 4.0.1 is installed",
				"release_date = 2026-01-19", "release_date = "+on,
				"date = 2026-01-19, summary", "date = "+on+", summary",
				"name = \"R. Okonkwo\", date = 2026-01-15", "name = \"R. Okonkwo\", date = 2025-12-20").Replace(s)
		})
		b, err := os.ReadFile(site)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.Replace(string(b), "\nlanguage = \"en\"\n", "\nlanguage = \"en\"\nas_of = "+on+"\n", 1)
		if err := os.WriteFile(site, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return site, content
	}
	const want = "sentinel-pm.toml:149: versions[2].summary: this text names CVE-2025-67410, not publicly disclosed until 2026-01-12 (vulnerabilities[0].disclosed), but may be published as of 2026-01-05"
	const when = "name it only in text first published on or after 2026-01-12"
	site, content := copyOn("2026-01-05")
	for _, run := range []struct {
		name string
		f    func(Options) (*Result, error)
	}{{"check", Check}, {"build", Build}} {
		out := filepath.Join(t.TempDir(), "site")
		_, err := run.f(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), when) {
			t.Errorf("%s as of 2026-01-05: want the error %q…%q; got %v", run.name, want, when, err)
		}
		if _, statErr := os.Stat(out); statErr == nil {
			t.Errorf("%s as of 2026-01-05 wrote %s", run.name, out)
		}
	}
	site, content = copyOn("2026-01-12")
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatalf("built as of the disclosure: %v", err)
	}
	kindtest.SaysAll(t, "the plan released on the disclosure", string(readTree(t, out)["sentinel-pm/security-plan.md"]), "(fixes CVE-2025-67410)")
}
