package migrate

import (
	"regexp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/internal/textedit"
)

// Text converts the value of a Markdown field from schema_version 1, where
// the documents showed it as plain text (render.EscapeText), to 2, where
// they read it as Markdown (render.MarkdownField), so that it renders as
// before: "**ASAP**" meant two asterisks and becomes "\*\*ASAP\*\*". It
// escapes only what v2 would read differently ("FORTIFY_SOURCE" and
// "4.2.1" stay as they are) and checks the result by rendering both.
// ok is false when no escaping reaches the v1 rendering; Text then returns
// the v1 value escaped whole.
func Text(v1 string) (v2 string, ok bool) {
	want := rendered(render.EscapeText(v1))
	if rendered(render.MarkdownField("", v1)) == want {
		return v1, true
	}
	edits := candidateEdits(v1)
	on := make([]bool, len(edits))
	for i := range on {
		on[i] = true
	}
	if rendered(render.MarkdownField("", applyEdits(v1, edits, on))) != want {
		return render.EscapeText(v1), false
	}
	// Drop every edit the rendering does not need, one group at a time,
	// from the end: an opening marker ("\*\*ASAP") keeps its escape, which
	// reads more naturally than a closing one.
	var order []int // groups, by their last edit, from the end
	members := map[int][]int{}
	for k := len(edits) - 1; k >= 0; k-- {
		g := edits[k].group
		if _, seen := members[g]; !seen {
			order = append(order, g)
		}
		members[g] = append(members[g], k)
	}
	for _, g := range order {
		for _, k := range members[g] {
			on[k] = false
		}
		if rendered(render.MarkdownField("", applyEdits(v1, edits, on))) != want {
			for _, k := range members[g] {
				on[k] = true
			}
		}
	}
	return applyEdits(v1, edits, on), true
}

// rendered is the HTML of Markdown md, the form in which v1 and v2 are
// compared (the PDF is drawn from the same tree).
func rendered(md string) string {
	body, err := html.Body(markdown.Parse([]byte(md)))
	if err != nil {
		return "error: " + err.Error()
	}
	return string(body)
}

// textEdit replaces v[start:stop] with text; edits of one group are made
// or dropped together (the "<" and ">" around a URL).
type textEdit struct {
	start, stop int
	text        string
	group       int
}

// inlineSpecial are the characters that can start Markdown syntax
// anywhere in a line (as render.EscapeText escapes them).
const inlineSpecial = "\\`*_[]<>&~|#!"

var (
	urlPattern        = regexp.MustCompile(`https?://[^\s<>|\x00-\x1f\x7f]+[^\s<>|\x00-\x1f\x7f.,;:!?'")\]]`)
	listMarkerPattern = regexp.MustCompile(`^(?:\d{1,9}([.)])|([-+]))(?:[ \t]|$)`)
)

// candidateEdits are every change that could be needed, in the order of
// the text: indentation and trailing space removed from each line (v1
// dropped them; v2 reads four spaces as code and two at the end as a line
// break), URLs made autolinks (v1 made them so), and a backslash before
// each special character and each line-start marker.
func candidateEdits(v string) []textEdit {
	var edits []textEdit
	group := 0
	add := func(start, stop int, text string) {
		edits = append(edits, textEdit{start, stop, text, group})
		group++
	}
	urls := urlPattern.FindAllStringIndex(v, -1)
	inURL := func(i int) bool {
		for _, u := range urls {
			if i >= u[0] && i < u[1] {
				return true
			}
		}
		return false
	}
	for _, u := range urls {
		edits = append(edits, textEdit{u[0], u[0], "<", group}, textEdit{u[1], u[1], ">", group})
		group++
	}
	lineStart := 0
	for lineStart <= len(v) {
		end := strings.IndexByte(v[lineStart:], '\n')
		if end < 0 {
			end = len(v)
		} else {
			end += lineStart
		}
		line := v[lineStart:end]
		content := strings.TrimLeft(line, " \t")
		first := lineStart + len(line) - len(content)
		if first > lineStart {
			add(lineStart, first, "")
		}
		if trimmed := strings.TrimRight(content, " \t"); len(trimmed) < len(content) && trimmed != "" {
			add(first+len(trimmed), end, "")
		}
		if m := listMarkerPattern.FindStringSubmatchIndex(content); m != nil {
			switch {
			case m[2] >= 0: // "1." or "1)": escape the punctuation
				add(first+m[2], first+m[2], `\`)
			case m[4] >= 0: // "-" or "+"
				add(first+m[4], first+m[4], `\`)
			}
		} else if c := strings.TrimSpace(content); c != "" && strings.Trim(c, "=-:| \t") == "" && c[0] != '|' {
			add(first, first, `\`) // a setext underline, thematic break or table delimiter row
		}
		for i := first; i < end; i++ {
			if strings.IndexByte(inlineSpecial, v[i]) >= 0 && !inURL(i) {
				add(i, i, `\`)
			}
		}
		lineStart = end + 1
	}
	slices.SortStableFunc(edits, func(a, b textEdit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.stop - b.stop
	})
	return edits
}

// applyEdits makes the edits that are on.
func applyEdits(v string, edits []textEdit, on []bool) string {
	var chosen []textedit.Edit
	for i, e := range edits {
		if on[i] {
			chosen = append(chosen, textedit.Edit{Start: e.start, Stop: e.stop, Text: e.text})
		}
	}
	return textedit.Apply(v, chosen)
}
