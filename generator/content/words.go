package content

import (
	"fmt"
	"strings"
)

// Words the documents and check messages share.

// Count is n with the noun that agrees with it: the singular for 1, else
// the plural ("1 port", "0 ports", "3 ports").
func Count(n int, singular, plural string) string {
	if n == 1 {
		return "1 " + singular
	}
	return fmt.Sprintf("%d %s", n, plural)
}

// EndSentence ends a sentence whose last word is s: with a full stop,
// unless s ends with one already ("Meridian Infusion Systems, Inc.").
func EndSentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}
