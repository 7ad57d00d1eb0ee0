package content

import (
	"strings"
	"testing"
)

// TestCheckBounds: a file of exactly MaxFile bytes is scanned, one byte
// more is refused; a comment ends at its line's end (the next line is
// counted and its nesting checked) or at the end of a file without a
// final newline.
func TestCheckBounds(t *testing.T) {
	deep := "x = " + strings.Repeat("[", MaxNesting+1) + "\n"
	for _, tc := range []struct {
		name     string
		src      string
		line     int
		msgStart string
	}{
		{"exactly the largest file", "#" + strings.Repeat("a", MaxFile-2) + "\n", 0, ""},
		{"one byte over", "#" + strings.Repeat("a", MaxFile-1) + "\n", 1, "file of 2097153 bytes is larger than the limit of 2097152 bytes"},
		{"comment without a final newline", "x = 1 # the end", 0, ""},
		{"comment alone without a final newline", "#", 0, ""},
		{"deep line after a comment", "# note\n" + deep, 2, "nested deeper than 32 levels"},
		{"deep line after a comment ending in a dot", "a = 1 # see a.b.\n" + deep, 2, "nested deeper than 32 levels"},
		{"a comment's dots are not a key's", "# " + strings.Repeat(".", 2*MaxNesting) + "\nx = 1\n", 0, ""},
		{"deep line after a multi-line string", "d = \"\"\"\none\ntwo\n\"\"\"\n" + deep, 5, "nested deeper than 32 levels"},
		{"deep line after a multi-line literal string", "d = '''\n[[[\n'''\n" + deep, 4, "nested deeper than 32 levels"},
		{"exactly the deepest nesting", "x = " + strings.Repeat("[", MaxNesting) + "\n", 0, ""},
		{"exactly the deepest nesting, part of it a dotted key", strings.Repeat("a.", MaxNesting-2) + "b = [[1]]\n", 0, ""},
		{"a stray closing bracket lends no depth", "]\n" + deep, 2, "nested deeper than 32 levels"},
		{"dots of a key after a comment line", "# c\n" + strings.Repeat("a.", MaxNesting+1) + "b = 1\n", 2, "nested deeper than 32 levels"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			line, msg := checkBounds([]byte(tc.src))
			if line != tc.line || !strings.HasPrefix(msg, tc.msgStart) || (tc.msgStart == "") != (msg == "") {
				t.Errorf("got line %d %q, want line %d %q", line, msg, tc.line, tc.msgStart)
			}
		})
	}
}

// TestSkipString: where each kind of TOML string ends, and how many
// newlines it holds.
func TestSkipString(t *testing.T) {
	for _, tc := range []struct {
		name       string
		src        string // the string starts at src[0]
		end, lines int
	}{
		{"basic", `"ab" x`, 3, 0},
		{"literal", `'ab' x`, 3, 0},
		{"escaped quote", `"a\"b" x`, 5, 0},
		{"backslash in a literal string escapes nothing", `'a\' x`, 3, 0},
		{"empty basic string", `"" x`, 1, 0},
		{"unterminated at the line's end", "\"ab\nx", 2, 0},
		{"unterminated at the file's end", `"ab`, 2, 0},
		{"empty string at the file's end", `""`, 1, 0},
		{"backslash at the file's end", `"a\`, 2, 0},
		{"multi-line", "\"\"\"a\nb\n\"\"\" x", 9, 2},
		{"multi-line literal", "'''a\n'b'\n''' x", 11, 2},
		{"multi-line with a line-ending backslash", "\"\"\"a\\\nb\"\"\" x", 9, 1},
		{"multi-line ending in one quote more", "\"\"\"a\"\"\"\" x", 7, 0},
		{"multi-line ending in two quotes more", "\"\"\"a\"\"\"\"\" x", 8, 0},
		{"multi-line, a third quote more is not the string's", "\"\"\"a\"\"\"\"\"\"", 8, 0},
		{"multi-line closed at the file's end", "'''a'''", 6, 0},
		{"multi-line unterminated, two quotes at the file's end", "'''a''", 5, 0},
		{"multi-line unterminated", "'''a\nb", 5, 1},
		{"two quotes: an empty string, not a multi-line one", "'' x\n'", 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			end, lines := skipString([]byte(tc.src), 0)
			if end != tc.end || lines != tc.lines {
				t.Errorf("skipString(%q) = %d, %d; want %d, %d", tc.src, end, lines, tc.end, tc.lines)
			}
		})
	}
}
