package generator

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildFixtureAsOf builds a copy of testdata/<name> whose site file's
// as_of is asOf (a manufacturer building the site again, months later,
// without touching the documents) and returns the text of the product
// page at rel, its tags removed and its spaces folded.
func buildFixtureAsOf(t *testing.T, name, asOf, rel string) string {
	t.Helper()
	return buildFixtureAsOfEdited(t, name, asOf, "", nil, rel)
}

// buildFixtureAsOfEdited is buildFixtureAsOf with the content file file
// (relative to content/) edited first (kindtest.CopyRepo).
func buildFixtureAsOfEdited(t *testing.T, name, asOf, file string, edit func(string) string, rel string) string {
	t.Helper()
	dir := filepath.Join("testdata", name)
	site, dataDir := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), file, edit)
	b, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	s := regexp.MustCompile(`(?m)^as_of = .*\n`).ReplaceAllString(string(b), "")
	s = strings.Replace(s, "schema_version = 2\n", "schema_version = 2\nas_of = "+asOf+"\n", 1)
	if err := os.WriteFile(site, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dataDir, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(page), " ")
	return strings.Join(strings.Fields(text), " ")
}

// TestProductPageVersionsAsOfTheBuild: the product page's versions table
// speaks as of the build's date. It printed "not announced" for the end
// of life of a version past its end of support (withdrawn's 3.0.0 on
// 2026-12-31: "End of Support 2024-02-05 not announced not announced
// 2026-12-31"), for the end of guaranteed support of a version whose
// support had ended, and for every milestone of a withdrawn version, as
// if one were still to come; it gave linac's 3.4 as End of Support with
// no word of the paid extended support its customers were in (its own
// CSD listed above the table), and marketsplit's 3.1 one general
// availability, the United States', for the EU too, and its stage as
// "Support" before its EU release (now "Support (available in the United
// States; in the European Union from 1 June 2026)", as the lifecycle
// page). Before those dates the table keeps "not announced" and the bare
// stage.
func TestProductPageVersionsAsOfTheBuild(t *testing.T) {
	withdrawnLate := buildFixtureAsOf(t, "withdrawn", "2026-12-31", "sonabeat/index.html")
	kindtest.SaysAll(t, "withdrawn product page on 2026-12-31", withdrawnLate,
		"3.0.0 End of Support 2024-02-05 passed, date not stated not set 2026-12-31",
		"3.1.0 Withdrawn 2025-01-20 not set not set not set",
	)
	kindtest.SaysNone(t, "withdrawn product page on 2026-12-31", withdrawnLate,
		"3.0.0 End of Support 2024-02-05 not announced", "3.1.0 Withdrawn 2025-01-20 not announced")
	withdrawnEarly := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/index.html")
	kindtest.SaysAll(t, "withdrawn product page on 2025-03-09", withdrawnEarly,
		"3.0.0 Support 2024-02-05 not announced not announced 2026-12-31",
		"3.1.0 Support 2025-01-20 not announced not announced not announced",
	)

	linacIn := buildFixtureAsOf(t, "linac", "2026-03-01", "solstra-lx/index.html")
	kindtest.SaysAll(t, "linac product page on 2026-03-01", linacIn,
		"3.4 End of Support (paid extended support until 2026-09-30, for the customers who signed for it) 2014-05-12 2019-06-30 not set 2024-06-30",
		"4.2 Limited Support 2018-09-03 2023-02-06 not announced 2028-12-31",
	)
	linacAfter := buildFixtureAsOf(t, "linac", "2026-09-30", "solstra-lx/index.html")
	kindtest.SaysAll(t, "linac product page on 2026-09-30", linacAfter,
		"3.4 End of Support (paid extended support ended on 2026-09-30) 2014-05-12")
	kindtest.SaysNone(t, "linac product page on 2026-09-30", linacAfter, "paid extended support until")

	market := buildFixtureAsOf(t, "marketsplit", "2026-03-02", "dentasense/index.html")
	kindtest.SaysAll(t, "marketsplit product page", market,
		"3.1 Support (available in the United States; in the European Union from 1 June 2026) 2025-11-03 in the United States; 2026-06-01 in the European Union not announced")
	kindtest.SaysAll(t, "marketsplit product page", market, "3.0 Support 2024-05-06 not announced")
	kindtest.SaysNone(t, "marketsplit product page", market, "3.1 Support 2025-11-03")
	// Once the EU has it, 3.1 is in Support everywhere: the bare stage.
	marketAfter := buildFixtureAsOf(t, "marketsplit", "2026-06-01", "dentasense/index.html")
	kindtest.SaysAll(t, "marketsplit product page on 2026-06-01", marketAfter,
		"3.1 Support 2025-11-03 in the United States; 2026-06-01 in the European Union not announced")
	kindtest.SaysNone(t, "marketsplit product page on 2026-06-01", marketAfter, "available in the United States")
}

// TestVersionRow: the rules of a product page row, both ways.
func TestVersionRow(t *testing.T) {
	d := func(s string) content.Date {
		t.Helper()
		v, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	p := &content.Product{}
	v := content.Version{Version: "1.0", GeneralAvailability: d("2020-01-01"), EndOfGuaranteedSupport: d("2023-01-01"), EndOfSupport: d("2024-01-01")}
	for _, c := range []struct {
		on              string
		stage, eol, egs string
	}{
		{"2022-06-01", "Support", "not announced", "2023-01-01"},
		{"2023-01-01", "Limited Support", "passed, date not stated", "2023-01-01"},
		{"2024-01-01", "End of Support", "passed, date not stated", "2023-01-01"},
	} {
		r := versionRow(p, v, d(c.on))
		if r.Stage != c.stage || r.EndOfLife != c.eol || r.EndOfGuaranteed != c.egs {
			t.Errorf("on %s: %q %q %q, want %q %q %q", c.on, r.Stage, r.EndOfLife, r.EndOfGuaranteed, c.stage, c.eol, c.egs)
		}
	}
	w := content.Version{Version: "2.0", GeneralAvailability: d("2020-01-01"), EndOfSupport: d("2024-01-01")}
	for _, c := range []struct{ on, egs string }{{"2023-12-31", "not announced"}, {"2024-01-01", "not set"}} {
		if r := versionRow(p, w, d(c.on)); r.EndOfGuaranteed != c.egs {
			t.Errorf("on %s: end of guaranteed support %q, want %q", c.on, r.EndOfGuaranteed, c.egs)
		}
	}
}
