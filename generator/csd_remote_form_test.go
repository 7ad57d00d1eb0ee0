package generator

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDRemoteServiceFromTheFormsNo: dosewise's [remote_service] states
// only telemetry, and its MDS2 form answers RMOT-1 No (its session
// questions N/A). Section 4.3 printed the session table with "Not stated"
// in every row beside that No; it now says what the form answers and
// keeps only the rows about other remote functions. Where the form does
// not answer No, the table stays.
func TestCSDRemoteServiceFromTheFormsNo(t *testing.T) {
	build := func(edit func(string) string) string {
		site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "dosewise.toml", edit)
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: site, ContentDir: dir, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
			t.Fatal(err)
		}
		return string(readTree(t, out)["dosewise/csd.md"])
	}
	const formNo = "**Remote service.** The MDS2 form answers that the product allows no remote service connection (MDS2 form, RMOT-1)."
	csd := build(func(s string) string { return s + "\n# unchanged\n" })
	kindtest.SaysAll(t, "dosewise/csd.md", csd, formNo, "| Other remote function | Answer |")
	kindtest.SaysNone(t, "dosewise/csd.md", csd, "| On as shipped | Not stated |", "| Who starts a session |")

	unanswered := build(kindtest.Replace("\"RMOT-1\" = \"no\"\n", "\"RMOT-1\" = { answer = \"see_note\", note = 4 }\n"))
	kindtest.SaysAll(t, "RMOT-1 not No: dosewise/csd.md", unanswered, "| Who starts a session |")
	kindtest.SaysNone(t, "RMOT-1 not No: dosewise/csd.md", unanswered, formNo)
}
