package vuln_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// cdxSubject is the product version a CycloneDX file is about.
type cdxSubject struct {
	Metadata struct {
		Authors []struct {
			Name string `json:"name"`
		} `json:"authors"`
		Component struct {
			Type     string `json:"type"`
			Supplier struct {
				Name string `json:"name"`
			} `json:"supplier"`
			Properties []struct{ Name, Value string } `json:"properties"`
		} `json:"component"`
	} `json:"metadata"`
}

// suppliedMark reports the mark of a type the data do not state
// (sbom.SupplyType) among props.
func suppliedMark(props []struct{ Name, Value string }) bool {
	for _, p := range props {
		if p.Name == sbom.PropertyTypeStated && p.Value == "false" {
			return true
		}
	}
	return false
}

func readSubject(t *testing.T, b []byte) cdxSubject {
	t.Helper()
	var s cdxSubject
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// fixtureSet loads testdata/<name>'s product id and its vulnerabilities
// as a build does.
func fixtureSet(t *testing.T, name, id string) (*content.Content, *content.Product, *vuln.Set) {
	t.Helper()
	dir := filepath.Join("..", "testdata", name)
	c, diags := content.Load(filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	var p *content.Product
	for _, q := range c.Products {
		if q.ID == id {
			p = q
		}
	}
	if p == nil {
		t.Fatalf("%s has no product %s", name, id)
	}
	asOf := c.Site.AsOf
	if asOf.IsZero() {
		asOf = content.NewDate(2026, 3, 2)
	}
	kp, _ := kind.NewProduct(c.Dir, p, asOf)
	set, _ := vuln.Load(c.Dir, p, kp.Inventory, asOf)
	return c, p, set
}

// TestVEXSupplierIsTheVersionsMaker: the VEX of a version another company
// made (versions.manufacturer) names that company as the version's
// supplier, as its SBOM and labeling do; the publisher, who writes the
// file, stays its author.
func TestVEXSupplierIsTheVersionsMaker(t *testing.T) {
	set, diags := loadSet(t, "", nil, nil)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	_, p := exampleProduct(t)
	p.Version("4.2.1").Manufacturer = "Former Maker Ltd"
	pub := vuln.Publisher{Name: "Site Maker Inc.", Tool: "jspgen test"}
	b, err := set.CycloneDX(p, "4.2.1", pub)
	if err != nil {
		t.Fatal(err)
	}
	s := readSubject(t, b)
	if got := s.Metadata.Component.Supplier.Name; got != "Former Maker Ltd" {
		t.Errorf("4.2.1's supplier %q, want its maker Former Maker Ltd", got)
	}
	if a := s.Metadata.Authors; len(a) != 1 || a[0].Name != pub.Name {
		t.Errorf("authors %+v, want the publisher %s", a, pub.Name)
	}
	p.Version("4.2.1").Manufacturer = ""
	b, _ = set.CycloneDX(p, "4.2.1", pub)
	if got := readSubject(t, b).Metadata.Component.Supplier.Name; got != pub.Name {
		t.Errorf("the site's own 4.2.1: supplier %q, want %s", got, pub.Name)
	}
}

// TestProductTypeOneRule: a version's CycloneDX type in its VEX is the
// type its SBOM subjects agree on, else an application (a SaMD kit on a
// tablet it supplies, a module whose software all runs on it, cabinets
// with servers: where it runs does not make it firmware), and the
// annotated copy of an SBOM whose subject states no type (an SPDX
// package without a purpose) types it the same.
func TestProductTypeOneRule(t *testing.T) {
	for _, c := range []struct {
		fixture, id string
		versions    []string
		want        string
	}{
		{"rpmkit", "cardiowatch", []string{"3.4", "4.0"}, "application"}, // SaMD kit: its app and service SBOMs, both applications
		{"oemmodule", "oxicore", []string{"4.2"}, "application"},         // a module whose software all runs on it, no type stated
		{"dispensing", "vesta", []string{"8.2", "9.0"}, "application"},   // cabinets with a server and a portal
	} {
		t.Run(c.fixture, func(t *testing.T) {
			_, p, set := fixtureSet(t, c.fixture, c.id)
			for _, v := range c.versions {
				b, err := set.CycloneDX(p, v, vuln.Publisher{Name: "M", Tool: "jspgen test"})
				if err != nil {
					t.Fatal(err)
				}
				if got := readSubject(t, b).Metadata.Component.Type; got != c.want {
					t.Errorf("%s VEX: type %q, want %q", v, got, c.want)
				}
			}
		})
	}
	// rpmkit's versions have two SBOMs, of the tablet app and of the
	// service: different subjects, which agree on the type.
	_, _, kit := fixtureSet(t, "rpmkit", "cardiowatch")
	for _, v := range []string{"3.4", "4.0"} {
		if got := kit.Version(v).Type; got != "application" {
			t.Errorf("rpmkit %s: the SBOM subjects' type %q, want the application both state", v, got)
		}
	}
	// oemmodule's 5.0 SBOM is SPDX whose described package states no
	// purpose: its annotated copy types it as the product, not a library.
	c, p, set := fixtureSet(t, "oemmodule", "oxicore")
	const file = "oxicore-5.0.spdx.json"
	data, err := os.ReadFile(filepath.Join(c.Dir, p.ID, file))
	if err != nil {
		t.Fatal(err)
	}
	typ := set.SubjectType(p, file)
	if typ != "" {
		t.Errorf("SubjectType(%s) = %q, want none: no SBOM of 5.0 states a type", file, typ)
	}
	b, err := sbom.AnnotateAs(file, data, typ, func(sbom.Component) sbom.Annotation { return sbom.Annotation{} })
	if err != nil {
		t.Fatal(err)
	}
	if got := readSubject(t, b).Metadata.Component; got.Type != "application" || !suppliedMark(got.Properties) {
		t.Errorf("annotated %s: subject %+v, want an application marked %s false, as its VEX marks it", file, got, sbom.PropertyTypeStated)
	}
	// A file no version lists: nothing states its type.
	if got := set.SubjectType(p, "other.spdx.json"); got != "" {
		t.Errorf("SubjectType of a file of no version = %q, want none", got)
	}
}
