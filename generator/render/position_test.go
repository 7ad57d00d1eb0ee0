package render

import (
	"errors"
	htmltemplate "html/template"
	"io"
	"testing"
	"testing/fstest"

	template "github.com/jspgen/jspgen/third_party/texttemplate"
)

// TestTemplateErrorPosition reads the position out of real errors of
// text/template and html/template, template names with colons included.
func TestTemplateErrorPosition(t *testing.T) {
	parseErr := func(name, src string) error {
		_, err := template.New(name).Parse(src)
		return err
	}
	execErr := func(name, src string) error {
		tpl := template.Must(template.New(name).Option("missingkey=error").Parse(src))
		return tpl.Execute(io.Discard, map[string]any{})
	}
	htmlErr := func(name, src string) error {
		tpl, err := htmltemplate.New(name).Parse(src)
		if err != nil {
			return err
		}
		return tpl.Execute(io.Discard, nil)
	}
	tests := []struct {
		name string
		err  error
		want Pos
		msg  string
	}{
		{"parse", parseErr("templates/csd.md.tmpl", "a\n\n{{ .X "), Pos{"templates/csd.md.tmpl", 3, 0}, "unclosed action"},
		{"exec", execErr("templates/csd.md.tmpl", "a\n{{ .Nope }}"), Pos{"templates/csd.md.tmpl", 2, 4},
			`executing "templates/csd.md.tmpl" at <.Nope>: map has no entry for key "Nope"`},
		{"shipped name with colon", execErr("jspgen:templates/csd.md.tmpl", "\n\n\n{{ .Nope }}"), Pos{"jspgen:templates/csd.md.tmpl", 4, 4},
			`executing "jspgen:templates/csd.md.tmpl" at <.Nope>: map has no entry for key "Nope"`},
		{"html escaping", htmlErr("templates/layout.html", "<a href=\"{{ . }}\n"), Pos{"templates/layout.html", 0, 0}, ""},
		{"no position", errors.New("template security-plan.md.tmpl: open x: file does not exist"), Pos{}, "template security-plan.md.tmpl: open x: file does not exist"},
	}
	for _, tc := range tests {
		if tc.err == nil {
			t.Errorf("%s: no error to test", tc.name)
			continue
		}
		pos, msg := (&TemplateError{tc.err}).Position()
		if tc.name == "html escaping" { // the escaper's wording varies; the file is what counts
			if pos.File != tc.want.File {
				t.Errorf("%s: %q: file %q, want %q", tc.name, tc.err, pos.File, tc.want.File)
			}
			continue
		}
		if pos != tc.want || msg != tc.msg {
			t.Errorf("%s: %q:\n got %+v %q\nwant %+v %q", tc.name, tc.err, pos, msg, tc.want, tc.msg)
		}
	}
	// through Markdown, an overriding template's error names its file
	files := Files{Override: fstest.MapFS{"doc.md.tmpl": {Data: []byte("# T\n\n{{ .Missing }}\n")}}, OverrideName: "templates", Shipped: fstest.MapFS{}}
	_, err := Markdown(files, "doc.md.tmpl", map[string]any{})
	var te *TemplateError
	if !errors.As(err, &te) {
		t.Fatalf("Markdown: %v", err)
	}
	if pos, _ := te.Position(); pos != (Pos{"templates/doc.md.tmpl", 3, 4}) {
		t.Errorf("Markdown error at %+v", pos)
	}
}
