package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestIfCompleteUnwrittenNotNo: the Vectra HemoRec's recording workstation
// is a Dell PC whose USB ports and media drives the specification never
// lists, and its parts do not write interfaces_complete: whether
// [[interfaces]] names every interface is not stated, so the MDS2 form
// does not answer No to "does the device accept removable memory
// devices?" from the list, and the CSD does not call its table every
// interface. Written true on every part, the list is whole and the No is
// derived again.
func TestIfCompleteUnwrittenNotNo(t *testing.T) {
	read := buildFixture(t, "cathlab")
	mds2 := read("hemorec/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2, "| CONN-1.2.3 | Does the device accept removable memory devices? | Not stated |")
	kindtest.SaysNone(t, "mds2.md", mds2, "| CONN-1.2.3 | Does the device accept removable memory devices? | [No]")
	csd := read("hemorec/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "Each stated physical and logical interface of each part of the product",
		"Whether the list names every interface of the acquisition unit, the recording workstation and the HemoRec review software is not stated.")
	kindtest.SaysNone(t, "csd.md", csd, "Every physical and logical interface of each part")

	files, _ := buildFixtureEdited(t, "cathlab", "hemorec.toml", func(s string) string {
		return strings.ReplaceAll(s, "[[parts]]\n", "[[parts]]\ninterfaces_complete = true\n")
	})
	kindtest.SaysAll(t, "mds2.md (interfaces_complete = true)", files["hemorec/mds2.md"], "| CONN-1.2.3 | Does the device accept removable memory devices? | [No]")
	kindtest.SaysAll(t, "csd.md (interfaces_complete = true)", files["hemorec/csd.md"], "Every physical and logical interface of each part of the product")
}
