package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// IDs generates heading IDs that keep Unicode letters and digits
// ("Données à caractère personnel" → "données-à-caractère-personnel");
// goldmark's default drops every non-ASCII letter. Repeated IDs get "-1",
// "-2", … suffixes in document order.
type IDs struct {
	seen map[string]bool
}

// NewIDs returns an empty ID set for one document.
func NewIDs() *IDs { return &IDs{seen: map[string]bool{}} }

// Slug turns heading text into an ID without registering it: BaseSlug,
// moved aside ("-1") when the page layout uses that ID.
func Slug(value string) string {
	s := BaseSlug(value)
	if LayoutIDs[s] {
		return s + "-1"
	}
	return s
}

// BaseSlug is the ID heading text makes before Slug moves it off the
// layout's IDs: what the author would write in a link to the heading.
func BaseSlug(value string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(value) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '_' || r == '-' || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r):
			dash = true
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// LayoutIDs are the IDs the site's page layout (templates/layout.html)
// uses itself; a heading never takes one, so "Main content" as a heading
// cannot make the skip link jump into the document.
var LayoutIDs = map[string]bool{"main-content": true, "toc-title": true}

// Generate implements parser.IDs.
func (s *IDs) Generate(value []byte, kind ast.NodeKind) []byte {
	base := Slug(string(value))
	id := base
	for i := 1; s.seen[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.seen[id] = true
	return []byte(id)
}

// Put implements parser.IDs: it records an ID set explicitly.
func (s *IDs) Put(value []byte) { s.seen[string(value)] = true }
