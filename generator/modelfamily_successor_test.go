package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestModelWithoutSuccessorNoneNamed: in the models' table, a model
// whose replaced_by is not written read "Not stated" under "Replaced
// by" — for the TV-300B and TV-300W, still sold, as if each had a
// successor the page kept quiet about — and the key beneath explained
// "Not stated" only for another maker's dates (the plan had no word on
// it at all). The cell now reads "None named" and the lifecycle page's
// key, and the plan beneath its table, say what it means (no model
// named in its place, which does not say none will come), in Markdown,
// HTML and PDF alike. A product whose models have no milestones prints
// no models' table, so neither the word nor its key.
func TestModelWithoutSuccessorNoneNamed(t *testing.T) {
	const key = `A model whose "Replaced by" reads "None named" has no model named in its place by Tamsin Vital Systems Oy; that does not say none will come.`
	const keyHTML = `A model whose &quot;Replaced by&quot; reads &quot;None named&quot; has no model named in its place by Tamsin Vital Systems Oy; that does not say none will come.`
	read := buildFixture(t, "modelfamily")
	for _, doc := range []string{"lifecycle", "security-plan"} {
		md := read("tv300/" + doc + ".md")
		kindtest.SaysAll(t, doc+".md", md,
			"| TV-300T | TV-300T transport monitor (catalogue no. 300-300) | 2025-06-30 | 2025-06-30 | 2027-12-31 | TV-300W |",
			"| TV-300B | TV-300B bedside monitor (catalogue no. 300-100) | Not announced | Not announced | Not announced | None named |",
			"| TV-300W | TV-300W telemetry monitor (catalogue no. 300-200) | Not announced | Not announced | Not announced | None named |",
			key)
		kindtest.SaysNone(t, doc+".md", md, "Not announced | Not stated |")
		html := read("tv300/" + doc + ".html")
		kindtest.SaysAll(t, doc+".html", html, "<td>None named</td>", keyHTML)
		pdf := pdfWords(t, read("tv300/"+doc+".pdf"))
		kindtest.SaysAll(t, doc+".pdf", pdf, "Not announced None named", `reads "None named" has no model named in its place`)
		kindtest.SaysNone(t, doc+".pdf", pdf, "Not announced Not stated")
	}
	// dentalxray: two models without milestones of their own.
	other := buildFixture(t, "dentalxray")
	for _, doc := range []string{"lifecycle", "security-plan"} {
		for _, ext := range []string{".md", ".html"} {
			kindtest.SaysNone(t, doc+ext, other("dentasense/"+doc+ext), "None named", "Replaced by")
		}
	}
}
