package render

import "testing"

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
