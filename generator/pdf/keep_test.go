package pdf

import (
	"strings"
	"testing"
)

// TestHeadingKeptWithWhatFollows moves a heading down the page a line at
// a time and checks that it is never left alone at the foot of a page:
// the first text of what follows it is on the heading's page. Before,
// a heading kept two body lines and no more, so that a heading followed
// by another heading (the plans' "2. Governance" above "2.1 Roles"), by
// a table whose header and first row are taller than four lines (a
// notice's contacts) or by a paragraph, with the space after the
// heading, could end a page.
func TestHeadingKeptWithWhatFollows(t *testing.T) {
	long := strings.Repeat("A suspected incident goes to the 24/7 technical support line, which pages the on-call engineer. ", 4)
	for _, tc := range []struct {
		name, body, next string
	}{
		{"heading then heading", "## Governance\n\n### Roles and responsibilities\n\nNEXT is what the section says, over two lines at least: " + long + "\n", "Governance"},
		{"heading then tall first row", "## Contacts\n\n| Purpose | Team | How to reach |\n| --- | --- | --- |\n| NEXT report a vulnerability | Product Security Office | " + long + long + " |\n| Incident | PSIRT | psirt@example.com |\n", "Contacts"},
		{"heading then paragraph", "### Version 2.2\n\nNEXT of its components need attention: " + long + "\n", "Version"},
		{"three headings", "## Concept\n\n### Plan\n\n#### Detail\n\nNEXT the plan is kept: " + long + "\n", "Concept"},
	} {
		for _, paper := range []string{"letter", "a4"} {
			// Paragraphs move the heading down by 21.2 points, code
			// lines by 11.6: together, by a few points at a time.
			for filler := 0; filler <= 165; filler++ {
				paras, code := 30+filler/5, filler%5
				src := "# T\n\n" + strings.Repeat("Filler line.\n\n", paras) + codeLines(code) + tc.body
				ops := recordedText(t, src, Meta{Title: "T", Paper: paper})
				head, next := -1, -1
				for i, o := range ops {
					if head < 0 && strings.HasPrefix(o.s, tc.next) && o.size > bodySize {
						head = i
					}
					if head >= 0 && strings.Contains(o.s, "NEXT") {
						next = i
						break
					}
				}
				if head < 0 || next < 0 {
					t.Fatalf("%s: heading or what follows not drawn", tc.name)
				}
				for _, o := range ops[head:next] {
					if o.size == furnitureSize { // a running header: a new page
						t.Errorf("%s/%s/%d+%d filler lines: %q ends a page, what follows it starts the next", tc.name, paper, paras, code, tc.next)
						break
					}
				}
			}
		}
	}
}

// codeLines is a code block of n lines; none for 0.
func codeLines(n int) string {
	if n == 0 {
		return ""
	}
	return "```\n" + strings.Repeat("code\n", n) + "```\n\n"
}
