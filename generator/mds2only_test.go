package generator

import "strings"

// mds2OnlyThermo turns the MDS2 package's thermometer fixture into a
// product whose build is the MDS2 form alone. Without a CSD the form
// cannot derive SGUD-1 (security documentation for the owner) from the
// build, so the manufacturer answers it, as a real MDS2-only file would.
func mds2OnlyThermo(src string) string {
	s := strings.Replace(src, "[documents.mds2]", "[documents]\nbuild = [\"mds2\"]\n\n[documents.mds2]", 1)
	return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"SGUD-1\" = \"yes\"\n", 1)
}
