package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDStandInListSaysNoComponentListNotNoSBOM: a version without a
// component list of its own in the product data (Dosewise 2.2.1, whose
// CSD shows 2.3.0's list) was said to have "no SBOM file of its own",
// even right after the sentence that the SBOM is available on request,
// as the MDS2 form's SBOM-1 answers: an SBOM of the version may exist
// without being in the product data. Section 5 now says what the data
// lack, a component list, with or without an SBOM on request.
func TestCSDStandInListSaysNoComponentListNotNoSBOM(t *testing.T) {
	const (
		lacks     = "Version 2.2.1 has no component list of its own in the product data: the components below are those it lists for version 2.3.0, and version 2.2.1's may differ."
		onRequest = "Available to customers on request: Ask your account manager for the SBOM of each release." // 2.3.0 publishes a file: the text says what is given besides it (content.SBOMFilesInAnyVersion)
	)
	for _, tc := range []struct {
		name, request string
	}{
		{"the SBOM on request", "Ask your account manager for the SBOM of each release."},
		{"nothing said of a request", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := csdLoadExample(t)
			kp, _ := kindtest.Product(t, c, "dosewise")
			kp.Documents.Versions = "supported" // a CSD of 2.2.1 beside 2.3.0's
			old := kp.ByVersion["2.2.1"]
			if old.Inventory == nil || old.Inventory.ListedFor != "2.3.0" {
				t.Fatalf("the example's Dosewise 2.2.1 no longer borrows 2.3.0's list: %+v", old.Inventory)
			}
			old.SBOM.OnRequest = tc.request // 2.2.1's view of the product, which its CSD reads
			env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, kp)
			md := ""
			for _, d := range prep.Documents {
				if d.Path == kind.VersionPath("2.2.1", "csd") {
					md = kindtest.Render(t, env, kp, d)
				}
			}
			if md == "" {
				t.Fatal("no CSD of version 2.2.1")
			}
			sec := csdSection(t, md, "## 5. Software bill of materials")
			kindtest.SaysAll(t, "section 5 of 2.2.1's CSD", sec, lacks)
			kindtest.SaysNone(t, "section 5 of 2.2.1's CSD", sec, "no SBOM file of its own", "has no SBOM")
			if tc.request != "" {
				kindtest.SaysAll(t, "section 5 of 2.2.1's CSD", sec, onRequest+" "+lacks)
			}
		})
	}
}
