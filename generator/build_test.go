package generator

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/mds2form"
	"github.com/jspgen/jspgen/internal/kindtest"
)

var update = flag.Bool("update", false, "rewrite golden/ from the example content")

// exampleOptions builds the repository's own example content.
func exampleOptions(out string) Options {
	return Options{SiteFile: "../jspgen.toml", ContentDir: "../content", TemplatesDir: "../templates-none", OutDir: out}
}

// TestGoldenSite builds the example and compares every file with golden/:
// text files with cmp.Diff, PDFs byte for byte.
func TestGoldenSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(exampleOptions(out))
	if err != nil {
		t.Fatalf("building the example: %v", err)
	}
	for _, w := range res.Warnings {
		t.Logf("warning: %s", w)
	}
	const golden = "../golden"
	if *update {
		if err := os.RemoveAll(golden); err != nil {
			t.Fatal(err)
		}
		for _, rel := range res.Files {
			b, _ := os.ReadFile(filepath.Join(out, rel))
			dst := filepath.Join(golden, rel)
			os.MkdirAll(filepath.Dir(dst), 0o755)
			if err := os.WriteFile(dst, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	want := goldenFiles(t, golden)
	if diff := cmp.Diff(want, res.Files); diff != "" {
		t.Errorf("files written differ from golden/ (-golden +built); run go test ./generator -update if intended:\n%s", diff)
	}
	for _, rel := range res.Files {
		got, _ := os.ReadFile(filepath.Join(out, rel))
		exp, err := os.ReadFile(filepath.Join(golden, rel))
		if err != nil {
			continue // reported above
		}
		if strings.HasSuffix(rel, ".pdf") {
			if !bytes.Equal(got, exp) {
				t.Errorf("%s: PDF differs from golden (%d bytes, golden %d bytes, first difference at byte %d)", rel, len(got), len(exp), firstDiff(got, exp))
			}
			continue
		}
		if diff := cmp.Diff(string(exp), string(got)); diff != "" {
			t.Errorf("%s differs from golden (-golden +built):\n%s", rel, diff)
		}
	}
}

func goldenFiles(t *testing.T, root string) []string {
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatalf("reading golden/: %v (run go test ./generator -update)", err)
	}
	// Build lists files sorted by slash path; WalkDir visits a folder
	// "vex" before the file "vex-4.2.1.cdx.json", which sorts after it.
	slices.Sort(files)
	return files
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestBuildDeterministic builds twice and compares every byte.
func TestBuildDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, err := Build(exampleOptions(filepath.Join(dir, "a")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(exampleOptions(filepath.Join(dir, "b"))); err != nil {
		t.Fatal(err)
	}
	for _, rel := range a.Files {
		x, _ := os.ReadFile(filepath.Join(dir, "a", rel))
		y, err := os.ReadFile(filepath.Join(dir, "b", rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same input", rel)
		}
	}
}

// TestExampleIsClean keeps the shipped example free of warnings.
func TestExampleIsClean(t *testing.T) {
	res, err := Check(exampleOptions(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		t.Errorf("example content: %s", w)
	}
}

// TestEndOfSupportMovesEverywhere moves the current version's end of
// support in the product file and builds the site as a user would: the new
// date must appear in every document that states it (security plan, CSD,
// MDS2 form and its JSON, lifecycle page and JSON, the component notice)
// and the old date in none.
func TestEndOfSupportMovesEverywhere(t *testing.T) {
	const oldEOS, newEOS = "2028-12-31", "2029-06-30"
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "version = \"4.2.1\"")
		j := i + strings.Index(s[i:], "end_of_support = "+oldEOS)
		return s[:j] + "end_of_support = " + newEOS + s[j+len("end_of_support = "+oldEOS):]
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"security-plan.md", "csd.md", "mds2.md", "mds2.json", "lifecycle.md", "lifecycle.json", "notices/ceos-linux-6.6-openssl-3.0.md"} {
		b, err := os.ReadFile(filepath.Join(out, "halcyon-lvp7", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(newEOS)) {
			t.Errorf("%s does not state the new end of support %s", f, newEOS)
		}
		if bytes.Contains(b, []byte(oldEOS)) {
			t.Errorf("%s still states the old end of support %s", f, oldEOS)
		}
	}
}

// TestNewInterfaceReachesCSDAndMDS2 adds a radio to the example product and
// builds as a user would: with no other edit, the CSD's interface table
// gains its row and the MDS2 form's connectivity answer changes.
func TestNewInterfaceReachesCSDAndMDS2(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		return s + `
[[interfaces]]
id = "ble"
kind = "bluetooth"
name = "Bluetooth Low Energy 5.3 (service tablet)"
purpose = "Reading pump status on a biomedical engineer's tablet."
default_enabled = false
can_disable = true
carries = ["logs"]
security = "LE Secure Connections pairing, disabled as shipped."
`
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	csd, _ := os.ReadFile(filepath.Join(out, "halcyon-lvp7", "csd.md"))
	if !bytes.Contains(csd, []byte("| Bluetooth Low Energy 5.3 (service tablet) | Halcyon LVP-7 pump (on the device) | Bluetooth |")) {
		t.Errorf("csd.md has no interface row for the new Bluetooth interface")
	}
	form, _ := os.ReadFile(filepath.Join(out, "halcyon-lvp7", "mds2.md"))
	// A derived answer is a link to the "how reached" appendix.
	if !bytes.Contains(form, []byte("| CONN-1.1.2 | Does the device support Bluetooth? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: interfaces[")) {
		t.Errorf("mds2.md does not answer Yes to CONN-1.1.2 (Bluetooth)")
	}
	golden, _ := os.ReadFile("../golden/halcyon-lvp7/mds2.md")
	if !bytes.Contains(golden, []byte("| CONN-1.1.2 | Does the device support Bluetooth? | [No](#how-derived-and-ruled-out-answers-were-reached ")) {
		t.Errorf("golden mds2.md should answer No to CONN-1.1.2 before the edit")
	}
}

// TestMDS2Preview builds the site of the example (or of the repository in
// $JSPGEN_MDS2_PREVIEW_REPO) with the MDS2 kind alone into
// $JSPGEN_MDS2_PREVIEW, for looking at the documents; skipped otherwise.
func TestMDS2Preview(t *testing.T) {
	out := os.Getenv("JSPGEN_MDS2_PREVIEW")
	if out == "" {
		t.Skip("set JSPGEN_MDS2_PREVIEW to a folder to write the example's MDS2 documents")
	}
	repo := os.Getenv("JSPGEN_MDS2_PREVIEW_REPO")
	if repo == "" {
		repo = ".."
	}
	res, err := Build(Options{SiteFile: filepath.Join(repo, "jspgen.toml"), ContentDir: filepath.Join(repo, "content"),
		TemplatesDir: "../templates-none", OutDir: out, Kinds: []kind.Kind{mds2form.Kind}})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		t.Logf("%s", w)
	}
}

// TestProductNamedCatalog: a product may have any valid ID, including IDs
// that once collided with the build's internal cache keys ("catalog" made
// check and build panic next to an MDS2 form).
func TestProductNamedCatalog(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", kindtest.Replace(`id = "halcyon-lvp7"`, `id = "catalog"`))
	if err := os.Rename(filepath.Join(dir, "halcyon-lvp7"), filepath.Join(dir, "catalog")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents["mds2"] != 3 { // catalog's of 4.2.1 and 4.1.0 (documents.versions = "supported"), dosewise's
		t.Errorf("want the MDS2 forms of products catalog (2) and dosewise, got %d", res.Documents["mds2"])
	}
	if _, err := os.Stat(filepath.Join(out, "catalog", "mds2.json")); err != nil {
		t.Error(err)
	}
}

// TestAssetWithScriptWarns: an SVG or HTML file with script in the asset
// folder is published with a warning naming it; a plain one is not.
func TestAssetWithScriptWarns(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		warn       bool
	}{
		{"evil.svg", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, true},
		{"onload.svg", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, true},
		{"page.html", `<a href="javascript:alert(1)">x</a>`, true},
		{"plain.svg", `<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`, false},
		{"notes.txt", `<script>not a page</script>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "", nil)
			if err := os.WriteFile(filepath.Join(dir, "halcyon-lvp7", tc.name), []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := Check(Options{SiteFile: site, ContentDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			warned := false
			for _, w := range res.Warnings {
				if strings.HasSuffix(w.File, tc.name) && strings.Contains(w.Message, "contains script") {
					warned = true
				}
			}
			if warned != tc.warn {
				t.Errorf("warned = %v, want %v (warnings: %v)", warned, tc.warn, res.Warnings)
			}
		})
	}
}

// TestEveryProblemAtOnce: a content error does not hide the SBOM and
// template problems of the same run; each is reported at its own file.
func TestEveryProblemAtOnce(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml",
		kindtest.Replace(`name = "Halcyon LVP-7 Large-Volume Infusion System"`, `name = 7`))
	if err := os.Remove(filepath.Join(dir, "halcyon-lvp7", "sbom.cdx.json")); err != nil {
		t.Fatal(err)
	}
	tmpl := filepath.Join(t.TempDir(), "templates")
	if err := os.MkdirAll(tmpl, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmpl, "csd.md.tmpl"), []byte("# CSD\n\n{{ if .Product }}\nunclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Check(Options{SiteFile: site, ContentDir: dir, TemplatesDir: tmpl})
	if err == nil {
		t.Fatal("want errors")
	}
	kindtest.SaysAll(t, "the errors", err.Error(),
		"halcyon-lvp7.toml:5: name: want a string",
		"versions[2].changes.sbom_files[0]: content/halcyon-lvp7/sbom.cdx.json: file not found", // 4.2.1's SBOM, at the key that names it
		"csd.md.tmpl:",
	)
}

// TestSectionNumbersUnique: no document of the example site numbers two
// sections alike (two kinds of work once both added a "5.4").
func TestSectionNumbersUnique(t *testing.T) {
	numbered := regexp.MustCompile(`(?m)^#{1,6} (\d+(?:\.\d+)*)\.? `)
	files := goldenFiles(t, "../golden")
	n := 0
	for _, rel := range files {
		if !strings.HasSuffix(rel, ".md") {
			continue
		}
		b, err := os.ReadFile(filepath.Join("../golden", rel))
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, m := range numbered.FindAllStringSubmatch(string(b), -1) {
			n++
			if seen[m[1]] {
				t.Errorf("%s: two sections numbered %s", rel, m[1])
			}
			seen[m[1]] = true
		}
	}
	if n == 0 {
		t.Fatal("no numbered section found in golden/")
	}
}
