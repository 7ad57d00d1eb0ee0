package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// csdRelatedSection is the CSD's section on related systems (4.5), from
// its heading to section 5's (the last of each, past a table of
// contents).
func csdRelatedSection(t *testing.T, name, doc string) string {
	t.Helper()
	i := strings.LastIndex(doc, "4.5 Related systems")
	j := -1
	if i >= 0 {
		j = strings.Index(doc[i:], "5. Software bill of materials")
	}
	if i < 0 || j < 0 {
		t.Fatalf("%s: no section 4.5 before 5", name)
	}
	return doc[i : i+j]
}

// TestCSDRelatedSystemsKey: the CSD's related systems' tables print the
// plan's words for a milestone not given ("Not stated", "Not announced")
// and, like the plan's, now have the key of their own words beneath
// them, and only those; a CSD is what the hospital reads.
func TestCSDRelatedSystemsKey(t *testing.T) {
	for _, c := range relatedKeyCases {
		sec := csdRelatedSection(t, c.fixture, buildFixture(t, c.fixture)(c.doc+"/csd.md"))
		checkRelatedKeys(t, c.fixture+" CSD 4.5", sec, c)
	}
}

// TestCSDRelatedSystemsKeyFormats: the smartapp CSD's key beneath the
// EHR's table reads alike in Markdown, HTML and PDF.
func TestCSDRelatedSystemsKeyFormats(t *testing.T) {
	const key = `A date of another maker's system marked "Not stated" is not in the data of Veridane Health, Inc.: that maker decides it.`
	read := buildFixture(t, "smartapp")
	md := csdRelatedSection(t, "smartapp md", read("sepsisguard/csd.md"))
	kindtest.SaysAll(t, "CSD md", md, "| Epic February 2024 | 2.3, 3.0 | 2024-02-15 | Not stated | Not stated | Not stated | Not stated |", "|\n\n"+key+"\n")
	html := csdRelatedSection(t, "smartapp html", read("sepsisguard/csd.html"))
	kindtest.SaysAll(t, "CSD html", html, "<p>"+strings.ReplaceAll(key, `"`, "&quot;")+"</p>")
	pdf := csdRelatedSection(t, "smartapp pdf", pdfWords(t, read("sepsisguard/csd.pdf")))
	kindtest.SaysAll(t, "CSD pdf", pdf, key)
	for _, doc := range []string{md, html, pdf} {
		kindtest.SaysNone(t, "CSD 4.5", doc, `"Not announced"`, `"Does not apply"`, passedKey)
	}
}
