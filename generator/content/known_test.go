package content

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// exampleRepo copies the example site file and its two products into a
// temporary repository; it returns the site file and the content folder.
func exampleRepo(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	siteFile, contentDir := filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content")
	if err := os.CopyFS(contentDir, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(siteFile, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return siteFile, contentDir
}

// TestLoadKnownNothingKnown: with no product known, LoadKnown reads and
// reports what Load does, and splits the problems by product file.
func TestLoadKnownNothingKnown(t *testing.T) {
	siteFile, contentDir := exampleRepo(t)
	// a problem of one product file's own
	pump := filepath.Join(contentDir, "halcyon-lvp7.toml")
	src, err := os.ReadFile(pump)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pump, append([]byte("not_a_key = 1\n"), src...), 0o644); err != nil {
		t.Fatal(err)
	}
	c, want := Load(siteFile, contentDir)
	l, got := LoadKnown(siteFile, contentDir, func(string) (KnownProduct, bool) { return KnownProduct{}, false })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics differ (-Load +LoadKnown):\n%s", diff)
	}
	if len(l.Products) != len(c.Products) || len(l.Known) != 0 {
		t.Fatalf("%d products read, %d known; want %d, 0", len(l.Products), len(l.Known), len(c.Products))
	}
	var perFile Diagnostics
	for i, p := range l.Products {
		if p.ID != c.Products[i].ID {
			t.Errorf("product %d is %s, want %s", i, p.ID, c.Products[i].ID)
		}
		perFile = append(perFile, l.PerFile[p.Source.File]...)
	}
	for _, d := range want {
		if strings.HasSuffix(d.File, ".toml") && d.File != filepath.ToSlash(siteFile) && !contains(perFile, d) {
			t.Errorf("%s is not among its product file's problems", d)
		}
	}
	if len(perFile) == 0 {
		t.Error("no product file reported a problem: the example's warnings moved, so the split is not tested")
	}
}

func contains(ds Diagnostics, d Diagnostic) bool {
	for _, e := range ds {
		if cmp.Equal(e, d) {
			return true
		}
	}
	return false
}

// TestLoadKnownDuplicateID: a product read that takes a known product's
// ID is reported at its id line, naming the known product's file and line;
// a known product that comes second in build order is the duplicate,
// reported at its own recorded line.
func TestLoadKnownDuplicateID(t *testing.T) {
	siteFile, contentDir := exampleRepo(t)
	c, diags := Load(siteFile, contentDir)
	if diags.Err() != nil || len(c.Products) < 2 {
		t.Fatalf("the example does not load: %v", diags)
	}
	first, second := c.Products[0].Known(), c.Products[1].Known()
	tests := []struct {
		name  string
		known KnownProduct // stands in for the file of the same name
		want  string
	}{
		{"the known product is the duplicate, at its recorded line", KnownProduct{File: second.File, ID: first.ID, IDLine: 7},
			second.File + ":7: id: duplicate product ID \"" + first.ID + "\" (already used by " + first.File + ":" + strconv.Itoa(first.IDLine) + ")"},
		{"the file read is the duplicate of the known product", KnownProduct{File: first.File, ID: second.ID, IDLine: 9},
			second.File + ":" + strconv.Itoa(second.IDLine) + ": id: duplicate product ID \"" + second.ID + "\" (already used by " + first.File + ":9)"},
		{"no collision", second, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := LoadKnown(siteFile, contentDir, func(file string) (KnownProduct, bool) {
				return tc.known, file == tc.known.File
			})
			err := diags.Err()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestLoadKnownChecksTheSiteFile: the site file's own checks (here a
// base_url with a path) run in LoadKnown, the build's loader, as in Load,
// whether its products are read or all carried over as known. They ran
// in Load alone, so neither build nor check ever printed them.
func TestLoadKnownChecksTheSiteFile(t *testing.T) {
	siteFile, contentDir := exampleRepo(t)
	src, err := os.ReadFile(siteFile)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "\ntitle = ", "\nbase_url = \"https://psirt.example/docs/\"\ntitle = ", 1)
	if edited == string(src) {
		t.Fatal("no title line to put base_url before")
	}
	if err := os.WriteFile(siteFile, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := Load(siteFile, contentDir)
	known := map[string]KnownProduct{}
	for _, p := range c.Products {
		known[filepath.ToSlash(p.Source.File)] = p.Known()
	}
	for _, tc := range []struct {
		name  string
		known func(string) (KnownProduct, bool)
	}{
		{"every product read", func(string) (KnownProduct, bool) { return KnownProduct{}, false }},
		{"every product known", func(file string) (KnownProduct, bool) { k, ok := known[filepath.ToSlash(file)]; return k, ok }},
	} {
		_, diags := LoadKnown(siteFile, contentDir, tc.known)
		found := false
		for _, d := range diags {
			found = found || d.Path == "base_url" && strings.Contains(d.Message, "has the path /docs/")
		}
		if !found {
			t.Errorf("%s: no warning about base_url's path; got %v", tc.name, diags)
		}
	}
}
