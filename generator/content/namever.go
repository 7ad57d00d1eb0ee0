package content

import (
	"strings"
	"unicode"
)

// NameVersion names a component or platform version for a sentence: its
// name and version ("OpenSSL 3.0"), or the name alone where the name
// already ends with the version as a whole word, case aside ("Windows 11"
// of version "11", "Windows 10 IoT Enterprise LTSC 2021" of version "LTSC
// 2021"), which joined would read the version twice. Either may be empty.
func NameVersion(name, version string) string {
	name, version = strings.TrimSpace(name), strings.TrimSpace(version)
	if name == "" || version == "" {
		return strings.TrimSpace(name + " " + version)
	}
	if n, v := strings.ToLower(name), strings.ToLower(version); strings.HasSuffix(n, v) {
		rest := name[:len(name)-len(version)]
		if r := []rune(rest); len(r) > 0 && (unicode.IsSpace(r[len(r)-1]) || r[len(r)-1] == '-' || r[len(r)-1] == '_') {
			return name
		}
	}
	return name + " " + version
}
