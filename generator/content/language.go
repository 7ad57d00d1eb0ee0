package content

import (
	"regexp"

	"golang.org/x/text/language"
)

// tagChars are the characters of a BCP 47 tag; language.Parse also takes
// "_" as a separator, which an HTML lang attribute does not.
var tagChars = regexp.MustCompile(`^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$`)

// validLanguage reports whether s is a well-formed BCP 47 language tag
// whose subtags are registered (en, en-US, de-CH, sr-Latn).
func validLanguage(s string) bool {
	if len(s) > 35 || !tagChars.MatchString(s) {
		return false
	}
	_, err := language.Parse(s)
	return err == nil
}
