package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDocIDUnstated: a document control's id, revision, release_date and
// history are optional. The apheresis fixture's specification assigns no
// document numbers, and the fixture had invented them (and a revision A
// and release date) to satisfy the schema. Left out, every document says
// its number and revision are not assigned in the product data and gives
// no release date, its opening line names neither, the MDS2 form leaves
// DOC-4 and DOC-7 not stated, the lifecycle page's notice table says the
// notice's number is not assigned, and check warns once per document.
func TestDocIDUnstated(t *testing.T) {
	files, res := buildFixtureEdited(t, "apheresis", "", nil)
	read := func(rel string) string {
		t.Helper()
		s, ok := files[rel]
		if !ok {
			t.Fatalf("apheresis site has no %s", rel)
		}
		return s
	}
	for _, doc := range []string{"aph9/csd.md", "aph9/mds2.md", "aph9/lifecycle.md", "aph9/notices/eos-7.4.md"} {
		md := read(doc)
		kindtest.SaysAll(t, doc, md,
			"| Document ID | Not assigned in the product data |",
			"| Revision | Not assigned in the product data |")
		kindtest.SaysNone(t, doc, md, "HEM-APH9", "revision A", "Corp..", "| A | 20")
	}
	kindtest.SaysAll(t, "csd.md", read("aph9/csd.md"),
		"**Hemalis Aph-9** by Hemalis Medical Corp., for software version `8.0`.",
		"| Release date | Not stated |")
	kindtest.SaysAll(t, "mds2.md", read("aph9/mds2.md"),
		"**Hemalis Aph-9** by Hemalis Medical Corp.\n",
		"| DOC-4 | What is the identifier of this document? | Not stated |",
		"| DOC-7 | On what date was this document released? | Not stated |")
	kindtest.SaysAll(t, "lifecycle.md", read("aph9/lifecycle.md"),
		"| End of support | 7.4 | Not assigned | Not assigned, released 2025-06-30 |")
	kindtest.SaysAll(t, "notice", read("aph9/notices/eos-7.4.md"),
		"by Hemalis Medical Corp., notice eos-7.4; first issued 30 June 2025.",
		"| Release date | 2025-06-30 |")
	for _, f := range []string{"aph9/csd.html", "index.html"} {
		if h := read(f); strings.Contains(h, "HEM-APH9") || !strings.Contains(h, "Not assigned") {
			t.Errorf("%s does not say the document number is not assigned", f)
		}
	}
	var warned []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "document control incomplete") {
			warned = append(warned, d.Path)
		}
	}
	if got := strings.Join(warned, " "); got != "notices[0].document documents.csd documents.mds2 documents.lifecycle" {
		t.Errorf("document control warnings at %q, want one each for the notice, the CSD, the MDS2 form and the lifecycle page", got)
	}
}
