package generator

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// planKeyWords are the words the milestone tables print for a date not
// given, each with the phrase of the key (partial "lifecycle-key") that
// explains it, in Markdown.
var planKeyWords = [][2]string{
	{"Not announced", `A milestone marked "Not announced" has no date published yet`},
	{"Not set", `marked "Not set" has no date in the product data and does not lie ahead`},
	{"Not stated", `A date of another maker's system marked "Not stated"`},
	{"Does not apply", `A milestone marked "Does not apply" is one the version will never reach.`},
	{"None named", `A model whose "Replaced by" reads "None named" has no model named in its place`},
}

// checkKeyWords checks sec, a section with milestone tables (its lines
// for which isRow holds) and the prose beneath them: of planKeyWords,
// those in uses are printed in a table (printed) and explained in the
// prose, the others neither.
func checkKeyWords(t *testing.T, name, sec string, uses []string, isRow func(line string) bool, printed func(table, word string) bool) {
	t.Helper()
	var rows, prose []string
	for _, l := range strings.Split(sec, "\n") {
		if isRow(l) {
			rows = append(rows, l)
		} else {
			prose = append(prose, l)
		}
	}
	table, text := strings.Join(rows, "\n"), strings.Join(prose, "\n")
	for _, w := range planKeyWords {
		want := slices.Contains(uses, w[0])
		if used := printed(table, w[0]); used != want {
			t.Errorf("%s: a table prints %q: %v, want %v", name, w[0], used, want)
		}
		if explained := strings.Contains(text, w[1]); explained != want {
			t.Errorf("%s: the key explains %q: %v, want %v", name, w[0], explained, want)
		}
	}
}

// planSection11_1 is the plan's section 11.1, from its heading to 11.2's
// (the last of each, past a table of contents).
func planSection11_1(t *testing.T, name, doc string) string {
	t.Helper()
	i := strings.LastIndex(doc, "11.1 Lifecycle milestones")
	j := strings.LastIndex(doc, "11.2 Notice commitments")
	if i < 0 || j < i {
		t.Fatalf("%s: no section 11.1 before 11.2", name)
	}
	return doc[i:j]
}

// TestPlanLifecycleKey: the plan's 11.1 prints the versions' and the
// models' milestone tables with the lifecycle page's words for a date
// not given ("Not announced", "Not set", "Does not apply", "None
// named"), but explained only "None named": a reader of the withdrawn
// fixture's plan met "Not set" under a version and "Not announced"
// under another with no word on what either means. It now explains
// every word its own tables print and only those, in the lifecycle
// page's sentences (one partial): not the "Not stated" or "Does not
// apply" of the related systems' tables, which the plan prints in
// another section and the lifecycle page's key (LifecycleKey) counts.
// The plan publishes no announcements, so it does not say one is
// announced "here".
func TestPlanLifecycleKey(t *testing.T) {
	var example func(string) string
	for _, c := range []struct {
		fixture, doc string
		uses         []string // the words the plan's 11.1 prints
	}{
		{"marketsplit", "dentasense/security-plan.md", []string{"Not announced"}},
		{"withdrawn", "sonabeat/security-plan.md", []string{"Not announced", "Not set"}},
		{"modelfamily", "tv300/security-plan.md", []string{"Not announced", "None named"}},
		{"monitoring", "sentinel-pm/security-plan.md", []string{"Not announced"}},
		// The example: Dosewise has no end of production; the pump gives
		// every date, so its plan prints no key at all.
		{"example", "dosewise/security-plan.md", []string{"Does not apply"}},
		{"example", "halcyon-lvp7/security-plan.md", nil},
	} {
		sec := planSection11_1(t, c.fixture, fixtureDoc(t, c.fixture, c.doc, &example))
		checkKeyWords(t, c.fixture+" plan 11.1", sec, c.uses, tableRow, inCell)
		kindtest.SaysNone(t, c.fixture+" plan 11.1", sec, "announced here", "Dates are ISO 8601.")
	}
	// The lifecycle page, whose related systems' tables print "Not
	// stated", still explains it. It does not say the announcement comes
	// "here": the data give the notice period, not where the manufacturer
	// announces (a letter to each customer, say), even where notices are
	// built (REPORT-labrobot 1, REPORT-pacsviewer 11).
	page := buildFixture(t, "marketsplit")("dentasense/lifecycle.md")
	kindtest.SaysAll(t, "marketsplit lifecycle", page,
		`Dates are ISO 8601. A milestone marked "Not announced" has no date published yet; a version's end of support not yet announced is announced at least 12 months before it.`,
		`A date of another maker's system marked "Not stated" is not in the data of Orvella Dental Imaging, Inc.: that maker decides it.`)
}

// fixtureDoc reads the Markdown document doc of fixture, or of the example
// site when fixture is "example" (built once, into *example).
func fixtureDoc(t *testing.T, fixture, doc string, example *func(string) string) string {
	t.Helper()
	if fixture != "example" {
		return buildFixture(t, fixture)(doc)
	}
	if *example == nil {
		*example = exampleSiteReader(t)
	}
	return (*example)(doc)
}

// tableRow and inCell split a Markdown section for checkKeyWords: its
// table rows, and a word printed as a whole cell of them.
func tableRow(line string) bool      { return strings.HasPrefix(line, "|") }
func inCell(table, word string) bool { return strings.Contains(table, "| "+word+" |") }

// exampleSiteReader builds the example site into a temporary folder of
// t and returns a reader of its files.
func exampleSiteReader(t *testing.T) func(rel string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: "../jspgen.toml", ContentDir: "../content", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	return func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
}

// TestPlanLifecycleKeyFormats: the withdrawn fixture's plan explains
// "Not announced" and "Not set" beneath its 11.1 table in Markdown, HTML
// and PDF alike, and no other word.
func TestPlanLifecycleKeyFormats(t *testing.T) {
	const key = `A milestone marked "Not announced" has no date published yet; a version's end of support not yet announced is announced at least 24 months before it. One marked "Not set" has no date in the product data and does not lie ahead: the version's support has ended, or it was withdrawn; whether it came before then, and when, is not stated.`
	read := buildFixture(t, "withdrawn")
	md := planSection11_1(t, "withdrawn md", read("sonabeat/security-plan.md"))
	kindtest.SaysAll(t, "plan md", md, "| 3.1.0 | Withdrawn | 2025-01-20 | Not set | Not set | Not set | Not set | Not set |", key)
	html := planSection11_1(t, "withdrawn html", read("sonabeat/security-plan.html"))
	kindtest.SaysAll(t, "plan html", html, "<td>Not set</td>", "<p>"+strings.ReplaceAll(key, `"`, "&quot;")+"</p>")
	pdf := planSection11_1(t, "withdrawn pdf", pdfWords(t, read("sonabeat/security-plan.pdf")))
	kindtest.SaysAll(t, "plan pdf", pdf, key)
	for _, doc := range []string{md, html, pdf} {
		kindtest.SaysNone(t, "plan 11.1", doc, "Not stated", "Does not apply", "None named")
	}
}

// TestCSDLifecycleKey: the CSD's section 13 printed its table of
// versions with the same words for a date not given as the plan's 11.1
// ("Not announced", "Not set", "Does not apply") and explained none of
// them, though the CSD is the document a hospital reads. It now explains
// every word its table prints and only those, in the plan's sentences
// (content.Product.ReleasedMilestonesKey: the versions the table lists);
// the notice period is the next paragraph's, not repeated in the key.
func TestCSDLifecycleKey(t *testing.T) {
	var example func(string) string
	for _, c := range []struct {
		fixture, doc string
		uses         []string // the words the CSD's 13 prints
	}{
		{"marketsplit", "dentasense/csd.md", []string{"Not announced"}},
		{"withdrawn", "sonabeat/csd.md", []string{"Not announced", "Not set"}},
		{"inhouse", "sepsiswatch/csd.md", []string{"Not announced", "Not set", "Does not apply"}},
		{"example", "dosewise/csd.md", []string{"Does not apply"}},
		{"example", "halcyon-lvp7/csd.md", nil},
	} {
		sec := sectionFrom(t, c.fixture+" "+c.doc, fixtureDoc(t, c.fixture, c.doc, &example), "## 13. End of support and end of life", "## 14. ")
		checkKeyWords(t, c.fixture+" CSD 13", sec, c.uses, tableRow, inCell)
		kindtest.SaysNone(t, c.fixture+" CSD 13", sec, "announced here", "is announced at least")
	}
}
