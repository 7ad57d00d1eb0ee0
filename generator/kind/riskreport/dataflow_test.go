package riskreport

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDataFlowDiagram: the threat model shows its data-flow diagram; the
// SVG is published at the image's destination and the PDF draws the same
// destination.
func TestDataFlowDiagram(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, p.Documents.RiskReport.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	doc := prep.Documents[0]
	md := kindtest.Render(t, env, p, doc)
	const dest = "views/data-flows.svg"
	if !strings.Contains(md, "]("+dest+" ") {
		t.Errorf("report does not show %s", dest)
	}
	if _, ok := doc.Drawings[dest]; !ok {
		t.Errorf("no PDF drawing for %s", dest)
	}
	svg := kindtest.File(t, prep, dest)
	kindtest.SaysAll(t, dest, string(svg), "<title id=\"title\">Data flows and trust boundaries</title>", "Drug library", "DF-08")
}
