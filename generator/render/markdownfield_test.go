package render

import (
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/markdown"
)

func TestMarkdownField(t *testing.T) {
	tests := []struct {
		name, base, in, want string
	}{
		{"empty", "", "", ""},
		{"blank", "", " \n\n ", ""},
		{"emphasis and links stay Markdown", "", "Use **only** [the guide](https://example.com/g).", "Use **only** [the guide](https://example.com/g)."},
		{"ATX heading becomes a bold paragraph", "", "## Steps\nStop the pump.", "**Steps**\n\nStop the pump."},
		{"ATX heading with closing hashes", "", "# Steps #\n\nText", "**Steps**\n\nText"},
		{"setext heading", "", "Steps\n-----\nText", "**Steps**\n\nText"},
		{"setext heading, two lines", "", "Two\nlines\n===\n\nText", "**Two\nlines**\n\nText"},
		{"heading last", "", "Text\n\n### End", "Text\n\n**End**"},
		{"heading in a list item", "", "- # Item\n- b", "- **Item**\n- b"},
		{"empty heading dropped", "", "Text\n\n#\n\nMore", "Text\n\n\n\nMore"},
		{"a list is not a heading", "", "- a\n- b", "- a\n- b"},
		{"raw inline HTML shows", "", "Press <kbd>Stop</kbd> now", `Press \<kbd>Stop\</kbd> now`},
		{"HTML block shows", "", "<div>\nhello\n</div>", "\\<div>\nhello\n\\</div>"},
		{"HTML comment shows", "", "a <!-- b --> c", `a \<!-- b --> c`},
		{"escaped < untouched", "", `a \<b> c`, `a \<b> c`},
		{"relative link prefixed", "../", "See [guide](docs/guide.pdf).", "See [guide](../docs/guide.pdf)."},
		{"relative image prefixed", "../", "![net](net.png \"Network\")", "![net](../net.png \"Network\")"},
		{"angle destination prefixed", "../", "[g](<my guide.pdf>)", "[g](<../my guide.pdf>)"},
		{"reference definition prefixed", "../", "[g][1]\n\n[1]: guide.pdf", "[g][1]\n\n[1]: ../guide.pdf"},
		{"no base, no change", "", "[g](guide.pdf)", "[g](guide.pdf)"},
		{"absolute URL not prefixed", "../", "[g](https://example.com/g) <https://example.com> mailto:psirt@example.com", "[g](https://example.com/g) <https://example.com> mailto:psirt@example.com"},
		{"fragment not prefixed", "../", "[top](#scope)", "[top](#scope)"},
		{"CRLF and surrounding space", "", "  a\r\nb  ", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MarkdownField(tt.base, tt.in); got != tt.want {
				t.Errorf("MarkdownField(%q, %q)\n got: %q\nwant: %q", tt.base, tt.in, got, tt.want)
			}
			assertNoOutlineOrHTML(t, MarkdownField(tt.base, tt.in))
		})
	}
}

func TestMarkdownFieldHeadingInQuote(t *testing.T) {
	if got, want := MarkdownField("", "> # A\n> text"), "> **A**\\\n> text"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}

// assertNoOutlineOrHTML checks what the function promises whatever the
// input: its output parses to no heading and no raw HTML.
func assertNoOutlineOrHTML(t *testing.T, out string) {
	t.Helper()
	doc := markdown.Parse([]byte(out))
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.Heading, *ast.RawHTML, *ast.HTMLBlock:
			if entering {
				t.Errorf("output %q still has a %s", out, n.Kind())
			}
		}
		return ast.WalkContinue, nil
	})
}

func FuzzMarkdownField(f *testing.F) {
	for _, s := range []string{"# a", "a\n===", "<b>x</b>", "- # x\n  ---", "> ## q\n> x", "<!-- c -->", "[a](b.png)", "#\n\n##"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { assertNoOutlineOrHTML(t, MarkdownField("../", s)) })
}
