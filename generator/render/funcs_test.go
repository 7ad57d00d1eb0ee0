package render

import (
	"strings"
	"testing"
	"text/template"

	"github.com/jspgen/jspgen/generator/content"
)

// TestFuncExamples runs every documented example of every function.
func TestFuncExamples(t *testing.T) {
	data := map[string]any{"Date": content.NewDate(2026, 3, 2)}
	for _, f := range Funcs {
		if len(f.Examples) == 0 || f.Doc == "" {
			t.Errorf("%s: every function needs a doc line and at least one example", f.Name)
		}
		for _, ex := range f.Examples {
			tmpl, err := template.New(f.Name).Option("missingkey=error").Funcs(FuncMap()).Parse(ex.Template)
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			var b strings.Builder
			if err := tmpl.Execute(&b, data); err != nil {
				t.Fatalf("%s: %s: %v", f.Name, ex.Template, err)
			}
			if b.String() != ex.Output {
				t.Errorf("%s: %s\n got: %q\nwant: %q", f.Name, ex.Template, b.String(), ex.Output)
			}
		}
	}
}

// TestNonDeterministicFuncsRemoved guards the hermetic function map.
func TestNonDeterministicFuncsRemoved(t *testing.T) {
	m := FuncMap()
	for _, name := range []string{"now", "ago", "durationRound", "toDate", "mustToDate", "randInt", "shuffle", "bcrypt",
		"htpasswd", "encryptAES", "genPrivateKey", "genCA", "genSelfSignedCert", "genSignedCert", "uuidv4", "env", "randAlphaNum"} {
		if _, ok := m[name]; ok {
			t.Errorf("FuncMap has %q, which depends on time, zone, randomness or environment", name)
		}
	}
	for _, name := range []string{"join", "list", "default", "upper", "md", "date"} {
		if _, ok := m[name]; !ok {
			t.Errorf("FuncMap lacks %q", name)
		}
	}
}
