package sitecheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/site"
	"github.com/jspgen/jspgen/internal/testtools"
)

const repoRoot = "../.."

var (
	buildOnce sync.Once
	siteDir   string
	sitePages []string // HTML pages, relative to siteDir
	buildErr  error
)

// exampleSite builds the repository's example content once per test run
// and returns the site folder and its HTML pages.
func exampleSite(t *testing.T) (string, []string) {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "jspgen-sitecheck-")
		if err != nil {
			buildErr = err
			return
		}
		siteDir = filepath.Join(dir, "site")
		var res *generator.Result
		res, buildErr = generator.Build(generator.Options{
			SiteFile: filepath.Join(repoRoot, "jspgen.toml"), ContentDir: filepath.Join(repoRoot, "content"),
			TemplatesDir: filepath.Join(repoRoot, "templates-none"), OutDir: siteDir,
		})
		if buildErr != nil {
			return
		}
		for _, f := range res.Files {
			if strings.HasSuffix(f, ".html") {
				sitePages = append(sitePages, f)
			}
		}
	})
	if buildErr != nil {
		t.Fatalf("building the example site: %v", buildErr)
	}
	if len(sitePages) < 3 {
		t.Fatalf("the example site has %d pages; want the index, a product page and documents", len(sitePages))
	}
	return siteDir, sitePages
}

func TestMain(m *testing.M) {
	code := m.Run()
	if siteDir != "" {
		os.RemoveAll(filepath.Dir(siteDir))
	}
	if fixtureRoot != "" {
		os.RemoveAll(fixtureRoot)
	}
	os.Exit(code)
}

// nodeDir is the folder with the checkers' node_modules.
func nodeDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join(repoRoot, ".ci", "node"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func needModule(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(nodeDir(t), "node_modules", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		testtools.Missing(t, fmt.Sprintf("%s is missing: run npm ci in .ci/node", p))
	}
	return p
}

func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	testtools.Missing(t, "Chromium not found at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM)")
	return ""
}

// vnuMessage is one message of the Nu checker's JSON output.
type vnuMessage struct {
	Type     string `json:"type"`
	SubType  string `json:"subType"`
	URL      string `json:"url"`
	LastLine int    `json:"lastLine"`
	FirstCol int    `json:"firstColumn"`
	Message  string `json:"message"`
	Extract  string `json:"extract"`
}

// TestNuHTMLChecker runs the W3C Nu HTML checker over every page of the
// example site and its stylesheet, and over every page of the sites of
// the products unlike it (generator/testdata), whose data takes the
// templates' other branches: no errors allowed.
func TestNuHTMLChecker(t *testing.T) {
	java := testtools.Need(t, "java")[0]
	jar := needModule(t, "vnu-jar/build/dist/vnu.jar")
	dir, pages := exampleSite(t)
	args := []string{"-jar", jar, "--errors-only", "--format", "json", "--also-check-css"}
	for _, p := range pages {
		args = append(args, filepath.Join(dir, filepath.FromSlash(p)))
	}
	args = append(args, filepath.Join(dir, "assets", "style.css"))
	fixtures, fixturePages := fixtureSites(t)
	for _, p := range fixturePages {
		args = append(args, filepath.Join(fixtures, filepath.FromSlash(p)))
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(java, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	// vnu writes its JSON report to stderr and exits 1 when it found errors.
	out := stderr.Bytes()
	if len(bytes.TrimSpace(out)) == 0 {
		out = stdout.Bytes()
	}
	var rep struct {
		Messages []vnuMessage `json:"messages"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("reading the Nu checker's report (%v): %v\n%s%s", runErr, err, stdout.String(), stderr.String())
	}
	var problems []string
	for _, m := range rep.Messages {
		if m.Type == "info" && m.SubType != "warning" {
			continue
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(m.URL, "file:"+dir+"/"), "file:"+fixtures+"/")
		problems = append(problems, fmt.Sprintf("%s:%d:%d: %s: %s\n      %q", rel, m.LastLine, m.FirstCol, m.Type, m.Message, m.Extract))
	}
	if len(problems) > 0 {
		t.Errorf("the Nu HTML checker reports %d problem(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	if runErr != nil && len(problems) == 0 {
		t.Errorf("the Nu HTML checker failed without a report: %v\n%s", runErr, stdout.String())
	}
	t.Logf("checked %d pages of the example, the stylesheet and %d pages of the fixtures", len(pages), len(fixturePages))
}

var (
	fixturesOnce sync.Once
	fixtureRoot  string
	fixturePages []string // HTML pages, FIXTURE/site/PAGE relative to fixtureRoot
	fixturesErr  error
)

// fixtureSites builds every product of generator/testdata (a folder with
// a site file and a content folder) with the shipped templates, once per
// test run, each into a folder of its own under one temporary folder, and
// returns that folder and the HTML pages (FIXTURE/site/PAGE under it).
func fixtureSites(t *testing.T) (string, []string) {
	t.Helper()
	fixturesOnce.Do(func() {
		var siteFiles []string
		siteFiles, fixturesErr = filepath.Glob(filepath.Join(repoRoot, "generator", "testdata", "*", "jspgen.toml"))
		if fixturesErr == nil && len(siteFiles) == 0 {
			fixturesErr = fmt.Errorf("no fixture under generator/testdata")
		}
		if fixturesErr != nil {
			return
		}
		if fixtureRoot, fixturesErr = os.MkdirTemp("", "jspgen-sitecheck-fixtures-"); fixturesErr != nil {
			return
		}
		for _, siteFile := range siteFiles {
			fixture := filepath.Base(filepath.Dir(siteFile))
			res, err := generator.Build(generator.Options{SiteFile: siteFile, ContentDir: filepath.Join(filepath.Dir(siteFile), "content"),
				TemplatesDir: filepath.Join(repoRoot, "templates-none"), OutDir: filepath.Join(fixtureRoot, fixture, "site")})
			if err != nil {
				fixturesErr = fmt.Errorf("building the %s fixture: %w", fixture, err)
				return
			}
			for _, f := range res.Files {
				if strings.HasSuffix(f, ".html") {
					fixturePages = append(fixturePages, fixture+"/site/"+f)
				}
			}
		}
	})
	if fixturesErr != nil {
		t.Fatal(fixturesErr)
	}
	return fixtureRoot, fixturePages
}

// axeResult is one page of browser.mjs axe's output.
type axeResult struct {
	Page       string `json:"page"`
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target  []string `json:"target"`
			HTML    string   `json:"html"`
			Summary string   `json:"summary"`
		} `json:"nodes"`
	} `json:"violations"`
}

func node(t *testing.T) (string, string) {
	t.Helper()
	nodeBin := testtools.Need(t, "node")[0]
	needModule(t, "playwright-core/package.json")
	needModule(t, "axe-core/axe.min.js")
	chromiumPath(t)
	return nodeBin, filepath.Join(nodeDir(t), "browser.mjs")
}

func runNode(t *testing.T, nodeBin string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(nodeBin, args...)
	cmd.Dir = nodeDir(t)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromiumPath(t))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// TestAxe runs axe-core's WCAG 2.0 and 2.1 A and AA rules on every page of
// the example site in headless Chromium: no violations allowed. The
// fixtures' pages are left to the Nu checker: the same templates and
// stylesheet make them, and axe on their 149 pages took five minutes.
func TestAxe(t *testing.T) {
	nodeBin, script := node(t)
	dir, pages := exampleSite(t)
	args := []string{script, "axe"}
	for _, p := range pages {
		args = append(args, filepath.Join(dir, filepath.FromSlash(p)))
	}
	var results []axeResult
	if err := json.Unmarshal(runNode(t, nodeBin, args...), &results); err != nil {
		t.Fatalf("reading axe's report: %v", err)
	}
	if len(results) != len(pages) {
		t.Fatalf("axe checked %d pages; want %d", len(results), len(pages))
	}
	var problems []string
	for _, r := range results {
		rel := strings.TrimPrefix(r.Page, dir+"/")
		for _, v := range r.Violations {
			for _, n := range v.Nodes {
				problems = append(problems, fmt.Sprintf("%s: %s (%s): %s\n      at %s: %s\n      %s", rel, v.ID, v.Impact, v.Help,
					strings.Join(n.Target, " "), n.HTML, strings.ReplaceAll(n.Summary, "\n", "\n      ")))
			}
		}
	}
	if len(problems) > 0 {
		t.Errorf("axe-core reports %d violation(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	t.Logf("checked %d pages", len(pages))
}

// tablesResult is one page at one window width of browser.mjs tables.
type tablesResult struct {
	Page        string `json:"page"`
	Width       int    `json:"width"`
	PageScrolls bool   `json:"pageScrolls"`
	Tables      []struct {
		Label       string `json:"label"`
		Columns     int    `json:"columns"`
		ScrollWidth int    `json:"scrollWidth"`
		ClientWidth int    `json:"clientWidth"`
		// CaptionWidth is the width of what names the table on screen, its
		// <caption> or the element its aria-labelledby names (0: neither).
		CaptionWidth int `json:"captionWidth"`
	} `json:"tables"`
}

// TestTablesFit measures every table of the example site in Chromium: at
// a 1400-pixel window no table is wider than its scroll box (every column
// shows without scrolling: tables use the width beside the contents, and
// those of many columns are set smaller), and no page is wider than the
// window at 1400 or at a phone's 390 pixels (a table scrolls in its box
// there, never the page). At 1100 pixels the tables still too wide, whose
// longest words need more than the column, are logged (host names break
// at their dots: TestDottedNamesFit). At every width a table's caption
// wraps within its box, even when the table scrolls in it.
func TestTablesFit(t *testing.T) {
	nodeBin, script := node(t)
	dir, pages := exampleSite(t)
	args := []string{script, "tables", "1400,1100,390"}
	for _, p := range pages {
		args = append(args, filepath.Join(dir, filepath.FromSlash(p)))
	}
	var results []tablesResult
	if err := json.Unmarshal(runNode(t, nodeBin, args...), &results); err != nil {
		t.Fatalf("reading the tables' measures: %v", err)
	}
	if len(results) != 3*len(pages) {
		t.Fatalf("measured %d pages; want %d", len(results), 3*len(pages))
	}
	tables, over1100 := 0, 0
	for _, r := range results {
		rel := strings.TrimPrefix(r.Page, dir+"/")
		if r.PageScrolls && r.Width != 1100 {
			t.Errorf("%s at %d px: the page is wider than the window", rel, r.Width)
		}
		for _, tb := range r.Tables {
			// A caption as wide as a table that scrolls ran past the edge
			// of the box on a phone, its last words cut off mid-word
			// ("Documents for Halcyon LVP-7 Large-Volum") until the reader
			// scrolled the table: it wraps within the box instead.
			if tb.CaptionWidth > tb.ClientWidth+1 {
				t.Errorf("%s at %d px: the caption of table %q is %d px wide, its box %d: its end is cut off", rel, r.Width, tb.Label, tb.CaptionWidth, tb.ClientWidth)
			}
			if tb.ScrollWidth <= tb.ClientWidth {
				continue
			}
			switch r.Width {
			case 1400:
				t.Errorf("%s at 1400 px: table %q (%d columns) needs %d px, has %d", rel, tb.Label, tb.Columns, tb.ScrollWidth, tb.ClientWidth)
			case 1100:
				over1100++
				t.Logf("%s at 1100 px: table %q (%d columns) needs %d px, has %d", rel, tb.Label, tb.Columns, tb.ScrollWidth, tb.ClientWidth)
			}
		}
		if r.Width == 1400 {
			tables += len(r.Tables)
		}
	}
	t.Logf("measured %d tables on %d pages; %d scroll at 1100 px", tables, len(pages), over1100)
}

// TestDottedNamesFit measures, in Chromium at a 1100-pixel window, a
// document page of the example site whose article is a six-column table
// of long host names alone: each may break before its dots (generator/html
// puts a <wbr> there), so the table fits its box. Chromium breaks such a
// name only at hyphens, and these have none: whole, they would need about
// twice the width.
func TestDottedNamesFit(t *testing.T) {
	nodeBin, script := node(t)
	dir, _ := exampleSite(t)
	doc, err := os.ReadFile(filepath.Join(dir, "dosewise", "security-plan.html"))
	if err != nil {
		t.Fatal(err)
	}
	host := "updates.northregion.examplemedical.com"
	md := "## Network ports\n\n" + strings.Repeat("| "+host+" ", 6) + "|\n" + strings.Repeat("| - ", 6) + "|\n" +
		strings.Repeat("| "+host+" ", 6) + "|\n"
	body, err := html.Body(markdown.Parse([]byte(md)))
	if err != nil {
		t.Fatal(err)
	}
	open, closing := bytes.Index(doc, []byte("<article>")), bytes.LastIndex(doc, []byte("</article>"))
	if open < 0 || closing < open {
		t.Fatal("the document page has no <article>")
	}
	page := slices.Concat(doc[:open], []byte("<article>\n"+string(body)), doc[closing:])
	// the page's folder beside a copy of the stylesheet, as in the site
	root := t.TempDir()
	css, err := os.ReadFile(filepath.Join(dir, "assets", "style.css"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"assets", "dosewise"} {
		if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	pagePath := filepath.Join(root, "dosewise", "hosts.html")
	if os.WriteFile(filepath.Join(root, "assets", "style.css"), css, 0o644) != nil || os.WriteFile(pagePath, page, 0o644) != nil {
		t.Fatal("writing the test page")
	}
	var results []tablesResult
	if err := json.Unmarshal(runNode(t, nodeBin, script, "tables", "1100", pagePath), &results); err != nil {
		t.Fatalf("reading the tables' measures: %v", err)
	}
	if len(results) != 1 || len(results[0].Tables) != 1 || results[0].Tables[0].Columns != 6 {
		t.Fatalf("measured %+v; want one page with one six-column table", results)
	}
	if tb := results[0].Tables[0]; tb.ScrollWidth > tb.ClientWidth {
		t.Errorf("at 1100 px the table of host names needs %d px, has %d", tb.ScrollWidth, tb.ClientWidth)
	}
}

// TestScreenshots takes Chromium screenshots of the index and of a
// document page and checks they are real, non-empty PNGs. Set
// JSPGEN_SCREENSHOT_DIR to keep them for a look.
func TestScreenshots(t *testing.T) {
	nodeBin, script := node(t)
	dir, pages := exampleSite(t)
	doc := ""
	for _, p := range pages {
		if strings.Contains(p, "/") && !strings.HasSuffix(p, "/index.html") {
			doc = p
			break
		}
	}
	if doc == "" {
		t.Fatal("the example site has no document page")
	}
	keep := os.Getenv("JSPGEN_SCREENSHOT_DIR")
	for _, page := range []string{"index.html", doc} {
		out := filepath.Join(t.TempDir(), strings.ReplaceAll(strings.TrimSuffix(page, ".html"), "/", "-")+".png")
		runNode(t, nodeBin, script, "screenshot", filepath.Join(dir, filepath.FromSlash(page)), out)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("%s: no screenshot: %v", page, err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: screenshot is not a PNG: %v", page, err)
		}
		bounds := img.Bounds()
		if bounds.Dx() < 300 || bounds.Dy() < 300 {
			t.Errorf("%s: screenshot is %dx%d; want a full page", page, bounds.Dx(), bounds.Dy())
		}
		// a page that rendered shows more than one colour
		first := img.At(0, 0)
		varied := false
		for y := bounds.Min.Y; y < bounds.Max.Y && !varied; y += 7 {
			for x := bounds.Min.X; x < bounds.Max.X; x += 7 {
				if img.At(x, y) != first {
					varied = true
					break
				}
			}
		}
		if !varied {
			t.Errorf("%s: screenshot is blank", page)
		}
		t.Logf("%s: %dx%d PNG, %d bytes", page, bounds.Dx(), bounds.Dy(), len(b))
		if keep != "" {
			os.MkdirAll(keep, 0o755)
			os.WriteFile(filepath.Join(keep, filepath.Base(out)), b, 0o644)
		}
	}
}

// TestEveryFileLinked checks that every document and machine-readable
// file of the site is reachable from the index through links.
func TestEveryFileLinked(t *testing.T) {
	dir, pages := exampleSite(t)
	linked := map[string]bool{"index.html": true}
	queue := []string{"index.html"}
	for len(queue) > 0 {
		page := queue[0]
		queue = queue[1:]
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(page)))
		if err != nil {
			t.Fatal(err)
		}
		for _, href := range hrefs(src) {
			target := filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(page), href)))
			if linked[target] {
				continue
			}
			linked[target] = true
			if strings.HasSuffix(target, ".html") {
				queue = append(queue, target)
			}
		}
	}
	var all []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			all = append(all, filepath.ToSlash(rel))
		}
		return nil
	})
	var unlinked []string
	for _, f := range all {
		if !linked[f] && !strings.HasPrefix(f, "assets/") && f != "sitemap.xml" && f != site.MarkerName && !isAsset(f) {
			unlinked = append(unlinked, f)
		}
	}
	slices.Sort(unlinked)
	if len(unlinked) > 0 {
		t.Errorf("files no page links to:\n  %s", strings.Join(unlinked, "\n  "))
	}
	for _, p := range pages {
		if !linked[p] {
			t.Errorf("page %s is not reachable from the index", p)
		}
	}
}

// isAsset reports files copied from content/<product>/ that documents may
// show (images); they need no link of their own.
func isAsset(f string) bool {
	switch strings.ToLower(filepath.Ext(f)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp":
		return true
	}
	return false
}

// hrefs returns the site-internal link targets of a page, without
// fragments, as written (relative to the page).
func hrefs(src []byte) []string {
	var out []string
	for _, tag := range site.ScanTags(src) {
		for _, a := range tag.Attrs {
			if a.Name != "href" && a.Name != "src" {
				continue
			}
			u, err := url.Parse(a.Value)
			if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
				continue
			}
			out = append(out, u.Path)
		}
	}
	return out
}
