package generator

import (
	"bytes"
	htmltemplate "html/template"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/templates"
)

// TestIndexFromCache: the index is taken from the cache when what it
// shows did not change (an SBOM edit, a version's end of support), and
// rendered again when it did (a
// product's name). The cached page is marked to tell which.
func TestIndexFromCache(t *testing.T) {
	opts := builtPortfolio(t, 2)
	contentDir, out := opts.ContentDir, opts.OutDir
	const mark = "<!-- from the cache -->"
	marked := markCached(t, opts.CacheDir, mark, func(r *rendered) bool {
		return bytes.Contains(r.HTML, []byte(`<p class="table-caption" id="products-caption">`))
	})
	if marked != 1 {
		t.Fatalf("%d index pages in the cache, want 1", marked)
	}
	index := func() string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	editFile(t, filepath.Join(contentDir, "halcyon-lvp7-002", "sbom.cdx.json"), `"version": "2024.04"`, `"version": "2024.07"`)
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(index(), mark) {
		t.Error("an edit the index does not show rendered it again")
	}
	// a version's end of support: on the product page, not on the index
	editFile(t, filepath.Join(contentDir, "halcyon-lvp7-002.toml"), "end_of_support = 2028-12-31", "end_of_support = 2029-06-30")
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(index(), mark) {
		t.Error("an end of support the index does not show rendered it again")
	}
	editFile(t, filepath.Join(contentDir, "halcyon-lvp7-002.toml"), `name = "Halcyon LVP-7 Large-Volume Infusion System 002"`, `name = "Halcyon LVP-7 Infusion System 002"`)
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	if got := index(); strings.Contains(got, mark) || !strings.Contains(got, "Halcyon LVP-7 Infusion System 002") {
		t.Error("the index did not show the new name")
	}
}

// TestShippedIndexReadsNoMore: the shipped index.html renders the same
// from views without the fields shippedIndexView drops, so the index's
// cache key may leave them out. Every field of the views is filled; a
// template that reads a dropped field is told apart.
func TestShippedIndexReadsNoMore(t *testing.T) {
	src, err := fs.ReadFile(templates.FS, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	var full indexData
	fill(reflect.ValueOf(&full).Elem(), "x")
	full.Products = append(full.Products, full.Products[0])
	full.Products[1].ID = "second"
	stripped := indexKeyData(full, templateFiles(""))
	if reflect.DeepEqual(stripped, full) {
		t.Fatal("the key keeps every field")
	}
	render := func(src string, data indexData) string {
		tmpl, err := htmltemplate.New("index.html").Option("missingkey=error").Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := tmpl.Execute(&b, data); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if got, want := render(string(src), stripped), render(string(src), full); got != want {
		t.Errorf("the shipped index.html reads a field its cache key leaves out:\n%s", cmp.Diff(want, got))
	}
	// the test tells: a template reading a version's end of support
	reads := string(src) + "{{ range .Products }}{{ range .Versions }}{{ .EndOfSupport }}{{ end }}{{ end }}"
	if render(reads, stripped) == render(reads, full) {
		t.Error("a template reading the versions renders the same without them")
	}
	// an override's key keeps everything
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(reads), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := indexKeyData(full, templateFiles(dir)); !reflect.DeepEqual(got, full) {
		t.Error("an overriding index.html's key leaves fields out")
	}
}

// fill sets every settable field under v to a value named after its path:
// strings, numbers, one element in each slice.
func fill(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(path)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(len(path)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), path+"[0]")
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				fill(v.Field(i), path+"."+f.Name)
			}
		}
	}
}
