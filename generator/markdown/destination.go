package markdown

import "strings"

// IsRelativeDestination reports whether a link or image destination names
// a file relative to the page: no scheme, not a path from the site root,
// not a fragment or query of the page itself.
func IsRelativeDestination(dest string) bool {
	if dest == "" || strings.HasPrefix(dest, "#") || strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "?") || strings.HasPrefix(dest, "\\") {
		return false
	}
	colon := strings.IndexByte(dest, ':')
	return colon < 0 || strings.ContainsAny(dest[:colon], "/?#")
}
