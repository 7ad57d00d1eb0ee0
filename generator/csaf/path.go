package csaf

import (
	"strconv"
	"strings"
)

// Root is where the CSAF provider layout lives in a site.
const Root = ".well-known/csaf/"

// FileName is a CSAF document's file name from its tracking ID (CSAF 2.0
// section 5.1): lower case, every character other than + - a-z 0-9
// replaced by _, and .json.
func FileName(trackingID string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(trackingID) {
		if r == '+' || r == '-' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String() + ".json"
}

// WhitePath is where a TLP:WHITE document is published, relative to the
// site root: .well-known/csaf/white/<year of its initial release>/<file>.
// The notices kind links a security notice to its twin with it; the csaf
// kind writes the twin there.
func WhitePath(year int, trackingID string) string {
	return Root + "white/" + strconv.Itoa(year) + "/" + FileName(trackingID)
}
