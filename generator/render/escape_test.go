package render

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jspgen/jspgen/generator/markdown"
)

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"# not a heading", `\# not a heading`},
		{"> not a quote", `\> not a quote`},
		{"    not code", "not code"},
		{"1) not a list\n2. nor this", "1\\) not a list\n2\\. nor this"},
		{"+ no\n===", "\\+ no\n\\==="},
		{"4.2.1 is current", "4.2.1 is current"},
		{"-20 °C to +50 °C", "-20 °C to +50 °C"},
		{"-\n+", "\\-\n\\+"},
		{"a | b", `a \| b`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"&amp; stays literal", `\&amp; stays literal`},
		{"~~not struck~~", `\~\~not struck\~\~`},
		{"para one\n\n\n  para two", "para one\n\npara two"},
		{"mail https://a.example/x_y?q=1, then", "mail <https://a.example/x_y?q=1>, then"},
		{"![img](x.png)", `\!\[img\](x.png)`},
	}
	for _, tc := range tests {
		if got := EscapeText(tc.in); got != tc.want {
			t.Errorf("EscapeText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// maxFuzzText bounds the escaping fuzzers' inputs: every escape is decided
// by a few characters around it, and the fuzzer minimises each new input
// it finds (execs it does not count) for up to a minute: long ones made a
// minute of fuzzing count under 2,000 executions.
const maxFuzzText = 256

// FuzzEscapeCell checks that any text, escaped for a table cell, reads back
// in the HTML as exactly that text (whitespace collapsed), with no markup
// but autolinks.
func FuzzEscapeCell(f *testing.F) {
	for _, s := range []string{"a|b", "*x*", "`c`", "<b>", "https://x.example/a_b", "1. x", "# h", "&copy;", "\\", "[a](b)", "~~s~~", "a\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzText || !utf8.ValidString(s) || strings.ContainsRune(s, 0) || strings.ContainsRune(s, '\uFFFD') {
			return
		}
		want := strings.Join(strings.FieldsFunc(s, isBreakingSpace), " ")
		if strings.TrimSpace(want) == "" {
			return
		}
		src := []byte("| h |\n| --- |\n| " + EscapeCell(s) + " |\n")
		var out bytes.Buffer
		if err := markdown.New().Convert(src, &out); err != nil {
			t.Fatal(err)
		}
		m := cellPattern.FindSubmatch(out.Bytes())
		if m == nil {
			t.Fatalf("no table row for %q (escaped %q): %s", s, EscapeCell(s), out.Bytes())
		}
		cell := autolinkPattern.ReplaceAllString(string(m[1]), "$2")
		if strings.Contains(cell, "<") {
			t.Fatalf("markup in cell\n  in: %q\n esc: %q\nhtml: %s", want, EscapeCell(s), m[1])
		}
		if got := strings.Join(strings.FieldsFunc(html.UnescapeString(cell), isBreakingSpace), " "); strings.TrimSpace(got) != strings.TrimSpace(want) {
			t.Fatalf("cell text changed\n  in: %q\n esc: %q\n got: %q", want, EscapeCell(s), got)
		}
	})
}

var (
	cellPattern     = regexp.MustCompile(`(?s)<tbody>\s*<tr>\s*<td>(.*?)</td>`)
	autolinkPattern = regexp.MustCompile(`<a href="([^"]*)">([^<]*)</a>`)
)

// FuzzEscapeText checks that any text escaped for prose renders as
// paragraphs of exactly that text: no headings, lists, code, emphasis or
// raw HTML can come out of data.
func FuzzEscapeText(f *testing.F) {
	for _, s := range []string{"# h", "- a\n+ b\n1. c", "===", "a\n\n    code", "> q", "<script>x</script>", "4.2.1", "***", "```\nx\n```", "[x]: /y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzText || !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\uFFFD\r\f\v") {
			return
		}
		var out bytes.Buffer
		if err := markdown.New().Convert([]byte(EscapeText(s)), &out); err != nil {
			t.Fatal(err)
		}
		rest := autolinkPattern.ReplaceAllString(out.String(), "$2")
		rest = strings.NewReplacer("<p>", "", "</p>", "").Replace(rest)
		if strings.Contains(rest, "<") {
			t.Fatalf("markup from data\n  in: %q\n esc: %q\nhtml: %s", s, EscapeText(s), out.String())
		}
		want := strings.Join(strings.Fields(s), " ")
		if got := strings.Join(strings.Fields(html.UnescapeString(rest)), " "); got != want {
			t.Fatalf("text changed\n  in: %q\n esc: %q\n got: %q", want, EscapeText(s), got)
		}
	})
}
