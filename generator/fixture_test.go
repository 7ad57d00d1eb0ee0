package generator

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// builtFixtures holds each fixture's site, by fixture name, once built:
// a build is deterministic and the tests only read it, so each fixture is
// built once per test binary instead of once per test.
var builtFixtures struct {
	sync.Mutex
	sites map[string]map[string][]byte // fixture → slash path → bytes
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

// saysAll reports each of want that the document rel, whose text is doc,
// lacks.
func saysAll(t *testing.T, rel, doc string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(doc, w) {
			t.Errorf("%s lacks %q", rel, w)
		}
	}
}

// saysNone reports each of never that the document rel, whose text is
// doc, says; why says why it would be false there.
func saysNone(t *testing.T, rel, doc, why string, never ...string) {
	t.Helper()
	for _, n := range never {
		if strings.Contains(doc, n) {
			t.Errorf("%s says %q: %s", rel, n, why)
		}
	}
}
