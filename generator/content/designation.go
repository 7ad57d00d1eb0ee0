package content

import (
	"regexp"
	"unicode/utf8"
)

// designationPattern is a model designation as customers know it ("Corva
// MS", "Aurion 532", "X-200/S"): words of letters, digits and a few marks
// that neither Markdown nor a list of designations joined with ", " reads
// as syntax, separated by single spaces. No designation is used in a path
// or an anchor; only printed, and compared with the lists that name it.
var designationPattern = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._+/()-]*( [\p{L}\p{N}._+/()-]+)*$`)

// ValidDesignation reports whether s may be a model's ID (models.id).
func ValidDesignation(s string) bool {
	return designationPattern.MatchString(s) && utf8.RuneCountInString(s) <= 64
}
