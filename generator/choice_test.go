package generator

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMDS2OnlyProduct: a product that chooses only the MDS2 form
// (documents.build = ["mds2"]) and writes only the facts the form reads
// (the mds2form fixture: no security-plan, CSD or lifecycle facts, no
// filler values) builds without an error, and the build publishes its
// MDS2 form and nothing else: no plan, CSD, lifecycle page or
// lifecycle.json.
func TestMDS2OnlyProduct(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("kind/mds2form/testdata/content/thermo.toml")
	if err != nil {
		t.Fatal(err)
	}
	product := mds2OnlyThermo(string(src))
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "thermo.toml"), []byte(product), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "site")
	res, err := Build(Options{SiteFile: "../jspgen.toml", ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatalf("an MDS2-only product with only MDS2 facts must build: %v", err)
	}
	var files []string
	for _, f := range res.Files {
		if strings.HasPrefix(f, "thermo/") {
			files = append(files, strings.TrimPrefix(f, "thermo/"))
		}
	}
	slices.Sort(files)
	want := []string{"index.html", "mds2.csv", "mds2.html", "mds2.json", "mds2.md", "mds2.pdf", "mds2.xlsx"}
	if !slices.Equal(files, want) {
		t.Errorf("published for the product:\n got %q\nwant %q", files, want)
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "security plan") || strings.Contains(w.Message, "threat") || strings.Contains(w.Message, "CSD") || strings.Contains(w.Message, "lifecycle") {
			t.Errorf("warning about a document not chosen: %s", w)
		}
	}
}

// TestMDS2OnlySiteWithoutPSIRT: a site whose only product builds only the
// MDS2 form builds without manufacturer.psirt and cvd_policy_url (the
// documents that print them are not built); the form then does not derive
// DOC-8 (the product answers it) and security.txt names no policy.
func TestMDS2OnlySiteWithoutPSIRT(t *testing.T) {
	dir := t.TempDir()
	site, err := os.ReadFile("../jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	inPSIRT := false
	for _, line := range strings.Split(string(site), "\n") {
		if strings.HasPrefix(line, "[") {
			inPSIRT = line == "[manufacturer.psirt]"
		}
		if inPSIRT || strings.HasPrefix(line, "cvd_policy_url") {
			continue
		}
		kept = append(kept, line)
	}
	stripped := strings.Join(kept, "\n")
	if strings.Contains(stripped, "psirt]") || strings.Contains(stripped, "cvd_policy_url") {
		t.Fatal("PSIRT or CVD policy not removed")
	}
	src, err := os.ReadFile("kind/mds2form/testdata/content/thermo.toml")
	if err != nil {
		t.Fatal(err)
	}
	product := mds2OnlyThermo(string(src))
	product = strings.Replace(product, "[mds2.answers]\n", "[mds2.answers]\n\"DOC-8\" = \"no\"\n", 1)
	for name, data := range map[string]string{"jspgen.toml": stripped, "content/thermo.toml": product} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "site")
	if _, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatalf("an MDS2-only site without PSIRT or CVD policy must build: %v", err)
	}
	js, err := os.ReadFile(filepath.Join(out, "thermo", "mds2.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"id": "DOC-8",`) || strings.Contains(string(js), "cvd_policy_url") {
		t.Errorf("DOC-8 must be the product's answer, not derived from a policy that is not there")
	}
	if strings.Contains(string(js), "; : ") {
		t.Errorf("DOC-5 names an empty PSIRT")
	}
	txt, err := os.ReadFile(filepath.Join(out, ".well-known", "security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(txt), "Policy:") || strings.Contains(string(txt), "mailto:\n") {
		t.Errorf("security.txt names what the site does not state:\n%s", txt)
	}
}
