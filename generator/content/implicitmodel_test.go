package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadTPS loads the tpsplanning fixture (no [[models]]), its product file
// edited by edit.
func loadTPS(t *testing.T, edit func(string) string) (*Content, Diagnostics) {
	t.Helper()
	src := filepath.Join("..", "testdata", "tpsplanning")
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join(src, "jspgen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "jspgen.toml"), b, 0o644)
	os.MkdirAll(filepath.Join(dir, "content"), 0o755)
	entries, _ := os.ReadDir(filepath.Join(src, "content"))
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, _ := os.ReadFile(filepath.Join(src, "content", e.Name()))
		if e.Name() == "isodose-plan.toml" {
			b = []byte(edit(string(b)))
		}
		os.WriteFile(filepath.Join(dir, "content", e.Name()), b, 0o644)
	}
	return Load(filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
}

// TestModelsOptional: a product may leave [[models]] out; it then has one
// implicit model (its own ID and name) that documents do not name, and a
// key naming a model ID is an error that says the product lists none.
func TestModelsOptional(t *testing.T) {
	c, diags := loadTPS(t, func(s string) string { return s })
	if errs := diags.Errors(); len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	p := c.Products[0]
	if !p.ImplicitModel() || len(p.Models) != 1 || p.Models[0].ID != p.ID || p.Models[0].Name != p.Name {
		t.Fatalf("models = %+v, want one implicit model %q", p.Models, p.ID)
	}
	if p.NamedModels() != nil {
		t.Errorf("NamedModels = %+v, want none", p.NamedModels())
	}
	for _, tc := range []struct{ name, old, new, path string }{
		{"versions.models", "version = \"12.0\"\n", "version = \"12.0\"\nmodels = [\"isodose-plan\"]\n", "versions[1].models[0]"},
		{"versions.models by name", "version = \"12.0\"\n", "version = \"12.0\"\nmodels = [\"Isodose Plan\"]\n", "versions[1].models[0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadTPS(t, func(s string) string {
				if !strings.Contains(s, tc.old) {
					t.Fatalf("fixture lacks %q", tc.old)
				}
				return strings.Replace(s, tc.old, tc.new, 1)
			})
			var found bool
			for _, d := range diags.Errors() {
				if d.Path == tc.path && strings.Contains(d.Message, "lists no [[models]]") {
					found = true
				}
			}
			if !found {
				t.Errorf("no error at %s naming the missing [[models]]; got %v", tc.path, diags.Errors())
			}
		})
	}
}
