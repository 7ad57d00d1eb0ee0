// Package kindtest loads product repositories and prepares and renders
// documents for the document kinds' tests, the way the build does, and
// checks what a document says (SaysAll, SaysNone) for the tests of any
// package that it does not itself import.
package kindtest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/version"
	"github.com/jspgen/jspgen/templates"
)

// Repo is the repository root, relative to a kind package's folder
// (generator/kind/<name>).
const Repo = "../../.."

// Example is the repository's example product.
const Example = "halcyon-lvp7"

// Env is a build environment over c with the shipped templates, speaking
// as of asOf.
func Env(c *content.Content, asOf content.Date) *kind.Env {
	return &kind.Env{Content: c, AsOf: asOf, Templates: render.Files{Shipped: templates.FS}, Version: version.Version}
}

// Load loads a site file and content folder and returns the content with
// every diagnostic; it fails the test only when nothing loaded.
func Load(t testing.TB, siteFile, contentDir string) (*content.Content, content.Diagnostics) {
	t.Helper()
	c, diags := content.Load(siteFile, contentDir)
	if c == nil {
		t.Fatalf("loading %s: %v", contentDir, diags)
	}
	return c, diags
}

// LoadExample loads the repository's example content, which must be clean.
func LoadExample(t testing.TB) *content.Content {
	t.Helper()
	c, diags := Load(t, Repo+"/jspgen.toml", Repo+"/content")
	if err := diags.Err(); err != nil {
		t.Fatalf("loading the example: %v", err)
	}
	return c
}

// Product is product id of c with its inventory, and the inventory's
// diagnostics.
func Product(t testing.TB, c *content.Content, id string) (kind.Product, content.Diagnostics) {
	t.Helper()
	for _, p := range c.Products {
		if p.ID == id {
			// The date the build speaks as of: the site's as_of, else the
			// newest release date of the product documents.
			asOf := c.Site.AsOf
			if asOf.IsZero() {
				for _, d := range []content.DocumentControl{p.Documents.SecurityPlan, p.Documents.CSD, p.Documents.MDS2} {
					if d.ReleaseDate.After(asOf) {
						asOf = d.ReleaseDate
					}
				}
			}
			kp, diags := kind.NewProduct(c.Dir, p, asOf)
			vs, dv := vuln.Load(c.Dir, p, kp.Inventory, content.Date{})
			kp.Vulnerabilities = vs
			return kp, append(diags, dv...)
		}
	}
	t.Fatalf("no product %s in %s", id, c.Dir)
	return kind.Product{}, nil
}

// Prepare prepares one product with kind k.
func Prepare(t testing.TB, k kind.Kind, env *kind.Env, p kind.Product) (kind.Prepared, content.Diagnostics) {
	t.Helper()
	out, diags := k.Prepare(env, []kind.Product{p})
	if len(out) != 1 {
		t.Fatalf("%s: Prepare returned %d results for one product", k.Slug(), len(out))
	}
	return out[0], diags
}

// Built is what the build publishes for p (kind.BuiltOf over every
// shipped kind), read from the product data the way the kinds decide:
// the plan and the CSD always, the MDS2 form when [mds2] gives input, the
// lifecycle page, the risk report and the eSTAR cross-reference when they
// have document control, notices when some are listed, the SBOM when the
// inventory has SBOM files. The kinds' tests
// cannot prepare every kind (import cycle); generator's tests check that
// this agrees with kind.BuiltOf for the example.
func Built(p kind.Product) kind.Built {
	b := kind.Built{
		SecurityPlan: p.Builds("security_plan"), CSD: p.Builds("csd"),
		MDS2:       p.Builds("mds2"),
		Lifecycle:  p.Builds("lifecycle") && p.Documents.Lifecycle.ID != "",
		Notices:    p.Builds("notices") && len(p.Notices) > 0,
		RiskReport: p.Builds("risk_report") && p.Documents.RiskReport.ID != "",
		ESTAR:      p.Builds("estar") && p.Documents.ESTAR.ID != "",
		SBOM:       p.Inventory != nil && len(p.Inventory.SBOMs) > 0,
		VEX:        p.Vulnerabilities != nil && len(p.Vulnerabilities.List) > 0,
	}
	// The form at mds2.* covers the versions [mds2] names, else the
	// current one; a form of another version of its own (documents.versions)
	// is the MDS2 kind's to add, which this package cannot prepare.
	if b.MDS2 {
		b.MDS2Of = map[string]string{}
		for _, v := range p.MDS2.Versions {
			b.MDS2Of[v] = "mds2"
		}
		if len(p.MDS2.Versions) == 0 && p.VersionOf != "" {
			b.MDS2Of[p.VersionOf] = "mds2"
		}
	}
	// The risk report draws the data flows of the version current on its
	// release date (the build's date when it has none: p's).
	if b.RiskReport {
		q := p
		if d := p.Documents.RiskReport.ReleaseDate; !d.IsZero() {
			q = p.On(d)
		}
		if len(q.DataFlows) > 0 {
			b.DataFlow, b.DataFlowOf, b.DataFlowFrom = "views/data-flows.svg", q.VersionOf, "risk-report"
		}
	}
	// Without it, the plan's global system view of the version current
	// on the plan's release date.
	if b.DataFlow == "" && b.SecurityPlan {
		q := p
		if d := p.Documents.SecurityPlan.ReleaseDate; !d.IsZero() {
			q = p.On(d)
		}
		// As diagram.DrawsView(q.Product, "global_system"), which this
		// package cannot import (diagram's tests import it): every flow,
		// unless an entry of that kind gives an image or no diagram.
		handDrawn := slices.ContainsFunc(q.Architecture, func(v content.View) bool { return v.Kind == "global_system" && !v.Generated() })
		if len(q.DataFlows) > 0 && !handDrawn {
			b.DataFlow, b.DataFlowOf, b.DataFlowFrom = "views/global-system.svg", q.VersionOf, "security-plan"
		}
	}
	return b
}

// Render renders one document's Markdown as the build does, with what
// Built says the build publishes.
func Render(t testing.TB, env *kind.Env, p kind.Product, doc kind.Document) string {
	t.Helper()
	return RenderBuilt(t, env, p, doc, Built(p))
}

// RenderBuilt is Render with the published documents given.
func RenderBuilt(t testing.TB, env *kind.Env, p kind.Product, doc kind.Document, built kind.Built) string {
	t.Helper()
	facts := p.Product
	if doc.Product != nil {
		facts = doc.Product // the version the document speaks about, as the build renders it
	}
	md, err := render.Markdown(env.Templates, doc.Template, kind.DocumentData{Site: env.Content.Site, Product: facts,
		Doc: doc.Control, Title: doc.Title, AsOf: kind.Released(doc.Control, env.AsOf), Version: env.Version, Built: built, Data: doc.Data, AssetBase: kind.AssetBase(doc.Path)})
	if err != nil {
		t.Fatal(err)
	}
	return string(md)
}

// File returns the prepared file at path, failing the test when absent.
func File(t testing.TB, prep kind.Prepared, path string) []byte {
	t.Helper()
	for _, f := range prep.Files {
		if f.Path == path {
			b, err := f.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no file %s among %d prepared files", path, len(prep.Files))
	return nil
}

// CopyRepo copies a site file and a content folder into a temporary
// repository, applies edit to the text of content/<file>, and returns the
// new site file and content folder. An edit that changes nothing fails
// the test, so that a fixture cannot silently stop matching.
func CopyRepo(t testing.TB, siteFile, contentDir, file string, edit func(string) string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	newSite := filepath.Join(dir, "jspgen.toml")
	newContent := filepath.Join(dir, "content")
	src, err := os.ReadFile(siteFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(newSite, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(newContent, os.DirFS(contentDir)); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		path := filepath.Join(newContent, file)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		edited := edit(string(b))
		if edited == string(b) {
			t.Fatalf("the edit of %s changed nothing", file)
		}
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return newSite, newContent
}

// Replace returns an edit replacing old with new once; CopyRepo fails the
// test when old is absent.
func Replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}
