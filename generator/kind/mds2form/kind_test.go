package mds2form

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/templates"
)

// TestPrepare: a product without [mds2] input has no form; one with input
// gets the form's document and its JSON and CSV files.
func TestPrepare(t *testing.T) {
	if Kind.Slug() != "mds2" {
		t.Errorf("slug %q", Kind.Slug())
	}
	without, with := newWorld(), newWorld()
	with.p.ID = "q"
	with.p.MDS2.Other = "None."
	env := with.env()
	env.Templates = render.Files{Shipped: templates.FS}
	out, diags := Kind.Prepare(env, []kind.Product{{Product: without.p, Inventory: without.inv}, {Product: with.p, Inventory: with.inv}})
	if len(out) != 2 {
		t.Fatalf("%d prepared, want 2", len(out))
	}
	if len(out[0].Documents) != 0 || len(out[0].Files) != 0 {
		t.Errorf("a product without MDS2 input got %+v", out[0])
	}
	if len(out[1].Documents) != 1 || out[1].Documents[0].Path != "mds2" || out[1].Documents[0].Template != Template ||
		out[1].Documents[0].Title != Title || out[1].Documents[0].Control.ID != "P-MDS2" {
		t.Errorf("documents %+v", out[1].Documents)
	}
	if len(out[1].Files) != 3 || out[1].Files[0].Path != "mds2.json" || out[1].Files[1].Path != "mds2.csv" || out[1].Files[2].Path != "mds2.xlsx" {
		t.Errorf("files %+v", out[1].Files)
	}
	for _, f := range out[1].Files {
		if b, err := f.Bytes(); err != nil || len(b) == 0 {
			t.Errorf("%s: %d bytes, %v", f.Path, len(b), err)
		}
	}
	// Unanswered questions are warnings, each saying the form says "Not
	// stated" (one of its own, or one for the section's questions that
	// nothing hints at); they do not stop the form being built.
	unanswered := 0
	for _, d := range diags {
		if !strings.Contains(d.Message, " has no answer") && !strings.Contains(d.Message, " have no answer") {
			continue
		}
		if d.Severity != content.Warning || !strings.HasSuffix(d.Message, `; the form says "Not stated"`) {
			t.Errorf("unanswered question not a warning that the form says \"Not stated\": %s", d)
		}
		unanswered++
	}
	if unanswered == 0 {
		t.Error("a form with unanswered questions must warn of them")
	}
}

// TestPrepareBrokenCatalog: a repository's broken catalog is one
// diagnostic at its file and line, and no product gets a form.
func TestPrepareBrokenCatalog(t *testing.T) {
	w := newWorld()
	w.p.MDS2.Other = "None."
	env := w.env()
	env.Templates = render.Files{Shipped: templates.FS, OverrideName: "templates",
		Override: fstest.MapFS{CatalogFile: {Data: []byte("schema_version = 1\nform = \"x\"\n[[nonsense]]\n")}}}
	out, diags := Kind.Prepare(env, []kind.Product{{Product: w.p, Inventory: w.inv}})
	if len(out) != 1 || len(out[0].Documents) != 0 {
		t.Errorf("prepared %+v", out)
	}
	if len(diags) != 1 || diags[0].File != "templates/mds2/catalog.toml" || diags[0].Message[:len("MDS2 question catalog: ")] != "MDS2 question catalog: " {
		t.Errorf("diagnostics %v", diags)
	}
}

func TestCatalogDiagnostic(t *testing.T) {
	tests := []struct {
		err  error
		want content.Diagnostic
	}{
		{errors.New("templates/mds2/catalog.toml:12:5: unknown key\nsecond line"),
			content.Diagnostic{File: "templates/mds2/catalog.toml", Line: 12, Message: "MDS2 question catalog: unknown key\nsecond line"}},
		{errors.New("x.toml:3: bad"), content.Diagnostic{File: "x.toml", Line: 3, Message: "MDS2 question catalog: bad"}},
		{errors.New("mds2/catalog.toml: file does not exist"),
			content.Diagnostic{File: "templates/mds2/catalog.toml", Message: "MDS2 question catalog: mds2/catalog.toml: file does not exist"}},
	}
	for _, tt := range tests {
		if got := catalogDiagnostic(tt.err); got != tt.want {
			t.Errorf("catalogDiagnostic(%q) = %+v, want %+v", tt.err, got, tt.want)
		}
	}
}

func TestLoadCatalogMissing(t *testing.T) {
	env := newWorld().env()
	env.Templates = render.Files{Shipped: fstest.MapFS{}}
	if _, err := LoadCatalog(env); err == nil || err.Error()[:len(CatalogFile)] != CatalogFile {
		t.Errorf("LoadCatalog without a catalog: %v", err)
	}
}

// TestFormSaysWhichVersionItsAnswersDescribe: a form covering versions
// whose facts differ says which version its derived answers describe
// (Dosewise 2.2.1 publishes no SBOM, 2.3.0 does); one covering a single
// version says nothing of the kind.
func TestFormSaysWhichVersionItsAnswersDescribe(t *testing.T) {
	c := kindtest.LoadExample(t)
	const says = "the answers derived from the product data describe version `2.3.0`"
	for _, tc := range []struct {
		versions []string
		want     bool
	}{
		{nil, true}, // every version supported on the form's release: 2.2.1 and 2.3.0
		{[]string{"2.3.0"}, false},
	} {
		p, _ := kindtest.Product(t, c, "dosewise")
		p.MDS2.Versions = tc.versions
		env := kindtest.Env(c, p.Documents.MDS2.ReleaseDate)
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		md := kindtest.Render(t, env, p, prep.Documents[0])
		if got := strings.Contains(md, says); got != tc.want {
			t.Errorf("mds2.versions %v: the form says %q: %v, want %v", tc.versions, says, got, tc.want)
		}
	}
}

// TestCoversUnreleased: a form covering a version not generally available
// on its release date is warned when another version was released by then
// (the form should describe a released one); a premarket form, released
// before any version, is about the version in development by design.
func TestCoversUnreleased(t *testing.T) {
	on := content.NewDate(2026, 3, 2)
	for _, tc := range []struct {
		name     string
		versions []content.Version
		want     int
	}{
		{"premarket: nothing released", []content.Version{{Version: "1.0.0", GeneralAvailability: content.NewDate(2026, 10, 1)}}, 0},
		{"premarket: no date yet", []content.Version{{Version: "1.0.0"}}, 0},
		{"a released version beside it", []content.Version{{Version: "0.9.0", GeneralAvailability: content.NewDate(2025, 1, 1)}, {Version: "1.0.0", GeneralAvailability: content.NewDate(2026, 10, 1)}}, 1},
		{"covers the released one", []content.Version{{Version: "1.0.0", GeneralAvailability: content.NewDate(2026, 1, 1)}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{Versions: tc.versions}
			p.MDS2.Versions = []string{"1.0.0"}
			got := coversUnreleased(&kind.Env{AsOf: on}, kind.Product{Product: p}, on)
			if len(got) != tc.want {
				t.Errorf("got %v; want %d warnings", got, tc.want)
			}
		})
	}
}

// TestAppendixSaysWhoGaveEachAnswer: the "how reached" appendix lists
// answers the data or the form decided and answers the manufacturer
// typed (an N/A with its reason, as imported forms give: Dosewise's
// AUDT-2.9 "No emergency access"; its AUDT-2.7 N/A is now derived, from
// parts, for a product with no hardware of its own). It must not call them all untyped, and
// it marks the manufacturer's: a derived answer reads as derived, a
// reason as the manufacturer's.
func TestAppendixSaysWhoGaveEachAnswer(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, "dosewise")
	env := kindtest.Env(c, p.Documents.MDS2.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	md := kindtest.Render(t, env, p, prep.Documents[0])
	_, appendix, ok := strings.Cut(md, "## How derived and ruled-out answers were reached")
	if !ok {
		t.Fatal("no appendix")
	}
	kindtest.SaysAll(t, "the appendix", appendix,
		"| AUDT-2.9 | N/A | The manufacturer's answer, not applicable: No emergency access (EMRG-1) |",
		"| AUDT-2 | Yes | Derived from the product data: logging.events lists an event recorded in log audit: Sign-in and sign-out. |",
		"or is N/A for the reason it gives",
	)
	if strings.Contains(appendix, "not typed into the form") {
		t.Error("the appendix calls every answer it lists untyped, the manufacturer's reasons for N/A among them")
	}
}
