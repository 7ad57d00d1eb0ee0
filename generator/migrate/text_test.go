package migrate

import (
	"testing"

	"github.com/jspgen/jspgen/generator/render"
)

func TestText(t *testing.T) {
	tests := []struct{ name, v1, v2 string }{
		{"plain prose unchanged", "The pump encrypts data at rest.", "The pump encrypts data at rest."},
		{"version numbers and intraword underscores unchanged", "Since 4.2.1, FORTIFY_SOURCE and -20 °C.", "Since 4.2.1, FORTIFY_SOURCE and -20 °C."},
		{"bold markers escaped", "Call **ASAP**.", `Call \*\*ASAP**.`},
		{"emphasis escaped", "an *important* step", `an \*important* step`},
		{"link syntax escaped", "see [guide](x.pdf)", `see \[guide](x.pdf)`},
		{"HTML needs nothing: v2 shows it as text", "press <b>Stop</b>", "press <b>Stop</b>"},
		{"entity escaped", "AT&amp;T", `AT\&amp;T`},
		{"list marker escaped", "- not a list", `\- not a list`},
		{"ordered marker escaped", "1. not a list", `1\. not a list`},
		{"heading marker escaped", "# not a heading", `\# not a heading`},
		{"bare URL unchanged", "See https://example.com/cvd.", "See https://example.com/cvd."},
		{"code indentation removed", "Intro\n\n    not code", "Intro\n\nnot code"},
		{"hard break removed", "one  \ntwo", "one\ntwo"},
		{"URL with trailing parenthesis", "(see https://example.com/a_b)", "(see https://example.com/a_b)"},
		{"multi-paragraph", "First *a*.\n\nSecond _b_.", "First \\*a*.\n\nSecond \\_b_."},
		{"backslash at line end escaped", "one\\\ntwo", "one\\\\\ntwo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Text(tt.v1)
			if !ok || got != tt.v2 {
				t.Errorf("Text(%q) = %q, %v; want %q", tt.v1, got, ok, tt.v2)
			}
		})
	}
}

// FuzzText: whatever the v1 text, the v2 text renders as v1 did.
func FuzzText(f *testing.F) {
	for _, s := range []string{"**a**", "- x\n1. y", "<b>", "a_b_c", "x  \ny", "    code", "https://e.com/a_(b)", "\\", "[a]: b\n\n[a]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v1 string) {
		v2, ok := Text(v1)
		if !ok {
			return // escaped whole, which EscapeText makes render as v1 by definition
		}
		if rendered(render.MarkdownField("", v2)) != rendered(render.EscapeText(v1)) {
			t.Errorf("Text(%q) = %q renders differently", v1, v2)
		}
	})
}
