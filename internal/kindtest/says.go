package kindtest

import (
	"fmt"
	"strings"
	"testing"
)

// shownText is the longest text a failure of SaysAll or SaysNone prints
// whole after the phrases; a longer one (a whole document) is only named.
const shownText = 4000

// SaysAll fails the test unless text, the text of the document named doc,
// contains every one of want. One failure names the document and lists
// every missing phrase, not only the first. An empty phrase fails too: it
// is in every text, so it would check nothing.
func SaysAll(t testing.TB, doc, text string, want ...string) {
	t.Helper()
	var missing []string
	for _, w := range want {
		if w == "" || !strings.Contains(text, w) {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		t.Error(saysReport(doc+" lacks", "", text, missing, len(want)))
	}
}

// SaysNone fails the test if text, the text of the document named doc,
// contains any of never. One failure names the document and lists every
// such phrase. No phrase at all fails too: the call would check nothing
// (SaysNone once took a reason before the phrases, and a call with one
// phrase passed it as the reason and checked nothing).
func SaysNone(t testing.TB, doc, text string, never ...string) {
	t.Helper()
	saysNone(t, doc, text, "", never)
}

// SaysNoneBecause is SaysNone with why, which says why each phrase would
// be false there; it is printed with a failure, never looked for.
func SaysNoneBecause(t testing.TB, doc, text, why string, never ...string) {
	t.Helper()
	saysNone(t, doc, text, why, never)
}

func saysNone(t testing.TB, doc, text, why string, never []string) {
	t.Helper()
	if len(never) == 0 {
		t.Error(doc + ": SaysNone given no phrase checks nothing")
		return
	}
	var found []string
	for _, n := range never {
		if n == "" || strings.Contains(text, n) {
			found = append(found, n)
		}
	}
	if len(found) > 0 {
		t.Error(saysReport(doc+" says", why, text, found, len(never)))
	}
}

// saysReport is the failure message of SaysAll and SaysNone: head, the
// phrases (out of of checked), why, and the text when it is short enough
// to read.
func saysReport(head, why, text string, phrases []string, of int) string {
	var b strings.Builder
	b.WriteString(head)
	if len(phrases) == 1 {
		fmt.Fprintf(&b, " %q", phrases[0])
	} else {
		fmt.Fprintf(&b, " %d of the %d phrases:", len(phrases), of)
		for _, p := range phrases {
			fmt.Fprintf(&b, "\n  %q", p)
		}
	}
	if why != "" {
		b.WriteString("\n  (" + why + ")")
	}
	if len(text) <= shownText {
		fmt.Fprintf(&b, "\ntext:\n%s", text)
	} else {
		fmt.Fprintf(&b, "\n(text of %d bytes not shown)", len(text))
	}
	return b.String()
}
