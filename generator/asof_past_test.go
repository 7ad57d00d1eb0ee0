package generator

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// inspectionRule gives every component a support statement: the example's
// 4.1.0 SBOM states none for most of its components, which check rightly
// refuses once 4.1.0 is the current version (a build as of 2023 or 2024),
// so the tests that build then add it to both builds they compare.
const inspectionRule = `
[[support_rules]]
id = "every-component"
name = "*"
level = "maintained"
justification = "Every component, for the test."
`

// pastSite builds a copy of the examples with the site file's as_of set
// to asOf ("" leaves it unset) and extra appended to the site file, and
// returns the site's files.
func pastSite(t *testing.T, asOf, extra string) map[string][]byte {
	t.Helper()
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "", nil)
	b, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if asOf != "" {
		s = strings.Replace(s, "\nlanguage = \"en\"\n", "\nlanguage = \"en\"\nas_of = "+asOf+"\n", 1)
		if !strings.Contains(s, "as_of = "+asOf) {
			t.Fatal("no place for as_of in the site file")
		}
	}
	if err := os.WriteFile(site, []byte(s+extra), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	return readTree(t, out)
}

// sameDocuments reports every document (Markdown) and lifecycle.json of
// want that got lacks or words differently, but those named in skip: a
// released revision speaks as of its own release date, whatever the
// build's date.
func sameDocuments(t *testing.T, what string, want, got map[string][]byte, skip ...string) {
	t.Helper()
	compared := 0
	for name, w := range want {
		if !strings.HasSuffix(name, ".md") && !strings.HasSuffix(name, "lifecycle.json") || slices.Contains(skip, name) {
			continue
		}
		compared++
		g, ok := got[name]
		if !ok {
			t.Errorf("%s: %s is not built", what, name)
			continue
		}
		if string(g) != string(w) {
			wl, gl := strings.Split(string(w), "\n"), strings.Split(string(g), "\n")
			for i := range min(len(wl), len(gl)) {
				if wl[i] != gl[i] {
					t.Errorf("%s: %s differs at line %d:\nwant %s\n got %s", what, name, i+1, wl[i], gl[i])
					break
				}
			}
			if len(wl) != len(gl) {
				t.Errorf("%s: %s has %d lines, want %d", what, name, len(gl), len(wl))
			}
		}
	}
	if compared < 19 {
		t.Errorf("%s: compared %d documents, want every one of the examples'", what, compared)
	}
}

// pastLifecycle is the Dosewise lifecycle page, which says of 2.2.1's
// components either that only 2.3.0's are listed or that 2.2.1's are not
// stated, depending on which version was current on the build's date
// (the [[components]] describe the current version): both true, left.
const pastLifecycle = "dosewise/lifecycle.md"

// TestPastBuildKeepsTheSBOMOfTheVersionDescribed: built as of 2025-06-01,
// before Dosewise 2.3.0 (whose SBOM is the product's only one) was
// released, the Dosewise CSD and plan of September 2025 about 2.3.0 said
// the product data, not an SBOM, lists its components, and no longer
// named the SBOM published with them: what a document says of its SBOM
// was decided by the version current on the build's date. And
// lifecycle.json said no component of 2.2.1, whose components are not
// stated, needs attention ("components_needing_attention": []).
func TestPastBuildKeepsTheSBOMOfTheVersionDescribed(t *testing.T) {
	then := pastSite(t, "2025-06-01", "")
	sameDocuments(t, "built as of 2025-06-01", pastSite(t, "", ""), then, pastLifecycle)
	kindtest.SaysAll(t, "the Dosewise CSD built as of 2025-06-01", string(then["dosewise/csd.md"]),
		"It is published with [the MDS2 form](mds2.html) that covers version `2.3.0` and the machine-readable software bill of materials (SBOM) of the same release.", "The SBOM lists 7 components")
}

// TestPastBuildKeepsRelatedSBOMsAndVersionDocuments: built as of
// 2024-07-01, when 4.1.0 was the pump's current version, the plan of
// February 2026 (about 4.2.1) said the SBOM of Halcyon Connect 5.3 was
// "Not stated" (a version's own inventory other than the build date's
// current one held no related systems' SBOMs), and no CSD or MDS2 form
// described 4.1.0, supported both on the build's date and when the
// documents were released, so the plan and the lifecycle page no longer
// named its CSD.
func TestPastBuildKeepsRelatedSBOMsAndVersionDocuments(t *testing.T) {
	now, then := pastSite(t, "", inspectionRule), pastSite(t, "2024-07-01", inspectionRule)
	sameDocuments(t, "built as of 2024-07-01", now, then, pastLifecycle)
	for _, f := range []string{"halcyon-lvp7/4.1.0/csd.md", "halcyon-lvp7/4.1.0/mds2.md"} {
		if _, ok := then[f]; !ok {
			t.Errorf("%s: not built as of 2024-07-01, when 4.1.0 was current", f)
		}
	}
}
