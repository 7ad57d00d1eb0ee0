package content

import (
	"strings"
	"testing"
)

// TestRuleMDS2NoteGaps: [[mds2.notes]] numbered 1 to 6 and 8 (the
// oemmodule's) make the form jump from Note 6 to Note 8: a warning at
// mds2.notes naming the missing number. Notes numbered from 1 without a
// gap, in any order, or a form that is not built, say nothing; a
// duplicate number is another check's error and no gap.
func TestRuleMDS2NoteGaps(t *testing.T) {
	notes := func(nums ...string) string {
		var b strings.Builder
		for _, n := range nums {
			b.WriteString("[[mds2.notes]]\nnumber = " + n + "\ntext = \"Note.\"\n")
		}
		return b.String()
	}
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"1 to 6 and 8", notes("1", "2", "3", "4", "5", "6", "8"),
			"p.toml:3: warning: mds2.notes: the notes skip note 7 (they are numbered up to 8): the MDS2 form prints them by number, so a reader looks for a note that does not exist;"},
		{"starting at 3", notes("3", "4"),
			"p.toml:3: warning: mds2.notes: the notes skip notes 1 and 2 (they are numbered up to 4): the MDS2 form prints them by number, so a reader looks for notes that do not exist;"},
		{"1 to 3", notes("1", "2", "3"), ""},
		{"out of order", notes("2", "3", "1"), ""},
		{"a duplicate", notes("1", "2", "2"), ""},
		{"no notes", "", ""},
		{"gap, MDS2 not built", "[documents]\nbuild = [\"csd\"]\n" + notes("1", "3"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src
			p := ruleProduct(t, src)
			got := ruleMDS2NoteGaps(p)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) || got[0].Severity != Warning {
				t.Errorf("got %v; want one warning starting %q", got, tc.want)
			}
		})
	}
}
