package mds2

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/jspgen/jspgen/internal/tomlkey"
)

// Suggest says, for an ID the catalog does not have (as written), what
// the user may have meant, for the end of an "unknown MDS2 question ID"
// message: a known ID with the same numbers and a near spelling
// ("SGDU-1", "MPII-21"), in the section the ID names when that is one,
// else the range of IDs of that section. It never proposes an ID with
// other numbers, or another section's ID for a section that exists: that
// question asks something else, and the answer would be false for it. "" when
// nothing fits.
func (c *Catalog) Suggest(id string) string {
	n := NormalizeID(id)
	code, _, _ := strings.Cut(n, "-")
	_, known := c.Section(code)
	best, bestDist := "", 3
	for i := range c.Questions {
		q := c.Questions[i].ID
		if digits(q) != digits(n) || known && c.Questions[i].Section != code {
			continue // other numbers, or a section other than the one named
		}
		if d := tomlkey.EditDistance(n, q); d < bestDist || d == bestDist && CompareIDs(q, best) < 0 {
			best, bestDist = q, d
		}
	}
	if best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	qs := c.SectionQuestions(code)
	if len(qs) == 0 {
		return ""
	}
	ids := make([]string, len(qs))
	for i, q := range qs {
		ids[i] = q.ID
	}
	SortIDs(ids)
	return fmt.Sprintf("the %s questions run from %s to %s", code, ids[0], ids[len(ids)-1])
}

// digits are the digits of s in order, "21" for both MPII-2.1 and MPII-21.
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}
