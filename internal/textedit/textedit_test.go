package textedit

import "testing"

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		edits     []Edit
		want      string
	}{
		{"none", "abc", nil, "abc"},
		{"replace and insert", "## Title\ntext", []Edit{{0, 3, "**"}, {8, 8, "**"}}, "**Title**\ntext"},
		{"at the end", "a", []Edit{{1, 1, "!"}}, "a!"},
		{"an edit inside an earlier one is dropped", "abcdef", []Edit{{1, 4, "X"}, {2, 3, "Y"}, {5, 6, "Z"}}, "aXeZ"},
		{"adjacent", "abc", []Edit{{0, 1, "A"}, {1, 2, "B"}}, "ABc"},
	} {
		if got := Apply(tc.src, tc.edits); got != tc.want {
			t.Errorf("%s: Apply = %q; want %q", tc.name, got, tc.want)
		}
	}
}
