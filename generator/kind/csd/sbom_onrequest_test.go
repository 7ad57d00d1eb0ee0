package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSBOMOnRequestBesideFiles: a product that publishes its SBOM
// files and also gives an SBOM on request (sbom.on_request) says both:
// the key fact keeps the component count and the published files, and
// adds what is given on request; section 5 keeps the published table and
// adds the same. Without the key neither says anything of a request.
func TestCSDSBOMOnRequestBesideFiles(t *testing.T) {
	const how = "Earlier releases' SBOMs from your Halcyon account manager."
	for _, on := range []bool{false, true} {
		c, p := csdLoadExample(t)
		if on {
			p.SBOM.OnRequest = how
		}
		md := renderExample(t, c, p)
		row, ok := lineStarting(md, "| Software bill of materials |")
		if !ok || !strings.Contains(row, " components") || !strings.Contains(row, ".cdx.json") || strings.Contains(row, "Available on request") {
			t.Errorf("on_request %v: key fact %s", on, row)
		}
		if on {
			kindtest.SaysAll(t, "csd.md", md, "Also on request: "+how+" [5. Software bill of materials]",
				"The machine-readable SBOM of this release is published",
				"Also available to customers on request: "+how)
			kindtest.SaysNoneBecause(t, "csd.md", md, "a file is published", "No machine-readable SBOM file is published")
		} else {
			kindtest.SaysNone(t, "csd.md", md, "Also on request", "available to customers on request")
		}
	}
}
