package generator

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
)

// TestSiteAsOfFallbackOrder: the site speaks as of the site file's as_of,
// else SOURCE_DATE_EPOCH, else the newest release date of a product's
// documents, else the newest date the product data give (a version's
// general availability, a notice's issue, a revision or an approval),
// with a warning at as_of; with no date at all it is an error at as_of,
// never the zero date.
func TestSiteAsOfFallbackOrder(t *testing.T) {
	day := func(s string) content.Date {
		if s == "" {
			return content.Date{}
		}
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	epoch := time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)
	released := productDates{release: day("2026-03-01"), stated: day("2026-05-20")}
	statedOnly := productDates{stated: day("2026-05-20")}
	older := productDates{stated: day("2025-09-15")}
	for _, tc := range []struct {
		name     string
		siteAsOf string
		source   *time.Time
		dates    []productDates
		want     string
		severity string // "" none, "warning" or "error" at as_of
	}{
		{"site as_of first", "2026-12-07", &epoch, []productDates{released}, "2026-12-07", ""},
		{"then SOURCE_DATE_EPOCH", "", &epoch, []productDates{released}, "2026-07-01", ""},
		{"then a document release date, before any stated date", "", nil, []productDates{released, statedOnly}, "2026-03-01", ""},
		{"a carried product's release date counts", "", nil, []productDates{statedOnly, {release: day("2026-01-02")}}, "2026-01-02", ""},
		{"then the newest stated date", "", nil, []productDates{older, statedOnly}, "2026-05-20", "warning"},
		{"the same whatever the order", "", nil, []productDates{statedOnly, older}, "2026-05-20", "warning"},
		{"no date at all", "", nil, []productDates{{}, {}}, "", "error"},
		{"no product", "", nil, nil, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &content.Content{Site: &content.Site{AsOf: day(tc.siteAsOf)}}
			c.SiteFile.File = "jspgen.toml"
			got, diags := siteAsOf(c, tc.source, tc.dates)
			if got != day(tc.want) {
				t.Errorf("as of %q, want %q", got, tc.want)
			}
			switch {
			case tc.severity == "" && len(diags) > 0:
				t.Errorf("unexpected problems: %v", diags)
			case tc.severity != "" && len(diags) != 1:
				t.Fatalf("%d problems, want one %s: %v", len(diags), tc.severity, diags)
			case tc.severity == "warning":
				d := diags[0]
				if d.Severity != content.Warning || d.Path != "as_of" || d.File != "jspgen.toml" || !strings.Contains(d.Message, tc.want) || !strings.Contains(d.Message, "write as_of") {
					t.Errorf("want a warning at as_of naming %s and how to write as_of; got %s", tc.want, d)
				}
			case tc.severity == "error":
				d := diags[0]
				if d.Severity != content.Error || d.Path != "as_of" || d.File != "jspgen.toml" || !strings.Contains(d.Message, "write as_of") {
					t.Errorf("want an error at as_of asking for it; got %s", d)
				}
			}
		})
	}
}

// TestNewestStated: the stated date is the newest general availability
// (market releases included), notice issue date, revision or approval
// date; ends to come (end of support) are not counted.
func TestNewestStated(t *testing.T) {
	day := func(s string) content.Date {
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	base := func() *content.Product {
		return &content.Product{Versions: []content.Version{
			{Version: "1", GeneralAvailability: day("2024-01-01"), EndOfSupport: day("2030-01-01")},
			{Version: "2", GeneralAvailability: day("2025-09-15")},
		}}
	}
	for _, tc := range []struct {
		name string
		edit func(p *content.Product)
		want string
	}{
		{"newest general availability, not an end to come", func(*content.Product) {}, "2025-09-15"},
		{"a later market release", func(p *content.Product) {
			p.Versions[1].MarketReleases = []content.MarketRelease{{Market: "eu", GeneralAvailability: day("2025-11-01")}}
		}, "2025-11-01"},
		{"a later notice", func(p *content.Product) { p.Notices = []content.Notice{{Issued: day("2026-01-05")}} }, "2026-01-05"},
		{"a later revision", func(p *content.Product) {
			p.Documents.CSD.History = []content.Revision{{Revision: "A", Date: day("2026-02-01")}}
		}, "2026-02-01"},
		{"a later approval of a notice", func(p *content.Product) {
			p.Notices = []content.Notice{{Issued: day("2025-01-05")}}
			p.Notices[0].Document.Approvals = []content.Approval{{Role: "QA", Name: "N", Date: day("2026-03-03")}}
		}, "2026-03-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.edit(p)
			if got := newestStated(p); got != day(tc.want) {
				t.Errorf("newestStated = %s; want %s", got, tc.want)
			}
		})
	}
}

// undatedCopy copies testdata/<name> into a new folder, the site file
// without its as_of line and the product file file through edit, and
// returns the site file and the content folder.
func undatedCopy(t *testing.T, name, file string, edit func(string) string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	site, contentDir := filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content")
	src, err := os.ReadFile(filepath.Join("testdata", name, "jspgen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(l, "as_of") {
			lines = append(lines, l)
		}
	}
	if err := os.WriteFile(site, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(contentDir, os.DirFS(filepath.Join("testdata", name, "content"))); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		path := filepath.Join(contentDir, file)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(edit(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return site, contentDir
}

// TestUndatedSiteSpeaksAsOfNewestStatedDate: a product whose documents
// give no release date, in a site file without as_of, speaks as of the
// newest date its data give (2.3's general availability), not the zero
// date: 2.3 is released, the pages print the date, and the build warns at
// as_of, once.
func TestUndatedSiteSpeaksAsOfNewestStatedDate(t *testing.T) {
	site, contentDir := undatedCopy(t, "smartstapler", "", nil)
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	tree := readTree(t, out)
	life := string(tree["powerstitch/lifecycle.md"])
	if !strings.Contains(life, "speaks as of 20 May 2026") && !strings.Contains(life, "speaks as of 2026-05-20") {
		t.Errorf("lifecycle.md does not speak as of 2.3's release:\n%s", firstLines(life, 8))
	}
	for _, bad := range []string{"speaks as of .", "No software version is generally available yet", "| 2.3 | Development"} {
		if strings.Contains(life, bad) {
			t.Errorf("lifecycle.md says %q", bad)
		}
	}
	if !strings.Contains(string(tree["powerstitch/csd.md"]), "2026") || strings.Contains(string(tree["powerstitch/csd.md"]), "speak as of .") {
		t.Errorf("csd.md is not dated")
	}
	n := 0
	for _, w := range res.Warnings {
		if w.Path == "as_of" && strings.Contains(w.Message, "2026-05-20") && strings.Contains(w.Message, "newest date the product data give") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d warnings at as_of naming the date, want 1: %v", n, res.Warnings)
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// TestUndatedProductNeedsAsOf: a product whose data give no date at all
// (no release date, no general availability, no notice, no revision)
// fails with an error at the site file's as_of asking for it.
func TestUndatedProductNeedsAsOf(t *testing.T) {
	site, contentDir := undatedCopy(t, "smartstapler", "powerstitch.toml", func(s string) string {
		return strings.Replace(s, "general_availability = 2026-05-20\n", "", 1)
	})
	_, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *content.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("want input errors, got %v", err)
	}
	for _, d := range ie.Diagnostics {
		if d.Path == "as_of" && d.Severity == content.Error && strings.Contains(d.Message, "write as_of") {
			return
		}
	}
	t.Errorf("no error at as_of asking for it among:\n%v", err)
}

// TestCarriedUndatedProductDatesTheSite: with no document release date
// anywhere, a product carried over from the last build dates the site by
// the newest date its data give, as a clean build does: the build carries
// it (its record keeps the date) and writes what a clean build writes.
func TestCarriedUndatedProductDatesTheSite(t *testing.T) {
	site, contentDir := undatedCopy(t, "smartstapler", "", nil)
	// a second product, released later: it dates the site
	b, err := os.ReadFile(filepath.Join(contentDir, "powerstitch.toml"))
	if err != nil {
		t.Fatal(err)
	}
	second := strings.Replace(string(b), `id = "powerstitch"`, `id = "powerstitch-b"`, 1)
	second = strings.Replace(second, "general_availability = 2026-05-20", "general_availability = 2026-06-10", 1)
	second = strings.Replace(second, `name = "Orrin PowerStitch Surgical Stapling System"`, `name = "Orrin PowerStitch B Surgical Stapling System"`, 1)
	if err := os.WriteFile(filepath.Join(contentDir, "powerstitch-b.toml"), []byte(second), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(filepath.Dir(site), "site")
	opts := Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none", OutDir: out, CacheDir: DefaultCacheDir(out)}
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	// edit the first product: the second, which dates the site, is carried
	editFile(t, filepath.Join(contentDir, "powerstitch.toml"), "The app shows firing force curves", "The app shows the firing force curves")
	res, err := Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Carried != 1 {
		t.Errorf("%d products carried over, want 1", res.Carried)
	}
	clean := opts
	clean.CacheDir, clean.OutDir = "", filepath.Join(t.TempDir(), "site")
	cres, err := Build(clean)
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, "carried", readTree(t, clean.OutDir), readTree(t, out))
	if !strings.Contains(string(readTree(t, out)["powerstitch/lifecycle.md"]), "10 June 2026") {
		t.Errorf("the site is not dated by the carried product's release (10 June 2026)")
	}
	if len(cres.Warnings) != len(res.Warnings) {
		t.Errorf("%d warnings, a clean build %d", len(res.Warnings), len(cres.Warnings))
	}
}

// TestMDS2NoVersionNamesTheDate: a form without a release date that
// covers no version says it speaks as of the build's as-of date, which
// date and where it came from, and never blames a
// documents.mds2.release_date that is not written.
func TestMDS2NoVersionNamesTheDate(t *testing.T) {
	site, contentDir := undatedCopy(t, "smartstapler", "", nil)
	editFile(t, site, "schema_version = 2\n", "schema_version = 2\nas_of = 2020-01-01\n")
	_, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *content.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("want input errors, got %v", err)
	}
	for _, d := range ie.Diagnostics {
		if d.Path != "mds2" || !strings.Contains(d.Message, "covers no software version") {
			continue
		}
		if !strings.Contains(d.Message, "2020-01-01, the site file's as_of") || !strings.Contains(d.Message, "it has no documents.mds2.release_date") {
			t.Errorf("the error does not name the as-of date and its source: %s", d.Message)
		}
		return
	}
	t.Errorf("no error that the form covers no version among:\n%v", err)
}
