package generator

import (
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestRenderingChangesNoProductData builds the example and every fixture
// and compares each product's data, with its inventories, vulnerabilities
// and version views, once its documents are written, with the same data
// before preparation and rendering began. A template or kind that changes
// the data it reads makes a document depend on which documents were
// rendered before it, which a build with several workers does not fix:
// PartsInUse once deleted parts from the array every version's view
// shares (and a CSD sorting the inventory's own list, planted, fails too).
// Each fixture is built on one worker and its site compared with the
// build on every processor.
func TestRenderingChangesNoProductData(t *testing.T) {
	repos := [][2]string{{"../jspgen.toml", "../content"}}
	dirs, _ := filepath.Glob("testdata/*/jspgen.toml")
	for _, d := range dirs {
		repos = append(repos, [2]string{d, filepath.Join(filepath.Dir(d), "content")})
	}
	for _, r := range repos {
		name := filepath.Base(filepath.Dir(r[1]))
		if name == ".." {
			name = "example"
		}
		t.Run(name, func(t *testing.T) {
			var mu sync.Mutex
			read, written := map[string]string{}, map[string]string{}
			watchProduct = func(p kind.Product, done bool) {
				mu.Lock()
				defer mu.Unlock()
				if done {
					written[p.Source.File] = productJSON(t, p)
				} else {
					read[p.Source.File] = productJSON(t, p)
				}
			}
			defer func() { watchProduct = nil }()
			out := filepath.Join(t.TempDir(), "site")
			if _, err := Build(Options{SiteFile: r[0], ContentDir: r[1], TemplatesDir: "../templates-none", OutDir: out, Workers: 1}); err != nil {
				t.Fatal(err)
			}
			if name != "example" { // TestWorkersSameSite compares the example's
				// The same site as the fixture's build on every processor
				// (buildFixture), byte for byte: no document depends on
				// which others were rendered before or beside it.
				buildFixture(t, name)
				sameTree(t, "one worker against GOMAXPROCS", builtFixtures.sites[name], readTree(t, out))
			}
			if len(read) == 0 {
				t.Fatal("no product read")
			}
			for file, w := range read {
				if g, ok := written[file]; !ok {
					t.Errorf("%s: no product written", file)
				} else if d := cmp.Diff(w, g); d != "" {
					t.Errorf("%s: rendering changed the product's data (-read +written):\n%s", file, d)
				}
			}
		})
	}
}

// productJSON is the product's exported data with its inventory and
// vulnerabilities, and that of each version's view (kind.Product.At, kept
// for the build), one field per line.
func productJSON(t *testing.T, p kind.Product) string {
	t.Helper()
	b, err := json.MarshalIndent(p, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
