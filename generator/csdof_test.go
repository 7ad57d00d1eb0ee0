package generator

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/csd"
	"github.com/jspgen/jspgen/generator/kind/mds2form"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleNamesTheCSDOfEachVersion: the lifecycle page's section 4
// sends the reader of each supported version to the CSD built about that
// version, and says that a CSD gives the support of a version's components
// only where one about that version is built. A CSD released before the
// current version (4.2.1) describes 4.1.0: the page said of 4.2.1 that
// "the customer security documentation gives the support of each",
// which that CSD does not.
func TestLifecycleNamesTheCSDOfEachVersion(t *testing.T) {
	docs, built := exampleDocs(t, nil)
	if built.CSDOf["4.2.1"] != "csd" || built.CSDOf["4.1.0"] != "4.1.0/csd" {
		t.Fatalf("Built.CSDOf = %v, want 4.2.1 → csd and 4.1.0 → 4.1.0/csd", built.CSDOf)
	}
	page := section(t, docs["lifecycle"], "## 4. ", "## 5. ")
	kindtest.SaysAll(t, "lifecycle.md 4", page,
		"The [customer security documentation](4.1.0/csd.html) of version `4.1.0` lists all 36 of its components with the support of each as stated.",
		"The software bill of materials lists all 36 components, and the [customer security documentation](csd.html) gives the support of each as stated.",
		"states its own assessment of the support of 12 of the 36 software components of version `4.2.1`; the [customer security documentation](csd.html) gives the support of every component as stated.")

	docs, built = exampleDocs(t, func(_ *content.Content, p *content.Product) {
		p.Documents.CSD.ReleaseDate = content.NewDate(2025, 5, 1) // before 4.2.1's general availability
	})
	if _, ok := built.CSDOf["4.2.1"]; ok || built.CSDOf["4.1.0"] != "csd" {
		t.Fatalf("CSD released before 4.2.1: Built.CSDOf = %v, want 4.1.0 → csd and nothing about 4.2.1", built.CSDOf)
	}
	page = section(t, docs["lifecycle"], "## 4. ", "## 5. ")
	v421 := page[strings.Index(page, "### Version 4.2.1"):strings.Index(page, "### Components assessed one by one")]
	assessed := page[strings.Index(page, "### Components assessed one by one"):]
	// The older supported version's own assessments follow, sent to its CSD.
	older := strings.Index(assessed, "of version `4.1.0`")
	if older < 0 {
		t.Fatalf("components assessed: no paragraph of version 4.1.0:\n%s", assessed)
	}
	kindtest.SaysAll(t, "lifecycle.md 4, components assessed", assessed[:older], "states its own assessment of the support of 12 of the 36 software components of version `4.2.1`.")
	kindtest.SaysNone(t, "lifecycle.md 4, components assessed of 4.2.1", assessed[:strings.LastIndex(assessed[:older], "\n\n")], "customer security documentation")
	kindtest.SaysAll(t, "lifecycle.md 4, components assessed", assessed, "of version `4.1.0`; the [customer security documentation](csd.html) gives the support of every component as stated.")
	kindtest.SaysAll(t, "lifecycle.md 4, version 4.2.1", v421, "The software bill of materials lists all 36 components.")
	kindtest.SaysNone(t, "lifecycle.md 4, version 4.2.1", v421, "customer security documentation")
	kindtest.SaysAll(t, "lifecycle.md 4", page, "The [customer security documentation](csd.html) of version `4.1.0` lists all 36 of its components")
}

// section is the text of md from the line starting with from up to the
// one starting with to.
func section(t *testing.T, md, from, to string) string {
	t.Helper()
	i := strings.Index(md, "\n"+from)
	j := strings.Index(md, "\n"+to)
	if i < 0 || j < i {
		t.Fatalf("no section %q … %q in:\n%s", from, to, md)
	}
	return md[i:j]
}

// TestMDS2SaysItAgreesOnlyWithACSDOfItsVersions: the MDS2 form says its
// derived answers agree with "the customer security documentation of the
// same versions" only where a CSD about a version the form covers is
// built: the example's forms of 4.2.1 and 4.1.0 each have theirs; given
// a build whose only CSD describes 4.1.0 (one released before 4.2.1),
// the form of 4.2.1 has none, and one with no CSD at all neither.
func TestMDS2SaysItAgreesOnlyWithACSDOfItsVersions(t *testing.T) {
	const agrees = "so those answers agree with the customer security documentation of the same versions"
	docs, built := exampleDocs(t, nil)
	kindtest.SaysAll(t, "mds2.md", docs["mds2"], agrees)
	kindtest.SaysAll(t, "4.1.0/mds2.md", docs["4.1.0/mds2"], agrees)

	c, diags := kindtest.Load(t, "../jspgen.toml", "../content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, kp.Documents.MDS2.ReleaseDate)
	prep, _ := kindtest.Prepare(t, mds2form.Kind, env, kp)
	var form kind.Document
	for _, d := range prep.Documents {
		if d.Path == "mds2" {
			form = d
		}
	}
	for _, csdOf := range []map[string]string{{"4.1.0": "csd"}, nil} {
		b := built
		b.CSDOf = csdOf
		md := kindtest.RenderBuilt(t, env, kp, form, b)
		kindtest.SaysAll(t, fmt.Sprintf("mds2.md with CSDs %v", csdOf), md, "the answer is taken from that data;")
		kindtest.SaysNone(t, fmt.Sprintf("mds2.md with CSDs %v", csdOf), md, agrees)
	}
}

// TestCSDVersionsAreTheCSDsBuilt: kind.CSDVersions, which other kinds ask
// whether a CSD about a version exists, names exactly the versions the
// csd kind builds a CSD about, for the example's products and every
// fixture, on the site's as-of date and on each product's CSD and MDS2
// release dates; and for the example with its CSD dated before 4.2.1's
// release, when 4.2.1 is supported on the build's date but was not on the
// CSD's.
func TestCSDVersionsAreTheCSDsBuilt(t *testing.T) {
	repos := [][2]string{{"../jspgen.toml", "../content"}}
	dirs, _ := filepath.Glob("testdata/*/jspgen.toml")
	for _, d := range dirs {
		repos = append(repos, [2]string{d, filepath.Join(filepath.Dir(d), "content")})
	}
	repos = append(repos, [2]string{"../jspgen.toml", "../content"}) // again, its CSD dated before 4.2.1's release
	checked := 0
	for i, r := range repos {
		c, _ := kindtest.Load(t, r[0], r[1])
		if i == len(repos)-1 {
			for _, p := range c.Products {
				if p.ID == kindtest.Example {
					p.Documents.CSD.ReleaseDate = content.NewDate(2025, 5, 1)
				}
			}
		}
		for _, p := range c.Products {
			kp, _ := kindtest.Product(t, c, p.ID)
			for _, on := range []content.Date{c.Site.AsOf, p.Documents.CSD.ReleaseDate, p.Documents.MDS2.ReleaseDate} {
				if on.IsZero() {
					continue
				}
				env := kindtest.Env(c, on)
				prep, _ := kindtest.Prepare(t, csd.Kind, env, kp)
				var built []string
				for _, d := range prep.Documents {
					built = append(built, d.About)
				}
				if got := kind.CSDVersions(env, kp); !slices.Equal(got, built) {
					t.Errorf("%s on %s: CSDVersions %q, the csd kind built CSDs about %q", p.ID, on, got, built)
				}
				checked++
			}
		}
	}
	if checked < 12 {
		t.Errorf("checked %d products and dates; the example and the fixtures have more", checked)
	}
}

// TestPlanSaysWhichVersionsItsComponentsLeaveOut: the plan's 5.3 lists
// the components of the version it describes (6.1) and said nothing of
// 6.0, also supported, whose ended CentOS 7 and OpenSSL 1.1.1w appear in
// no plan table (h93 found it). It now names the versions it leaves out
// and where their components are: the lifecycle page and their own CSDs.
func TestPlanSaysWhichVersionsItsComponentsLeaveOut(t *testing.T) {
	plan := buildFixture(t, "ctscanner")("kestrel-ct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md 5.3", section(t, plan, "### 5.3 ", "### 5.4 "),
		"Version `6.0`, also supported on 17 November 2025, is not covered by this section; the [lifecycle page](lifecycle.html) takes every supported version's components in turn; the customer security documentation of [version 6.0](6.0/csd.html) gives the support of each of its components.")
}
