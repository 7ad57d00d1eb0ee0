package pdf

import (
	"fmt"
	"slices"
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
	three := strings.TrimSpace(strings.Repeat("widow ", 40)) // three lines in a column, a list or a quote
	for _, tc := range []struct {
		name, body, next string
	}{
		{"heading then heading", "## Governance\n\n### Roles and responsibilities\n\nNEXT is what the section says, over two lines at least: " + long + "\n", "Governance"},
		{"heading then tall first row", "## Contacts\n\n| Purpose | Team | How to reach |\n| --- | --- | --- |\n| NEXT report a vulnerability | Product Security Office | " + long + long + " |\n| Incident | PSIRT | psirt@example.com |\n", "Contacts"},
		{"heading then paragraph", "### Version 2.2\n\nNEXT of its components need attention: " + long + "\n", "Version"},
		// A paragraph of three lines goes to the next page whole, so
		// the heading keeps three lines, not two.
		{"heading then three-line paragraph", "### Version 2.2\n\nNEXT " + three + "\n", "Version"},
		{"heading then list of a three-line item", "### Version 2.2\n\n- NEXT " + three + "\n- Second.\n", "Version"},
		{"heading then quote of three lines", "### Version 2.2\n\n> NEXT " + three + "\n", "Version"},
		{"three headings", "## Concept\n\n### Plan\n\n#### Detail\n\nNEXT the plan is kept: " + long + "\n", "Concept"},
	} {
		acrossPage(t, tc.body, func(ops []op, at string) {
			head, next := span(ops, func(o op) bool { return strings.HasPrefix(o.s, tc.next) && o.size > bodySize }, "NEXT")
			if head < 0 || next < 0 {
				t.Fatalf("%s: heading or what follows not drawn", tc.name)
			}
			if pageEnds(ops[head:next]) {
				t.Errorf("%s/%s: %q ends a page, what follows it starts the next", tc.name, at, tc.next)
			}
		})
	}
}

// acrossPage lays body out after filler that moves it down the page a
// few points at a time (paragraphs by 21.2 points, code lines by 11.6),
// on both papers, and calls check with the text drawn and where it was.
func acrossPage(t *testing.T, body string, check func(ops []op, at string)) {
	t.Helper()
	for _, paper := range []string{"letter", "a4"} {
		for filler := 0; filler <= 165; filler++ {
			paras, code := 30+filler/5, filler%5
			src := "# T\n\n" + strings.Repeat("Filler line.\n\n", paras) + codeLines(code) + body
			check(recordedText(t, src, Meta{Title: "T", Paper: paper}), fmt.Sprintf("%s/%d+%d filler lines", paper, paras, code))
		}
	}
}

// span finds, among the drawing operations, the first that starts
// matches and then the first at or after it whose text holds end; -1 for
// either not found.
func span(ops []op, starts func(op) bool, end string) (first, last int) {
	first, last = -1, -1
	for i, o := range ops {
		if first < 0 && starts(o) {
			first = i
		}
		if first >= 0 && strings.Contains(o.s, end) {
			return first, i
		}
	}
	return first, last
}

// pageEnds reports whether a page ends among ops: a running header or
// footer is drawn between them.
func pageEnds(ops []op) bool {
	return slices.ContainsFunc(ops, func(o op) bool { return o.size == furnitureSize })
}

// codeLines is a code block of n lines; none for 0.
func codeLines(n int) string {
	if n == 0 {
		return ""
	}
	return "```\n" + strings.Repeat("code\n", n) + "```\n\n"
}

func TestLinesKept(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want []int // for each line i, the lines kept with it
	}{
		{1, []int{0}},
		{2, []int{1, 0}},
		{3, []int{2, 1, 0}},
		{4, []int{1, 0, 1, 0}},
		{5, []int{1, 0, 0, 1, 0}},
		{6, []int{1, 0, 0, 0, 1, 0}},
	} {
		for i, want := range tc.want {
			if got := linesKept(i, tc.n); got != want {
				t.Errorf("linesKept(%d, %d) = %d, want %d", i, tc.n, got, want)
			}
		}
	}
}

// TestParagraphNoLoneLine moves paragraphs of two to six lines down the
// page a few points at a time, alone, as a list item and in a block
// quote, and checks where the page breaks them: never after a first line
// alone at the foot of a page (an orphan), never before a last line alone
// at the head of the next (a widow), never inside a paragraph of two or
// three lines. Before, a paragraph kept its first two lines together but
// could leave its last line alone on the next page: 31 of them in 26 of
// the 145 PDFs of the example and fixture sites, such as a CSD's "the
// SBOM (6), product rules (12) and site rules (6): see 5.4 Software
// support." alone at the top of a page.
func TestParagraphNoLoneLine(t *testing.T) {
	seen := map[int]bool{}
	for _, words := range []int{25, 40, 60, 75, 95} {
		text := strings.TrimSpace(strings.Repeat("widow ", words))
		for _, ctx := range []struct{ name, prefix string }{{"paragraph", ""}, {"list item", "- "}, {"block quote", "> "}} {
			for filler := 0; filler <= 165; filler++ {
				paras, code := 30+filler/5, filler%5
				src := "# T\n\n" + strings.Repeat("Filler line.\n\n", paras) + codeLines(code) + ctx.prefix + text + "\n\nAfter.\n"
				var counts []int // the paragraph's lines on each page it is on
				page, last, n := 0, -1, 0
				for _, o := range recordedText(t, src, Meta{Title: "T"}) {
					switch {
					case o.size == furnitureSize: // a running header: a new page
						page++
					case strings.Contains(o.s, "widow"):
						if page != last {
							counts, last = append(counts, 0), page
						}
						counts[len(counts)-1]++
						n++
					}
				}
				if ctx.name == "paragraph" {
					seen[n] = true
				}
				where := fmt.Sprintf("%s of %d lines after %d+%d filler lines: lines per page %v", ctx.name, n, paras, code, counts)
				switch {
				case len(counts) == 1:
				case n <= 3:
					t.Errorf("%s: a paragraph of %d lines is split", where, n)
				case counts[0] < 2:
					t.Errorf("%s: its first line ends a page alone", where)
				case counts[len(counts)-1] < 2:
					t.Errorf("%s: its last line starts a page alone", where)
				}
			}
		}
	}
	for n := 2; n <= 6; n++ {
		if !seen[n] {
			t.Errorf("no paragraph of %d lines was tried (tried %v)", n, seen)
		}
	}
}

// TestTwoLineParagraphMovesWhole: where the page has room for one more
// line (a one-line paragraph there stays on it), a paragraph of two
// lines goes to the next page whole.
func TestTwoLineParagraphMovesWhole(t *testing.T) {
	one := strings.TrimSpace(strings.Repeat("widow ", 10))
	two := strings.TrimSpace(strings.Repeat("widow ", 25))
	// pages is the page of each line of text, with filler before it.
	pages := func(filler int, text string) []int {
		paras, code := 30+filler/5, filler%5
		src := "# T\n\n" + strings.Repeat("Filler line.\n\n", paras) + codeLines(code) + text + "\n"
		var out []int
		page := 0
		for _, o := range recordedText(t, src, Meta{Title: "T"}) {
			switch {
			case o.size == furnitureSize:
				page++
			case strings.Contains(o.s, "widow"):
				out = append(out, page)
			}
		}
		return out
	}
	moved := 0
	for filler := 0; filler <= 165; filler++ {
		p1, p2 := pages(filler, one), pages(filler, two)
		if len(p1) != 1 || len(p2) != 2 {
			t.Fatalf("%d filler: the paragraphs took %d and %d lines, want 1 and 2", filler, len(p1), len(p2))
		}
		if p2[0] == p1[0] {
			if p2[1] != p2[0] {
				t.Errorf("%d filler: the paragraph of two lines is split, on pages %v", filler, p2)
			}
			continue // room for both lines
		}
		moved++
		if p2[0] != p1[0]+1 || p2[1] != p2[0] {
			t.Errorf("%d filler: one line fits on page %d; the two lines are on pages %v, want both on the next", filler, p1[0], p2)
		}
	}
	if moved == 0 {
		t.Error("no position left room for one line only")
	}
}

// TestIntroductionKeptWithTable moves a paragraph that introduces a
// table ("… the editions below.") down the page a few points at a time,
// alone and under a heading, and checks that it is never left at the
// foot of a page whose next page starts the table: its last lines, and
// a heading above a short one, stay with the table's header and first
// row. Before, the mobile app's lifecycle page ended with "Guidance
// editions followed" and its one-line introduction, the table on the
// next page.
func TestIntroductionKeptWithTable(t *testing.T) {
	table := "| Edition | Published |\n| --- | --- |\n| TABLEROW FDA premarket cybersecurity guidance | 2025-06-27 |\n| IMDRF N60 | 2020-03-18 |\n"
	long := strings.Repeat("The documents follow the editions of the guidance in force at their release, listed here with their dates. ", 3)
	for _, tc := range []struct {
		name, body, from string
	}{
		{"one-line introduction", "NEXT This document follows the editions below.\n\n" + table, "NEXT"},
		{"long introduction", "NEXT " + long + "ENDS here.\n\n" + table, "ENDS"},
		{"heading, introduction, table", "## Guidance editions followed\n\nThis document follows the editions below.\n\n" + table, "Guidance"},
	} {
		acrossPage(t, tc.body, func(ops []op, at string) {
			from, row := span(ops, func(o op) bool { return strings.Contains(o.s, tc.from) }, "TABLEROW")
			if from < 0 || row < 0 {
				t.Fatalf("%s: introduction or table not drawn", tc.name)
			}
			if pageEnds(ops[from:row]) {
				t.Errorf("%s/%s: %q ends a page, the table starts the next", tc.name, at, tc.from)
			}
		})
	}
}

// TestCodeBlockNoLoneLine moves code blocks of 3 to 7 lines down the
// page a few points at a time and checks that a page break leaves at
// least two of their lines on each page: before, a block could start a
// page with its last line alone.
func TestCodeBlockNoLoneLine(t *testing.T) {
	for n := 3; n <= 7; n++ {
		var code strings.Builder
		code.WriteString("```\n")
		for i := range n {
			fmt.Fprintf(&code, "codeline%d\n", i)
		}
		code.WriteString("```\n")
		for _, paper := range []string{"letter", "a4"} {
			for filler := 0; filler <= 200; filler++ {
				paras, lines := 30+filler/5, filler%5
				src := "# T\n\n" + strings.Repeat("Filler line.\n\n", paras) + strings.Repeat("Filler line.  \n", lines) + "\n" + code.String()
				ops := recordedText(t, src, Meta{Title: "T", Paper: paper})
				var parts []int // code lines on each page the block spans
				for _, o := range ops {
					switch {
					case strings.HasPrefix(o.s, "codeline"):
						if len(parts) == 0 {
							parts = append(parts, 0)
						}
						parts[len(parts)-1]++
					case o.size == furnitureSize && len(parts) > 0 && parts[len(parts)-1] > 0 && parts[len(parts)-1] < n:
						parts = append(parts, 0)
					}
				}
				total := 0
				for _, k := range parts {
					total += k
				}
				if total != n {
					t.Fatalf("%d lines: %d drawn", n, total)
				}
				for _, k := range parts {
					if k > 0 && k < 2 {
						t.Errorf("%d-line block/%s/%d+%d filler lines: split %v leaves a lone line", n, paper, paras, lines, parts)
						break
					}
				}
			}
		}
	}
}
