package content

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// TestDescriptionMarkdown: what in the description would be lost or broken
// on the generated pages is an error at the description's line; what the
// pages show as written is accepted.
func TestDescriptionMarkdown(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"p/diagrams/d.png", "p/notes.pdf", "p/.hidden.png", "q/other.png"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const at = "p.toml:4: description: "
	for _, tc := range []struct {
		name, description string
		want              string // the diagnostic; "" means: none at description
	}{
		{"image in the asset folder", "![Network](diagrams/d.png)", ""},
		{"links to files of the folder", "[notes](notes.pdf), [page 2](notes.pdf#page=2), [d](./diagrams/d.png), [q](diagrams/d.png?v=2)", ""},
		{"links to other sites", "[site](https://m.example/), <https://m.example/a>, [mail](mailto:psirt@m.example), https://m.example/b", ""},
		{"anchor to its own heading", "## Safety notes\n\nSee [below](#safety-notes).", ""},
		{"anchor to a repeated heading", "## A\n\n## A\n\n[second](#a-1)", ""},
		{"an HTML comment", "Text <!-- for editors --> more.\n\n<!-- a block comment -->", ""},
		{"headings the pages do not use", "## Overview\n\nMain content is here.", ""},
		{"plain text", "A pump [not a link] with <3 and a # sign.", ""},

		{"missing image", "![x](diagrams/nope.png)", at + `image "diagrams/nope.png" names no file: content/p/diagrams/nope.png does not exist`},
		{"missing linked file", "See [the manual](manual.pdf).", at + `link "manual.pdf" names no file: content/p/manual.pdf does not exist`},
		{"a folder", "[d](diagrams/)", at + `link "diagrams/" names the folder content/p/diagrams, not a file`},
		{"another product's folder", "![o](../q/other.png)", at + `image "../q/other.png" leaves content/p/; name a file inside it`},
		{"a hidden file", "![h](.hidden.png)", at + `image ".hidden.png" names content/p/.hidden.png, which is not published`},
		{"from the server root", "![r](/diagrams/d.png)", at + `image "/diagrams/d.png" starts at the root of the web server; write the path relative to content/p/`},
		{"anchor to no heading", "See [below](#nowhere).", at + `link "#nowhere" points to no heading of this text; an in-page link here can only reach one of the text's own headings (it has none)`},
		{"anchor to the layout", "## Scope\n\n[skip](#main-content)", at + `link "#main-content" points to no heading of this text; an in-page link here can only reach one of the text's own headings (IDs scope)`},
		{"heading taking the layout's ID", "## Main content", at + `heading "Main content" would have the ID "main-content", which the page layout (the target of its skip link) already uses; give the heading other words`},
		{"heading taking the product page's ID", "Documents\n---------", at + `heading "Documents" would have the ID "documents", which the product page (its Documents section) already uses`},
		{"heading taking the index's ID", "### Product P", at + `heading "Product P" would have the ID "product-p", which the index page (the p section) already uses`},
		{"HTML block", "<div class=\"note\">\nRead this.\n</div>", at + `raw HTML "<div class=\"note\">" is not shown: pages leave HTML in Markdown text out, and this block's text with it`},
		{"inline HTML", "A <b>bold</b> claim.", at + `raw HTML "<b>", "</b>" is not shown: pages leave HTML in Markdown text out`},
		{"javascript link", "[x](javascript:alert(1))", at + `link "javascript:alert(1)" is not published: the HTML output empties javascript: links`},
		{"remote image", "![logo](https://cdn.example.com/logo.png)", at + `image "https://cdn.example.com/logo.png" loads from another host`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 1\nid = \"p\"\nname = \"P\"\ndescription = " + strconv.Quote(tc.description) + "\n"
			var got []string
			for _, d := range decodeProductIn(dir, src) {
				if d.Path == "description" {
					got = append(got, strings.ReplaceAll(d.String(), filepath.ToSlash(dir)+"/", "content/"))
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Fatalf("valid description rejected:\n%s", strings.Join(got, "\n"))
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
				t.Fatalf("got\n%s\nwant one diagnostic starting\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// decodeProductIn is decodeProduct with the content folder dir, which
// holds the product's asset folder.
func decodeProductIn(dir, src string) Diagnostics {
	p := &Product{}
	_, diags, ok := DecodeTOML("p.toml", []byte(src), p)
	if ok {
		p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
		c := &Content{Products: []*Product{p}, Dir: dir}
		diags = append(diags, c.validate()...)
	}
	diags.Sort()
	return diags
}

// TestPageIDsListed keeps the IDs the description check knows in step with
// the page templates that show the description, and with the IDs the
// Markdown package keeps headings off.
func TestPageIDsListed(t *testing.T) {
	place := (&productValidator{p: &Product{ID: "p"}}).descriptionPlace()
	idAttr := regexp.MustCompile(`id="([^"]*)"`)
	for _, name := range []string{"layout.html", "product.html", "index.html"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "templates", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range idAttr.FindAllStringSubmatch(string(src), -1) {
			id := strings.ReplaceAll(m[1], "{{ .ID }}", "p")
			if _, ok := place.pageIDs[id]; !ok {
				t.Errorf("templates/%s writes id=%q, which the description check does not know", name, m[1])
			}
		}
	}
	for id := range markdown.LayoutIDs {
		if _, ok := layoutIDs[id]; !ok {
			t.Errorf("markdown.LayoutIDs has %q, layoutIDs not", id)
		}
	}
}
