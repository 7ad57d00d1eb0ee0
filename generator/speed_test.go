package generator

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// portfolio copies the example into a new repository with n products: the
// example product n times, each with its own ID, name and asset folder.
// It returns the site file and the content folder.
func portfolio(tb testing.TB, n int) (siteFile, contentDir string) {
	tb.Helper()
	dir := tb.TempDir()
	siteFile, contentDir = filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content")
	src, err := os.ReadFile("../jspgen.toml")
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(siteFile, src, 0o644); err != nil {
		tb.Fatal(err)
	}
	product, err := os.ReadFile("../content/halcyon-lvp7.toml")
	if err != nil {
		tb.Fatal(err)
	}
	const id, name = `id = "halcyon-lvp7"` + "\n", `name = "Halcyon LVP-7 Large-Volume Infusion System"` + "\n"
	for i := 1; i <= n; i++ {
		pid := fmt.Sprintf("halcyon-lvp7-%03d", i)
		p := strings.Replace(string(product), id, `id = "`+pid+`"`+"\n", 1)
		p = strings.Replace(p, name, fmt.Sprintf(`name = "Halcyon LVP-7 Large-Volume Infusion System %03d"`+"\n", i), 1)
		// Document IDs are unique across a portfolio (a notice's ID is its
		// CSAF tracking ID).
		p = strings.ReplaceAll(p, `"MIS-LVP7-`, fmt.Sprintf(`"MIS-LVP7-%03d-`, i))
		p = strings.ReplaceAll(p, `"MIS-SA-`, fmt.Sprintf(`"MIS-SA-%03d-`, i))
		if p == string(product) {
			tb.Fatal("the example product's id line moved")
		}
		if err := os.MkdirAll(contentDir, 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(contentDir, pid+".toml"), []byte(p), 0o644); err != nil {
			tb.Fatal(err)
		}
		if err := os.CopyFS(filepath.Join(contentDir, pid), os.DirFS("../content/halcyon-lvp7")); err != nil {
			tb.Fatal(err)
		}
	}
	return siteFile, contentDir
}

// builtPortfolio writes an n-product portfolio (portfolio), builds it
// once with the build cache next to the site, and returns the options
// that built it.
func builtPortfolio(t *testing.T, n int) Options {
	t.Helper()
	siteFile, contentDir := portfolio(t, n)
	out := filepath.Join(filepath.Dir(siteFile), "site")
	opts := Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, CacheDir: DefaultCacheDir(out)}
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	return opts
}

// readTree reads every file under dir by slash path.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// sameTree reports every difference between two sites, byte for byte.
func sameTree(t *testing.T, what string, want, got map[string][]byte) {
	t.Helper()
	for rel, w := range want {
		g, ok := got[rel]
		switch {
		case !ok:
			t.Errorf("%s: %s missing", what, rel)
		case !bytes.Equal(w, g):
			t.Errorf("%s: %s differs (%d bytes, want %d, first difference at byte %d)", what, rel, len(g), len(w), firstDiff(g, w))
		}
	}
	for rel := range got {
		if _, ok := want[rel]; !ok {
			t.Errorf("%s: %s should not be there", what, rel)
		}
	}
}

// TestWorkersSameSite builds the example with one worker and with four:
// the sites, and the warnings, are the same byte for byte.
func TestWorkersSameSite(t *testing.T) {
	dir := t.TempDir()
	var trees []map[string][]byte
	var results []*Result
	for _, n := range []int{1, 4} {
		opts := exampleOptions(filepath.Join(dir, fmt.Sprint(n)))
		opts.Workers = n
		res, err := Build(opts)
		if err != nil {
			t.Fatal(err)
		}
		trees = append(trees, readTree(t, opts.OutDir))
		results = append(results, res)
	}
	sameTree(t, "4 workers", trees[0], trees[1])
	if diff := cmp.Diff(results[0].Warnings, results[1].Warnings); diff != "" {
		t.Errorf("warnings differ (-1 worker +4 workers):\n%s", diff)
	}
	if diff := cmp.Diff(results[0].Documents, results[1].Documents); diff != "" {
		t.Errorf("document counts differ:\n%s", diff)
	}
}

// TestIncrementalEqualsClean changes each kind of input in turn and
// checks that a build with the cache writes the site a clean build writes,
// byte for byte, and that it reused what it could.
func TestIncrementalEqualsClean(t *testing.T) {
	siteFile, contentDir := portfolio(t, 2)
	root := filepath.Dir(siteFile)
	templatesDir := filepath.Join(root, "templates")
	out := filepath.Join(root, "site")
	opts := Options{SiteFile: siteFile, ContentDir: contentDir, TemplatesDir: templatesDir, OutDir: out, CacheDir: DefaultCacheDir(out)}
	clean := 0
	perProduct := 0 // documents
	// built when written: mds2.json, mds2.csv, mds2.xlsx of each of the
	// pump's two MDS2 forms (4.2.1 and, with documents.versions =
	// "supported", 4.1.0)
	filesPerProduct := 6
	// the built files of the products a step rebuilds whose MDS2 form
	// came out as before (kind.File.Inputs): 4.1.0's after an end of
	// support moved (a derived answer of the current form cites that
	// date), both after an SBOM edit or an asset added, both of the
	// renamed file's product
	sameForms := map[string]int{"product file": 3, "SBOM": 6, "asset added": 6, "another product's file": 3, "product file renamed": 6}
	// how many products each step carries over from the previous site
	carried := map[string]int{"product file": 1, "SBOM": 1, "asset added": 1, "site file": 0, "template override": 0,
		"another product's file": 1, "as-of date": 0, "kinds built": 0, "kinds built, all again": 0,
		"product added": 2, "product renamed": 2, "product file renamed": 2, "product removed": 2,
		"SOURCE_DATE_EPOCH": 0, "site file removed": 1, "site file added": 2,
		"file added in a product folder": 1, "site-level file changed": 2, "damaged cache": 0, "--clean": 0,
		"cache folder without the marker": 0}
	// check builds with the cache and compares with a clean build; want
	// is how many documents should come from the cache (-1: any number),
	// and as many products' built files (kind.File.Make) as documents'.
	// The steps whose site files (CSAF layout, security.txt, feed) are
	// taken from the previous site: every product's part and the shared
	// inputs as they were, and the previous site's files as left. Not
	// after the site file, a template, the as-of date, the kinds or the
	// products changed, nor when a site-level file changed behind the
	// build's back.
	keptSiteFiles := map[string]bool{"product file": true, "SBOM": true, "asset added": true, "another product's file": true,
		"product file renamed": true, "site file removed": true, "site file added": true, "file added in a product folder": true,
		"file added in .well-known": true}
	check := func(step string, want int, upToDate bool) {
		t.Helper()
		res, err := Build(opts)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		clean++
		ref := opts
		ref.CacheDir, ref.OutDir = "", filepath.Join(t.TempDir(), "site")
		refRes, err := Build(ref)
		if err != nil {
			t.Fatalf("%s: clean build: %v", step, err)
		}
		sameTree(t, step, readTree(t, ref.OutDir), readTree(t, out))
		if diff := cmp.Diff(refRes.Warnings, res.Warnings); diff != "" {
			t.Errorf("%s: warnings differ (-clean +incremental):\n%s", step, diff)
		}
		if diff := cmp.Diff(refRes.Files, res.Files); diff != "" {
			t.Errorf("%s: files differ (-clean +incremental):\n%s", step, diff)
		}
		if diff := cmp.Diff(refRes.Documents, res.Documents); diff != "" {
			t.Errorf("%s: document counts differ (-clean +incremental):\n%s", step, diff)
		}
		if want, ok := carried[step]; ok && res.Carried != want {
			t.Errorf("%s: %d products carried over, want %d", step, res.Carried, want)
		}
		if res.UpToDate != upToDate {
			t.Errorf("%s: up to date %v, want %v", step, res.UpToDate, upToDate)
		}
		if want >= 0 && !upToDate && res.Reused != want {
			t.Errorf("%s: %d documents from the cache, want %d", step, res.Reused, want)
		}
		if wantFiles := want/perProduct*filesPerProduct + sameForms[step]; want >= 0 && !upToDate && res.ReusedFiles != wantFiles {
			t.Errorf("%s: %d built files from the cache, want %d", step, res.ReusedFiles, wantFiles)
		}
		if kept := res.KeptSiteFiles > 0; !upToDate && kept != keptSiteFiles[step] {
			t.Errorf("%s: %d site files taken from the previous site; want them made again: %v", step, res.KeptSiteFiles, !keptSiteFiles[step])
		}
	}
	res, err := Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range res.Documents {
		perProduct += n
	}
	perProduct /= 2
	if res.Reused != 0 || res.ReusedFiles != 0 {
		t.Errorf("first build: %d documents and %d files from an empty cache", res.Reused, res.ReusedFiles)
	}
	check("nothing changed", 0, true)

	p1 := filepath.Join(contentDir, "halcyon-lvp7-001.toml")
	editFile(t, p1, "end_of_support = 2028-12-31", "end_of_support = 2029-06-30")
	check("product file", perProduct, false)

	editFile(t, filepath.Join(contentDir, "halcyon-lvp7-002", "sbom.cdx.json"), `"version": "2024.04"`, `"version": "2024.07"`)
	check("SBOM", perProduct, false)

	if err := os.WriteFile(filepath.Join(contentDir, "halcyon-lvp7-001", "diagrams", "extra.txt"), []byte("notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// an asset the build does not publish, with a warning
	if err := os.WriteFile(filepath.Join(contentDir, "halcyon-lvp7-001", "csd.md"), []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("asset added", perProduct, false)
	check("asset added, again", -1, true)
	if res, _ := Build(opts); len(res.Warnings) == 0 {
		t.Error("an up-to-date build lost the warnings")
	}

	editFile(t, siteFile, `title = "Meridian Infusion Systems — Product Security"`, `title = "Meridian Infusion Systems — Security"`)
	check("site file", 0, false)

	if err := os.MkdirAll(templatesDir, 0o755); err != nil {
		t.Fatal(err)
	}
	csd, err := os.ReadFile("../templates/csd.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(templatesDir, "csd.md.tmpl"), append(csd, "\nOverridden for the test.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	check("template override", 0, false)
	check("template override, again", -1, true)

	// product 001 carries a warning (the unpublished csd.md): carried
	// over, it must still report it
	p2 := filepath.Join(contentDir, "halcyon-lvp7-002.toml")
	editFile(t, p2, "end_of_support = 2028-12-31", "end_of_support = 2029-03-31")
	check("another product's file", perProduct, false)
	if res, _ := Build(opts); !slices.ContainsFunc(res.Warnings, func(d content.Diagnostic) bool { return strings.Contains(d.File, "halcyon-lvp7-001") }) {
		t.Errorf("the carried product's warnings were lost: %v", res.Warnings)
	}

	// the as-of date is the newest release date: moving it changes every
	// document, the carried product's too
	editFile(t, p2, "release_date = 2026-02-16", "release_date = 2026-03-02")
	editFile(t, p2, "revision = \"C\"\ndate = 2026-02-16", "revision = \"C\"\ndate = 2026-03-02")
	check("as-of date", 0, false)

	opts.Kinds = DefaultKinds()[:3]
	check("kinds built", 0, false)
	opts.Kinds = nil
	check("kinds built, all again", -1, false)

	// a product added, renamed (its file and its ID), its file renamed
	// alone, removed
	p3 := filepath.Join(contentDir, "halcyon-lvp7-003.toml")
	src, err := os.ReadFile(filepath.Join(contentDir, "halcyon-lvp7-002.toml"))
	if err != nil {
		t.Fatal(err)
	}
	third := strings.NewReplacer(`id = "halcyon-lvp7-002"`, `id = "halcyon-lvp7-003"`, `"MIS-LVP7-002-`, `"MIS-LVP7-003-`, `"MIS-SA-002-`, `"MIS-SA-003-`).Replace(string(src))
	if err := os.WriteFile(p3, []byte(third), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(contentDir, "halcyon-lvp7-003"), os.DirFS(filepath.Join(contentDir, "halcyon-lvp7-002"))); err != nil {
		t.Fatal(err)
	}
	check("product added", 2*perProduct, false)
	p4 := filepath.Join(contentDir, "halcyon-lvp7-004.toml")
	if err := os.Rename(p3, p4); err != nil {
		t.Fatal(err)
	}
	editFile(t, p4, `id = "halcyon-lvp7-003"`, `id = "halcyon-lvp7-004"`)
	if err := os.Rename(filepath.Join(contentDir, "halcyon-lvp7-003"), filepath.Join(contentDir, "halcyon-lvp7-004")); err != nil {
		t.Fatal(err)
	}
	check("product renamed", 2*perProduct, false)
	p5 := filepath.Join(contentDir, "halcyon-lvp7-005.toml")
	if err := os.Rename(p4, p5); err != nil {
		t.Fatal(err)
	}
	check("product file renamed", 2*perProduct, false)
	if err := os.Remove(p5); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(contentDir, "halcyon-lvp7-004")); err != nil {
		t.Fatal(err)
	}
	check("product removed", 2*perProduct, false)

	sde := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	opts.SourceDate = &sde
	check("SOURCE_DATE_EPOCH", 0, false)

	// the site changed behind the build's back: a file removed, one added
	if err := os.Remove(filepath.Join(out, "halcyon-lvp7-001", "csd.pdf")); err != nil {
		t.Fatal(err)
	}
	check("site file removed", 2*perProduct, false)
	if err := os.WriteFile(filepath.Join(out, "stray.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("site file added", 2*perProduct, false)
	// a file jspgen did not write, in a product's folder: that folder is
	// not carried over (the stray file must not survive)
	if err := os.WriteFile(filepath.Join(out, "halcyon-lvp7-002", "stray.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("file added in a product folder", 2*perProduct, false)
	// and one in .well-known: the folder is not carried over as a whole
	// (its files are still taken from the previous site one by one)
	if err := os.WriteFile(filepath.Join(out, ".well-known", "stray.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("file added in .well-known", 2*perProduct, false)
	// a site-level file changed behind the build's back is written again,
	// not linked from the previous site
	if err := os.WriteFile(filepath.Join(out, ".well-known", "security.txt"), []byte("changed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("site-level file changed", 2*perProduct, false)

	// a damaged cache is ignored: every entry truncated, or altered, and
	// every document's file too, written into (the site's file with it,
	// the same file: the build must notice both)
	n, files := 0, 0
	_ = filepath.WalkDir(filepath.Join(opts.CacheDir, "docs"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			if n%2 == 0 {
				b = b[:len(b)/2]
			} else {
				b[len(b)/3] ^= 0xff
			}
			if strings.Contains(d.Name(), ".") {
				files++ // a document's Markdown, HTML or PDF
			} else {
				n++
			}
			_ = os.WriteFile(p, b, 0o644)
		}
		return nil
	})
	if want := 2*(perProduct+filesPerProduct+1) + 2; n != want { // and the index and the site files' list
		t.Errorf("the cache holds %d documents, files, product records, index pages and site files' lists, want %d", n, want)
	}
	if want := 3*2*perProduct + 1; files != want { // and the index page
		t.Errorf("the cache holds %d files of documents, want %d", files, want)
	}
	editFile(t, p1, "end_of_support = 2029-06-30", "end_of_support = 2029-07-31")
	check("damaged cache", 0, false)

	opts.Clean = true
	check("--clean", 0, false)
	opts.Clean = false
	if err := os.WriteFile(filepath.Join(opts.CacheDir, CacheMarkerName), []byte("not jspgen's"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("cache folder without the marker", 0, false)
}

// TestFailedBuildLeavesNoCache: a failing build that created the cache
// folder removes it again.
func TestFailedBuildLeavesNoCache(t *testing.T) {
	siteFile, contentDir := portfolio(t, 1)
	root := filepath.Dir(siteFile)
	if err := os.MkdirAll(filepath.Join(root, "templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "templates", "csd.md.tmpl"), []byte("{{ .NoSuchField }}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "site")
	_, err := Build(Options{SiteFile: siteFile, ContentDir: contentDir, TemplatesDir: filepath.Join(root, "templates"), OutDir: out, CacheDir: DefaultCacheDir(out)})
	if err == nil {
		t.Fatal("the build succeeded")
	}
	if _, err := os.Lstat(DefaultCacheDir(out)); err == nil {
		t.Error("a failed build left a cache folder")
	}
}

// Benchmarks: a build of generated portfolios, the example product alone,
// and incremental rebuilds. Run with
//
//	go test -run '^$' -bench . -benchtime 3x ./generator
//
// The portfolio of 100 products runs only when -bench names it:
//
//	go test -run '^$' -bench 'Build/products=100' -benchtime 3x ./generator

// benchNamed reports whether the -bench pattern names s literally.
func benchNamed(s string) bool {
	f := flag.Lookup("test.bench")
	return f != nil && strings.Contains(f.Value.String(), s)
}

func BenchmarkBuild(b *testing.B) {
	b.Run("example", func(b *testing.B) {
		benchBuild(b, Options{SiteFile: "../jspgen.toml", ContentDir: "../content"})
	})
	for _, n := range []int{10, 100} {
		name := fmt.Sprintf("products=%d", n)
		b.Run(name, func(b *testing.B) {
			if n > 10 && !benchNamed(name) {
				b.Skipf("-bench 'Build/%s' runs it", name)
			}
			siteFile, contentDir := portfolio(b, n)
			for _, w := range []int{1, 0} {
				label := "workers=GOMAXPROCS"
				if w == 1 {
					label = "workers=1"
				}
				b.Run(label, func(b *testing.B) {
					benchBuild(b, Options{SiteFile: siteFile, ContentDir: contentDir, Workers: w})
				})
			}
		})
	}
}

func benchBuild(b *testing.B, opts Options) {
	opts.OutDir = filepath.Join(b.TempDir(), "site")
	docs := 0
	defer reportCPU(b)()
	for b.Loop() {
		res, err := Build(opts)
		if err != nil {
			b.Fatal(err)
		}
		docs = 0
		for _, n := range res.Documents {
			docs += n
		}
	}
	b.ReportMetric(float64(docs), "docs")
}

// reportCPU reports the CPU time per operation (user and system, all
// threads) when the returned function runs: on a busy machine wall time
// says little, and CPU time above wall time shows the workers at work.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if b.N > 0 && start > 0 {
			b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
		}
	}
}

// BenchmarkIncremental rebuilds a portfolio with the cache: nothing
// changed, and one product file edited before each build. The portfolio
// of 100 products runs only when -bench names it:
//
//	go test -run '^$' -bench 'Incremental/products=100' -benchtime 3x ./generator
func BenchmarkIncremental(b *testing.B) {
	for _, n := range []int{10, 100} {
		name := fmt.Sprintf("products=%d", n)
		b.Run(name, func(b *testing.B) {
			if n > 10 && !benchNamed(name) {
				b.Skipf("-bench 'Incremental/%s' runs it", name)
			}
			benchIncremental(b, n)
		})
	}
}

func benchIncremental(b *testing.B, n int) {
	siteFile, contentDir := portfolio(b, n)
	out := filepath.Join(b.TempDir(), "site")
	opts := Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, CacheDir: DefaultCacheDir(out)}
	if _, err := Build(opts); err != nil {
		b.Fatal(err)
	}
	b.Run("noop", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			res, err := Build(opts)
			if err != nil || !res.UpToDate {
				b.Fatalf("not up to date: %v", err)
			}
		}
	})
	b.Run("one-edit", func(b *testing.B) {
		file := filepath.Join(contentDir, "halcyon-lvp7-005.toml")
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		defer reportCPU(b)()
		dates := [2]string{"end_of_support = 2028-12-31", "end_of_support = 2029-06-30"}
		i := 0
		for b.Loop() {
			b.StopTimer()
			src = bytes.Replace(src, []byte(dates[i%2]), []byte(dates[(i+1)%2]), 1)
			if err := os.WriteFile(file, src, 0o644); err != nil {
				b.Fatal(err)
			}
			i++
			b.StartTimer()
			res, err := Build(opts)
			if err != nil {
				b.Fatal(err)
			}
			if res.UpToDate || res.Reused == 0 {
				b.Fatalf("up to date %v, %d documents reused", res.UpToDate, res.Reused)
			}
		}
	})
}

// plantedErrorKind reports an error for every product it prepares.
type plantedErrorKind struct{}

func (plantedErrorKind) Slug() string { return "planted-error" }

func (plantedErrorKind) Prepare(_ *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	var diags content.Diagnostics
	for _, p := range products {
		diags = append(diags, content.Diagnostic{File: p.Source.File, Message: "planted error of " + p.ID})
	}
	return make([]kind.Prepared, len(products)), diags
}

// TestEveryProductsProblemsReported: products are prepared one at a time
// while earlier ones render; an error in the first stops the rendering,
// yet every product's problems are reported, and nothing is written.
func TestEveryProductsProblemsReported(t *testing.T) {
	siteFile, contentDir := portfolio(t, 3)
	out := filepath.Join(filepath.Dir(siteFile), "site")
	for _, workers := range []int{1, 2} {
		_, err := Build(Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, CacheDir: DefaultCacheDir(out),
			Workers: workers, Kinds: append(DefaultKinds(), plantedErrorKind{})})
		if err == nil {
			t.Fatal("the build succeeded")
		}
		for i := 1; i <= 3; i++ {
			if want := fmt.Sprintf("planted error of halcyon-lvp7-%03d", i); !strings.Contains(err.Error(), want) {
				t.Errorf("%d workers: %q not reported:\n%v", workers, want, err)
			}
		}
		if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 2 { // jspgen.toml, content and nothing else
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("%d workers: a failed build left %v", workers, names)
		}
	}
}

// TestIncrementalCollision: after a cached build, an edit of ONE product
// that makes it collide with another, unchanged product (carried over
// from its record) is reported exactly as a clean build reports it, at
// file:line, and the site stays as it was.
func TestIncrementalCollision(t *testing.T) {
	cases := []struct {
		name, file, old, new string
		want                 string // a regular expression the error matches
	}{
		{"the edited product takes an unchanged product's ID", "halcyon-lvp7-002.toml",
			`id = "halcyon-lvp7-002"`, `id = "halcyon-lvp7-001"`,
			`halcyon-lvp7-002\.toml:\d+: id: duplicate product ID "halcyon-lvp7-001" \(already used by \S+halcyon-lvp7-001\.toml:\d+\)`},
		{"the unchanged product becomes the duplicate", "halcyon-lvp7-001.toml",
			`id = "halcyon-lvp7-001"`, `id = "halcyon-lvp7-002"`,
			`halcyon-lvp7-002\.toml:\d+: id: duplicate product ID "halcyon-lvp7-002" \(already used by \S+halcyon-lvp7-001\.toml:\d+\)`},
		{"the edited product's notices take an unchanged product's CSAF tracking IDs", "halcyon-lvp7-002.toml",
			`"MIS-SA-002-`, `"MIS-SA-001-`,
			`jspgen\.toml: two CSAF documents share the file \.well-known/csaf/white/\d+/mis-sa-001-`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := builtPortfolio(t, 2)
			contentDir, out := opts.ContentDir, opts.OutDir
			before := readTree(t, out)
			file := filepath.Join(contentDir, tc.file)
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			edited := bytes.ReplaceAll(src, []byte(tc.old), []byte(tc.new))
			if bytes.Equal(edited, src) {
				t.Fatalf("%s has no %q", tc.file, tc.old)
			}
			if err := os.WriteFile(file, edited, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err = Build(opts)
			if err == nil || !regexp.MustCompile(tc.want).MatchString(err.Error()) {
				t.Fatalf("the collision was not reported as %s:\n%v", tc.want, err)
			}
			ref := opts
			ref.CacheDir, ref.OutDir = "", filepath.Join(t.TempDir(), "site")
			_, cleanErr := Build(ref)
			if cleanErr == nil || cleanErr.Error() != err.Error() {
				t.Errorf("the incremental build reported\n%v\na clean build\n%v", err, cleanErr)
			}
			sameTree(t, "after the failed build", before, readTree(t, out))
		})
	}
}

// meetingKinds are two kinds that prepare a product only side by side:
// the first waits (a while, not forever) until the second has started,
// and warns when it prepared alone.
type meetingKinds struct{ started chan struct{} }

type waitingKind struct{ m *meetingKinds }

func (waitingKind) Slug() string { return "waiting" }

func (k waitingKind) Prepare(_ *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	var diags content.Diagnostics
	select {
	case <-k.m.started:
	case <-time.After(20 * time.Second):
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: products[0].Source.File, Message: "prepared alone"})
	}
	return make([]kind.Prepared, len(products)), diags
}

type startingKind struct{ m *meetingKinds }

func (startingKind) Slug() string { return "starting" }

func (k startingKind) Prepare(_ *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	close(k.m.started)
	return make([]kind.Prepared, len(products)), nil
}

// TestKindsPrepareSideBySide: with two workers, a product's kinds are
// prepared side by side, not one after the other (an edited product's
// preparation is otherwise on one processor while the others wait).
func TestKindsPrepareSideBySide(t *testing.T) {
	siteFile, contentDir := portfolio(t, 1)
	m := &meetingKinds{started: make(chan struct{})}
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, Workers: 2,
		Kinds: append(DefaultKinds(), waitingKind{m}, startingKind{m})})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Message == "prepared alone" {
			t.Errorf("the kinds were prepared one after the other: %v", w)
		}
	}
}
