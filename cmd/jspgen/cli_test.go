package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/internal/testtools"
)

// TestBrokenLinkFailsBuild plants a link to a missing page, and one to a
// missing anchor, in an overriding layout: the build must fail naming the
// page and the link, and leave the previous site alone.
func TestBrokenLinkFailsBuild(t *testing.T) {
	root := repo(t)
	layout, err := os.ReadFile("../../templates/layout.html")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(layout), "</footer>",
		`<p><a href="{{ .Root }}no-such-page.html">gone</a> <a href="{{ .Root }}index.html#no-such-anchor">gone too</a></p></footer>`, 1)
	os.MkdirAll(filepath.Join(root, "templates"), 0o755)
	os.WriteFile(filepath.Join(root, "templates", "layout.html"), []byte(broken), 0o644)
	code, _, stderr := buildIn(root)
	if code != exitProblems {
		t.Fatalf("exit %d, want %d\n%s", code, exitProblems, stderr)
	}
	kindtest.SaysAll(t, "stderr", stderr,
		"broken link(s) in the site",
		`index.html:`, `href="no-such-page.html": no file no-such-page.html in the site`,
		`halcyon-lvp7/security-plan.html:`, `href="../no-such-page.html"`,
		`href="index.html#no-such-anchor": no element with id "no-such-anchor" in index.html`,
	)
	if b, _ := os.ReadFile(filepath.Join(root, "site", "index.html")); string(b) != "previous site" {
		t.Error("a build with broken links replaced the previous site")
	}
	// check finds the same without writing
	var out, errOut bytes.Buffer
	code = run([]string{"check", "--config", filepath.Join(root, "jspgen.toml"), "--content", filepath.Join(root, "content"),
		"--templates", filepath.Join(root, "templates")}, &out, &errOut)
	// Two broken links on every page of the example site (golden/).
	pages := 0
	filepath.WalkDir("../../golden", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".html") {
			pages++
		}
		return nil
	})
	if want := fmt.Sprintf("%d error(s), 0 warning(s)\n", 2*pages); pages == 0 || code != exitProblems || !strings.Contains(errOut.String(), "no-such-page.html") || out.String() != want {
		t.Errorf("check: exit %d\n%s%s", code, out.String(), errOut.String())
	}
}

// TestSitemapAndCanonicalOnlyWithBaseURL: without base_url the site has no
// sitemap and no canonical links; with it, both.
func TestSitemapAndCanonicalOnlyWithBaseURL(t *testing.T) {
	root := repo(t)
	if code, _, stderr := buildIn(root); code != exitOK {
		t.Fatalf("build: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(root, "site", "sitemap.xml")); err == nil {
		t.Error("sitemap.xml written without a base URL")
	}
	if b, _ := os.ReadFile(filepath.Join(root, "site", "index.html")); bytes.Contains(b, []byte(`rel="canonical"`)) {
		t.Error("canonical link without a base URL")
	}
	site, _ := os.ReadFile(filepath.Join(root, "jspgen.toml"))
	site = bytes.Replace(site, []byte("schema_version = 2\n"), []byte("schema_version = 2\nbase_url = \"https://docs.example/security/\"\n"), 1)
	os.WriteFile(filepath.Join(root, "jspgen.toml"), site, 0o644)
	if code, _, stderr := buildIn(root); code != exitOK {
		t.Fatalf("build: %s", stderr)
	}
	sm, err := os.ReadFile(filepath.Join(root, "site", "sitemap.xml"))
	if err != nil {
		t.Fatal("no sitemap.xml with a base URL")
	}
	kindtest.SaysAll(t, "sitemap", string(sm), "<loc>https://docs.example/security/</loc>", "<loc>https://docs.example/security/halcyon-lvp7/</loc>",
		"<loc>https://docs.example/security/halcyon-lvp7/security-plan.html</loc>")
	doc, _ := os.ReadFile(filepath.Join(root, "site", "halcyon-lvp7", "security-plan.html"))
	if !bytes.Contains(doc, []byte(`<link rel="canonical" href="https://docs.example/security/halcyon-lvp7/security-plan.html">`)) {
		t.Error("document page lacks its canonical link")
	}
}

// TestProductPage: the product page shows the current version and stage,
// every document in three formats and the SBOM, with relative links only.
func TestProductPage(t *testing.T) {
	root := repo(t)
	if code, _, stderr := buildIn(root); code != exitOK {
		t.Fatalf("build: %s", stderr)
	}
	page, err := os.ReadFile(filepath.Join(root, "site", "halcyon-lvp7", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "product page", string(page), "Current version", "Lifecycle stage", `href="security-plan.html"`, `href="security-plan.pdf"`,
		`href="security-plan.md"`, `href="sbom.cdx.json"`, `href="../index.html"`, `href="../assets/style.css"`)
	index, _ := os.ReadFile(filepath.Join(root, "site", "index.html"))
	if !bytes.Contains(index, []byte(`href="halcyon-lvp7/index.html"`)) {
		t.Error("index does not link the product page")
	}
	if _, err := os.Stat(filepath.Join(root, "site", "halcyon-lvp7", "sbom.cdx.json")); err != nil {
		t.Error("SBOM not published")
	}
}

// TestInit scaffolds into an empty folder: the files are there, the
// product file documents every field of the content model, and check
// passes on the result.
func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "repo")
	var out, errOut bytes.Buffer
	if code := run([]string{"init", dir}, &out, &errOut); code != exitOK {
		t.Fatalf("init: exit %d\n%s", code, errOut.String())
	}
	for _, f := range []string{"jspgen.toml", "Makefile", ".gitignore", ".github/workflows/docs.yml", "content/halcyon-lvp7.toml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init did not write %s", f)
		}
	}
	mk, _ := os.ReadFile(filepath.Join(dir, "Makefile"))
	kindtest.SaysAll(t, "Makefile", string(mk), "JSPGEN ?= jspgen\n", "go install ./cmd/jspgen", "\ndocs: need-jspgen", "\ncheck: need-jspgen")
	product, _ := os.ReadFile(filepath.Join(dir, "content", "halcyon-lvp7.toml"))
	for _, key := range allKeys(reflect.TypeFor[content.Product](), "") {
		parent := strings.TrimSuffix(key, "]") + "."
		if !bytes.Contains(product, []byte(key)) && !(strings.HasSuffix(key, "]") && bytes.Contains(product, []byte("["+parent))) {
			t.Errorf("the scaffolded product file does not mention %s", key)
		}
	}
	out.Reset()
	errOut.Reset()
	code := run([]string{"check", "--config", filepath.Join(dir, "jspgen.toml"), "--content", filepath.Join(dir, "content"),
		"--templates", filepath.Join(dir, "templates")}, &out, &errOut)
	if code != exitOK {
		t.Errorf("check on the scaffold: exit %d\n%s%s", code, out.String(), errOut.String())
	}
}

// allKeys lists the last segment of every key of t, as it appears in a
// TOML file ("name =" or "[table]"), for the coverage check.
func allKeys(t reflect.Type, prefix string) []string {
	var out []string
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == reflect.TypeFor[content.Date]() {
		return nil
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		sub := allKeys(f.Type, prefix+name+".")
		if sub != nil || (f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[content.Date]()) {
			out = append(out, prefix+name+"]")
			out = append(out, sub...)
			continue
		}
		out = append(out, name+" = ")
	}
	return out
}

// TestInitSaysWhatItWrote: each product file's header fits every example
// product (Dosewise is dosing software, not an infusion pump), and the
// closing hint reads as a sentence when DIR is the current folder ("in
// this folder.", not "in ..").
func TestInitSaysWhatItWrote(t *testing.T) {
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	if code := run([]string{"init"}, &out, &errOut); code != exitOK {
		t.Fatalf("init: exit %d\n%s", code, errOut.String())
	}
	if !strings.HasSuffix(out.String(), "then run 'make check' and 'make docs' in this folder.\n") || strings.Contains(out.String(), "..") {
		t.Errorf("init's closing hint:\n%s", out.String())
	}
	for _, f := range []string{"dosewise.toml", "halcyon-lvp7.toml"} {
		b, err := os.ReadFile(filepath.Join("content", f))
		if err != nil {
			t.Fatal(err)
		}
		// The scaffold's header is the first paragraph; the example's own
		// comment, which says what the product is, follows it.
		if head, _, _ := strings.Cut(string(b), "\n\n"); !strings.HasPrefix(head, "# Scaffolded by 'jspgen init'") || strings.Contains(head, "infusion") {
			t.Errorf("%s's scaffold header names a kind of product:\n%s", f, head)
		}
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "Makefile"), []byte("mine\n"), 0o644)
	var out, errOut bytes.Buffer
	code := run([]string{"init", dir}, &out, &errOut)
	if code != exitProblems {
		t.Fatalf("exit %d, want %d", code, exitProblems)
	}
	if !strings.Contains(errOut.String(), filepath.Join(dir, "Makefile")+" already exists") || !strings.Contains(errOut.String(), "nothing written") {
		t.Errorf("stderr does not name the file:\n%s", errOut.String())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("init wrote files although it refused: %v", entries)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "Makefile")); string(b) != "mine\n" {
		t.Error("the existing Makefile was changed")
	}
}

// TestInitThenMakeDocs is the getting-started path: init into an empty
// folder, then make docs with JSPGEN pointing at a local build.
func TestInitThenMakeDocs(t *testing.T) {
	paths := testtools.Need(t, "make", "go")
	if testing.Short() {
		t.Skip("builds the command; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "jspgen")
	build := exec.Command(paths[1], "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := filepath.Join(t.TempDir(), "product-repo")
	if out, err := exec.Command(bin, "init", dir).CombinedOutput(); err != nil {
		t.Fatalf("jspgen init: %v\n%s", err, out)
	}
	for _, target := range []string{"check", "docs"} {
		cmd := exec.Command(paths[0], target, "JSPGEN="+bin)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("make %s: %v\n%s", target, err, out)
		}
		if target == "docs" && !bytes.Contains(out, []byte("Built site")) {
			t.Errorf("make docs printed no build summary:\n%s", out)
		}
	}
	for _, f := range []string{"site/index.html", "site/halcyon-lvp7/index.html", "site/halcyon-lvp7/security-plan.pdf", "site/assets/style.css"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("make docs did not produce %s", f)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe serves the example on an ephemeral loopback port, edits the
// product file, sees the rebuild, breaks the file and sees the last good
// site still served and the error printed.
func TestServe(t *testing.T) {
	root := repo(t)
	opts := inputOptions(root)
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	urls := make(chan string, 1)
	done := make(chan int, 1)
	go func() { done <- serve(ctx, opts, "127.0.0.1:0", &stdout, &stderr, func(u string) { urls <- u }) }()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	}()
	var base string
	select {
	case base = <-urls:
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not start\n%s%s", stdout.String(), stderr.String())
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("serving at %s; want loopback", base)
	}
	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get(""); code != 200 || !strings.Contains(body, "Halcyon LVP-7") {
		t.Fatalf("GET /: %d\n%.300s", code, body)
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s\nstdout:\n%s\nstderr:\n%s", what, stdout.String(), stderr.String())
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	product := filepath.Join(root, productFile)
	src, _ := os.ReadFile(product)
	renamed := bytes.Replace(src, []byte(`name = "Halcyon LVP-7 Large-Volume Infusion System"`), []byte(`name = "Halcyon LVP-7 Preview Edition"`), 1)
	if bytes.Equal(renamed, src) {
		t.Fatal("the example product name changed; update this test")
	}
	os.WriteFile(product, renamed, 0o644)
	bump(t, product)
	waitFor("the rebuild after an edit", func() bool { _, body := get(""); return strings.Contains(body, "Preview Edition") })
	// The other product's documents did not change: the rebuild takes them
	// from the build cache.
	builds := regexp.MustCompile(`built: \d+ documents \((\d+) from the build cache\)`)
	waitFor("the rebuild's summary", func() bool { return len(builds.FindAllString(stdout.String(), -1)) >= 2 })
	if m := builds.FindAllStringSubmatch(stdout.String(), -1); m[1][1] == "0" {
		t.Errorf("the rebuild used no build cache:\n%s", stdout.String())
	}

	broken := bytes.Replace(renamed, []byte("schema_version = 2"), []byte("schema_version = 2\ncolour = \"red\""), 1)
	os.WriteFile(product, broken, 0o644)
	bump(t, product)
	waitFor("the rebuild error", func() bool { return strings.Contains(stderr.String(), "colour: unknown key") })
	if code, body := get(""); code != 200 || !strings.Contains(body, "Preview Edition") {
		t.Errorf("after a failed rebuild: %d, want the last good site", code)
	}
	if code, _ := get("halcyon-lvp7/security-plan.pdf"); code != 200 {
		t.Errorf("GET the PDF: %d", code)
	}
}

// bump moves a file's modification time forward, so the poll sees the
// change even on a coarse-grained clock.
func bump(t *testing.T, path string) {
	t.Helper()
	later := time.Now().Add(2 * time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
}

// inputOptions are the build inputs of a repository made by repo.
func inputOptions(root string) generator.Options {
	return generator.Options{SiteFile: filepath.Join(root, "jspgen.toml"), ContentDir: filepath.Join(root, "content"),
		TemplatesDir: filepath.Join(root, "templates")}
}

// TestInitHalfEditedSaysWhatIsStillTheExample edits the scaffold as a busy
// maker of cloud software would (their manufacturer name and contact
// domain, the pump deleted, Dosewise kept and left as it is): check must
// name, at their lines, the example's product name, its text and the
// example's domain that the documents would state as theirs. With their
// own product file in its place, check says nothing of the example.
func TestInitHalfEditedSaysWhatIsStillTheExample(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "repo")
	if code := run([]string{"init", dir}, io.Discard, io.Discard); code != exitOK {
		t.Fatal("init failed")
	}
	site := filepath.Join(dir, "jspgen.toml")
	data, _ := os.ReadFile(site)
	s := strings.ReplaceAll(string(data), "Meridian Infusion Systems, Inc.", "Acme Cloud Health, Inc.")
	s = strings.ReplaceAll(s, "meridian-infusion.example", "acme-health.com")
	s = strings.ReplaceAll(s, "Meridian Product Security Incident Response Team (Meridian PSIRT)", "Acme PSIRT")
	os.WriteFile(site, []byte(s), 0o644)
	os.Remove(filepath.Join(dir, "content", "halcyon-lvp7.toml"))
	os.RemoveAll(filepath.Join(dir, "content", "halcyon-lvp7"))
	check := func() (int, string) {
		var out, errOut bytes.Buffer
		code := run([]string{"check", "--config", site, "--content", filepath.Join(dir, "content"),
			"--templates", filepath.Join(dir, "templates")}, &out, &errOut)
		return code, errOut.String()
	}
	code, got := check()
	if code != exitOK {
		t.Fatalf("check: exit %d\n%s", code, got)
	}
	dosewise := filepath.Join(dir, "content", "dosewise.toml")
	kindtest.SaysAll(t, "check on the half-edited scaffold", got,
		dosewise+`:23: warning: line 23 holds "Meridian Dosewise Precision Dosing", the name of one of jspgen's example products`,
		`hold "meridian-infusion.example", the example manufacturer's domain`,
		"are word for word the text of jspgen's example products")
	kindtest.SaysNone(t, "check on the half-edited scaffold", got, "Meridian Infusion Systems, Inc.\"", "halcyon")

	// their own site file and product: a fixture's
	for _, f := range []string{"jspgen.toml", "content/dreamair.toml", "content/dreamair"} {
		if err := os.CopyFS(filepath.Join(dir, "own", f), os.DirFS(filepath.Join("../../generator/testdata/homecpap", f))); err != nil {
			if data, err := os.ReadFile(filepath.Join("../../generator/testdata/homecpap", f)); err == nil {
				os.MkdirAll(filepath.Dir(filepath.Join(dir, "own", f)), 0o755)
				os.WriteFile(filepath.Join(dir, "own", f), data, 0o644)
			}
		}
	}
	var out, errOut bytes.Buffer
	code = run([]string{"check", "--config", filepath.Join(dir, "own", "jspgen.toml"), "--content", filepath.Join(dir, "own", "content"),
		"--templates", filepath.Join(dir, "templates")}, &out, &errOut)
	if code != exitOK {
		t.Fatalf("check on their own product: exit %d\n%s", code, errOut.String())
	}
	kindtest.SaysNone(t, "check on their own product", errOut.String(), "jspgen's example", "copied by jspgen init")
}
