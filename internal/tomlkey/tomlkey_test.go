package tomlkey

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"name", []string{"name"}},
		{" a . b ", []string{"a", "b"}},
		{`mds2.answers."MPII-2.5"`, []string{"mds2", "answers", "MPII-2.5"}},
		{`'x.y'.z`, []string{"x.y", "z"}},
	}
	for _, tc := range tests {
		if got := Split(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Split(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEnd(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{`a = 1`, 2},
		{`"a=b" = 1`, 6},
		{`'k=' = "v=w"`, 5},
		{`[table]`, -1},
	}
	for _, tc := range tests {
		if got := End(tc.in); got != tc.want {
			t.Errorf("End(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"", "abc", 3}, {"kitten", "sitting", 3},
		{"SGDU-1", "SGUD-1", 1}, {"SGDU-1", "IGAU-1", 2}, {"ports", "prots", 1},
	} {
		if got := EditDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
