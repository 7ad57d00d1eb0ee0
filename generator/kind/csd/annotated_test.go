package csd

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestAnnotatedCopyOnlyWhereSupportIsStated: an SBOM gets an annotated
// copy only when one of its components has a support fact; the origin
// alone is none, and a fact of a component of another SBOM does not
// count.
func TestAnnotatedCopyOnlyWhereSupportIsStated(t *testing.T) {
	s := inventory.SBOMFile{Path: "a.cdx.json"}
	copyPath := s.AnnotatedPath()
	in := func(files ...string) inventory.Component { return inventory.Component{SBOMFiles: files} }
	with := func(c inventory.Component, edit func(*inventory.Component)) inventory.Component { edit(&c); return c }
	for _, tc := range []struct {
		name string
		list []inventory.Component
		want string
	}{
		{"no component states its support", []inventory.Component{in("a.cdx.json"), in("a.cdx.json")}, ""},
		{"an origin alone", []inventory.Component{with(in("a.cdx.json"), func(c *inventory.Component) { c.Origin = inventory.Origin{Kind: inventory.OriginSiteRule, Rule: "r"} })}, ""},
		{"a level", []inventory.Component{in("a.cdx.json"), with(in("a.cdx.json"), func(c *inventory.Component) { c.Support = "maintained" })}, copyPath},
		{"an end of support", []inventory.Component{with(in("a.cdx.json"), func(c *inventory.Component) { c.EndOfSupport, _ = content.ParseDate("2030-01-01") })}, copyPath},
		{"a justification", []inventory.Component{with(in("a.cdx.json"), func(c *inventory.Component) { c.Justification = "Not published." })}, copyPath},
		{"a published policy", []inventory.Component{with(in("a.cdx.json"), func(c *inventory.Component) { c.SupportSource = "https://example.com/policy" })}, copyPath},
		{"only a component of another SBOM", []inventory.Component{in("a.cdx.json"), with(in("b.cdx.json"), func(c *inventory.Component) { c.Support = "maintained" })}, ""},
		{"a component of both", []inventory.Component{with(in("b.cdx.json", "a.cdx.json"), func(c *inventory.Component) { c.Support = "maintained" })}, copyPath},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kind.AnnotatedCopy(&inventory.Inventory{List: tc.list, SBOMs: []inventory.SBOMFile{s}}, s); got != tc.want {
				t.Errorf("AnnotatedCopy = %q, want %q", got, tc.want)
			}
		})
	}
	if got := kind.AnnotatedCopy(nil, s); got != "" {
		t.Errorf("AnnotatedCopy of no inventory = %q", got)
	}
}

// fixtureCSD prepares and renders the CSD of product id of fixture
// testdata/<fixture> after edit of its kind.Product, and returns the
// Markdown and the paths of the files the kind publishes.
func fixtureCSD(t *testing.T, fixture, id string, edit func(p *kind.Product)) (string, []string) {
	t.Helper()
	c, _ := kindtest.Load(t, "../../testdata/"+fixture+"/jspgen.toml", "../../testdata/"+fixture+"/content")
	p, _ := kindtest.Product(t, c, id)
	edit(&p)
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	var files []string
	for _, f := range prep.Files {
		files = append(files, f.Path)
	}
	return kindtest.Render(t, env, p, prep.Documents[0]), files
}

// TestCSDAnnotatedCopyFollowsSupportFacts: the CSD publishes and names
// an annotated SBOM copy only for an SBOM one of whose components has a
// support fact, and says of another that no copy is published. Where
// every SBOM has one, the paragraph is as before ("Beside each").
func TestCSDAnnotatedCopyFollowsSupportFacts(t *testing.T) {
	const lead = "a copy in CycloneDX JSON adds every component's support as"
	t.Run("no component states its support (healthit)", func(t *testing.T) {
		md, files := fixtureCSD(t, "healthit", "resultroute", func(*kind.Product) {})
		if slices.ContainsFunc(files, func(f string) bool { return strings.Contains(f, ".annotated") }) {
			t.Errorf("an annotated copy is published: %q", files)
		}
		kindtest.SaysAll(t, "the CSD", md, "No component of `resultroute-6.0.cdx.json` has its support stated, so no copy of it with support properties is published.")
		kindtest.SaysNone(t, "the CSD", md, ".annotated", lead, "jspgen:support")
	})
	var sboms []string
	strip := func(p *kind.Product) {
		for _, s := range p.Inventory.SBOMs {
			sboms = append(sboms, s.Path)
		}
		// Every component of the second SBOM loses its support facts.
		for i, c := range p.Inventory.List {
			if slices.Contains(c.SBOMFiles, sboms[1]) {
				p.Inventory.List[i].Support, p.Inventory.List[i].EndOfSupport, p.Inventory.List[i].Justification = "", content.Date{}, ""
				p.Inventory.List[i].SupportSource, p.Inventory.List[i].ExtendedUntil, p.Inventory.List[i].Origin = "", content.Date{}, inventory.Origin{}
			}
		}
	}
	t.Run("one SBOM of three without (implant)", func(t *testing.T) {
		md, files := fixtureCSD(t, "implant", "cardiorhythm", strip)
		if len(sboms) != 3 {
			t.Fatalf("the implant fixture's current version has %d SBOM files, want 3: %q", len(sboms), sboms)
		}
		bare, other := sboms[1], []string{sboms[0], sboms[2]}
		annotated := func(s string) string { return strings.TrimSuffix(s, ".json") + ".annotated.json" }
		if slices.Contains(files, annotated(bare)) {
			t.Errorf("%s is published", annotated(bare))
		}
		for _, s := range other {
			if !slices.Contains(files, annotated(s)) {
				t.Errorf("%s is not published: %q", annotated(s), files)
			}
		}
		kindtest.SaysAll(t, "the CSD", md, "Beside `"+other[0]+"` and `"+other[1]+"`, "+lead,
			"["+annotated(other[0])+"]("+annotated(other[0])+"), ["+annotated(other[1])+"]("+annotated(other[1])+").",
			" No component of `"+bare+"` has its support stated, so no copy of it with support properties is published.")
		kindtest.SaysNone(t, "the CSD", md, "Beside each", annotated(bare))
	})
	t.Run("every SBOM states some (implant)", func(t *testing.T) {
		md, files := fixtureCSD(t, "implant", "cardiorhythm", func(*kind.Product) {})
		if n := len(slices.DeleteFunc(files, func(f string) bool { return !strings.Contains(f, ".annotated.json") })); n < 3 {
			t.Errorf("%d annotated copies published, want one per SBOM", n)
		}
		kindtest.SaysAll(t, "the CSD", md, "Beside each, "+lead)
		kindtest.SaysNone(t, "the CSD", md, "has its support stated, so no copy")
	})
}
