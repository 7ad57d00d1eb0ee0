package content

import (
	"fmt"
	"strings"
)

// Words the documents and check messages share.

// Count is n with the noun that agrees with it: the singular for 1, else
// the plural ("1 port", "0 ports", "3 ports").
func Count(n int, singular, plural string) string {
	return fmt.Sprintf("%d %s", n, Plural(n, singular, plural))
}

// Plural is the word that agrees with n, without n: the singular for 1,
// else the plural ("its note 5", "the other models").
func Plural(n int, singular, plural string) string {
	if n == 1 {
		return singular
	}
	return plural
}

// AndList names words for a sentence: "A", "A and B", "A, B and C".
func AndList(words []string) string {
	if n := len(words); n > 1 {
		return strings.Join(words[:n-1], ", ") + " and " + words[n-1]
	}
	return strings.Join(words, "")
}

// OrList is AndList with "or": "A", "A or B", "A, B or C".
func OrList(words []string) string {
	if n := len(words); n > 1 {
		return strings.Join(words[:n-1], ", ") + " or " + words[n-1]
	}
	return strings.Join(words, "")
}

// EndSentence ends a sentence whose last word is s: with a full stop,
// unless s ends with one already ("Meridian Infusion Systems, Inc.").
func EndSentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}
