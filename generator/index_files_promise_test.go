package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestIndexPromisesFilesOnlyWhereListed: the site's index said each
// product's machine-readable files were listed on its page on a site
// whose only product (a CSD alone) has none. The clause stands only
// where some product has files.
func TestIndexPromisesFilesOnlyWhereListed(t *testing.T) {
	const promise = "each product's machine-readable files are listed on its page"
	csdOnly := buildFixture(t, "csdonly")("index.html")
	if strings.Contains(csdOnly, "Machine-readable files for") {
		t.Fatal("the csdonly fixture's product now has machine-readable files: the test's premise is gone")
	}
	kindtest.SaysAll(t, "csdonly index.html", csdOnly, "Each document is available as a web page, as a PDF to keep on file or attach, and as Markdown.</p>")
	kindtest.SaysNoneBecause(t, "csdonly index.html", csdOnly, "no product has machine-readable files", promise)

	aed := buildFixture(t, "aed")("index.html")
	if !strings.Contains(aed, "Machine-readable files for") {
		t.Fatal("the aed fixture's product has no machine-readable files: the test's premise is gone")
	}
	kindtest.SaysAll(t, "aed index.html", aed, "and as Markdown; "+promise+".</p>")
}
