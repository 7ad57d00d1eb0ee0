package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// A notice is one folder below the product's (notices/<id>): its Markdown
// fields are Markdown with relative links taken up to the product folder,
// headings kept out of the outline; its other text fields stay escaped.
func TestNoticeMarkdownFields(t *testing.T) {
	c, _ := kindtest.Load(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	p, _ := kindtest.Product(t, c, kindtest.Example)
	if len(p.Notices) == 0 {
		t.Fatal("the example has no notice")
	}
	n := &p.Notices[0]
	n.Summary = "## Why\nSupport **ends**; see [the migration guide](docs/migrate.pdf) or <https://example.com/eos>."
	n.Maintenance = "Advisories <b>continue</b>."
	n.OperatingSystems = []string{"Linux **4.19**"} // not a Markdown field
	env := kindtest.Env(c, exampleAsOf)
	prep, diags := kindtest.Prepare(t, Kind, env, p)
	for _, d := range diags {
		if d.Severity == content.Error {
			t.Fatalf("unexpected: %s", d)
		}
	}
	var md string
	for _, doc := range prep.Documents {
		if doc.Path == "notices/"+n.ID {
			md = kindtest.Render(t, env, p, doc)
		}
	}
	if md == "" {
		t.Fatalf("no document notices/%s", n.ID)
	}
	kindtest.SaysAll(t, "notice", md,
		"**Why**\n\nSupport **ends**; see [the migration guide](../docs/migrate.pdf) or <https://example.com/eos>.",
		`Advisories \<b>continue\</b>.`,
		`Linux \*\*4.19\*\*`,
	)
	if strings.Contains(md, "## Why") {
		t.Error("a heading of a Markdown field entered the document outline")
	}
}
