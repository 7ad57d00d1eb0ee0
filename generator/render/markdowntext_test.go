package render

import (
	"strconv"
	"testing"
)

func TestMarkdownFieldText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain text as written", "Readings are kept.\n  Second line\twith a tab; =SUM(A1)", "Readings are kept.\n  Second line\twith a tab; =SUM(A1)"},
		{"no markup that renders: as written", "FORTIFY_SOURCE, 4.2.1, <b>x</b>", "FORTIFY_SOURCE, 4.2.1, <b>x</b>"},
		{"markup dropped", "Firmware is **fixed** and *signed*; `sha256` checked.", "Firmware is fixed and signed; sha256 checked."},
		{"escapes resolved", `Call \*\*ASAP** now.`, "Call **ASAP** now."},
		{"link keeps its address", "See [the guide](https://example.com/g) or <https://example.com>.", "See the guide (https://example.com/g) or https://example.com."},
		{"heading, list and paragraphs", "## Why\n\n1. one\n2. *two*\n\nEnd.", "Why\n\n1. one\n2. two\n\nEnd."},
		{"bullets", "- a\n- **b**", "- a\n- b"},
		{"line breaks kept", "*one*\ntwo", "one\ntwo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MarkdownFieldText(tt.in); got != tt.want {
				t.Errorf("MarkdownFieldText(%q)\n got: %q\nwant: %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestMarkdownFieldTextRemembered asks twice for each value: the second
// answer, from the memo, must be the first, and the memo stays bounded.
func TestMarkdownFieldTextRemembered(t *testing.T) {
	for _, v := range []string{"plain", "**bold** and [a link](https://example.com)", "- one\n- two", ""} {
		want := markdownFieldText(v)
		for i := range 2 {
			if got := MarkdownFieldText(v); got != want {
				t.Errorf("call %d: MarkdownFieldText(%q) = %q, want %q", i+1, v, got, want)
			}
		}
	}
	m := textMemo{max: 3}
	for i := range 10 {
		m.put(strconv.Itoa(i), "x")
		if len(m.m) > 3 {
			t.Fatalf("memo holds %d answers, at most 3", len(m.m))
		}
	}
	if v, ok := m.get("9"); !ok || v != "x" {
		t.Errorf("last answer put not found: %q %v", v, ok)
	}
}
