package generator

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// TestLanguageWarnings: a language other than English is warned about
// while a shipped (English) template is not overridden, naming it; an
// English tag, none, or every template translated is not.
func TestLanguageWarnings(t *testing.T) {
	shipped := fstest.MapFS{
		"csd.md.tmpl":          {Data: []byte("CSD")},
		"layout.html":          {Data: []byte("<html>")},
		"partials/csd.md.tmpl": {Data: []byte("part")},
		"style.css":            {Data: []byte("body{}")},
		"mds2/catalog.json":    {Data: []byte("{}")},
	}
	all := fstest.MapFS{"csd.md.tmpl": {Data: []byte("KSD")}, "layout.html": {Data: []byte("<html>")}, "partials/csd.md.tmpl": {Data: []byte("Teil")}}
	some := fstest.MapFS{"csd.md.tmpl": {Data: []byte("KSD")}}
	for _, tc := range []struct {
		name     string
		lang     string
		override fstest.MapFS
		want     string // "" for no warning
	}{
		{"default", "", nil, ""},
		{"English", "en", nil, ""},
		{"English, regional", "EN-gb", nil, ""},
		{"German, shipped templates", "de", nil, `"de", but 3 of jspgen's templates`},
		{"German, some translated", "de-DE", some, `2 of jspgen's templates, which are written in English, are not overridden in templates/ (layout.html and partials/csd.md.tmpl)`},
		{"German, all translated", "de", all, ""},
		{"Engl-ish prefix is not English", "eng-x", nil, `"eng-x"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := render.Files{Shipped: shipped}
			if tc.override != nil {
				files.Override, files.OverrideName = tc.override, "templates"
			}
			got := languageWarnings(tc.lang, content.Source{File: "jspgen.toml"}, files)
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("warned %q; want nothing", got[0].Message)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0].Message, tc.want) || got[0].Path != "language"):
				t.Errorf("warned %+v; want one at language containing %q", got, tc.want)
			}
		})
	}
}
