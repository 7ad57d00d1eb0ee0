package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDocumentsNameOnlyBuiltDocuments builds the example pump with each
// of the plan, the CSD and the notices left out of documents.build, and
// asserts that no template sentence of the other documents names or
// links the one left out. (Text the product file writes is its own.)
func TestDocumentsNameOnlyBuiltDocuments(t *testing.T) {
	all := []string{"security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"}
	for _, tc := range []struct {
		left  string
		never []string // template sentences that name it
	}{
		{"csd", []string{"Relies on the customer security documentation", "| CSD labeling |", "agrees with the customer security documentation",
			"published in the customer security documentation", "and the customer security documentation prints", "(csd.html"}},
		{"security_plan", []string{"(security-plan.html", "](security-plan.html"}},
		{"notices", []string{"(notices/", `"document": "notices/`, "halcyon-lvp7/notices/"}},
	} {
		t.Run("without "+tc.left, func(t *testing.T) {
			var build []string
			for _, d := range all {
				if d != tc.left {
					build = append(build, `"`+d+`"`)
				}
			}
			site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
				s = strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"]`, "build = ["+strings.Join(build, ", ")+"]", 1)
				if tc.left == "csd" {
					// No CSD lists the ports or is the security documentation
					// the form derives SGUD-1 from: the form asks the manufacturer.
					s = strings.Replace(s, "\n[mds2.answers]\n", "\n[mds2.answers]\n\"CONN-2\" = \"no\"\n\"SGUD-1\" = \"yes\"\n", 1)
				}
				if tc.left == "notices" {
					// No published notice gives the compensating controls
					// the form derives SGUD-4 from: the form asks the manufacturer.
					s = answerMDS2("SGUD-4", `"yes"`)(s)
				}
				return s
			})
			out := filepath.Join(t.TempDir(), "site")
			if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
				t.Fatal(err)
			}
			err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".xml") || strings.HasSuffix(path, ".html")) {
					return err
				}
				rel, _ := filepath.Rel(out, path)
				if strings.HasPrefix(rel, "dosewise") { // builds every document
					return nil
				}
				// A notice's CSAF twin is published only beside the notice.
				if tc.left == "notices" && strings.HasPrefix(rel, ".well-known/csaf/white/") && strings.Contains(filepath.Base(rel), "mis-") {
					t.Errorf("%s: the CSAF twin of a notice that is not built", rel)
				}
				b, err := os.ReadFile(path)
				kindtest.SaysNoneBecause(t, rel, string(b), tc.left+" is not built", tc.never...)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestESTAROnly: a product that builds the eSTAR cross-reference alone
// builds (every link is to something published) and answers the SBOM
// element with the SBOM file the site publishes.
func TestESTAROnly(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		return strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"]`, `build = ["estar"]`, 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "halcyon-lvp7", "estar.md"))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "estar.md", string(b), "| Software bill of materials | V.A.4.a | SBOM file: [sbom.cdx.json](sbom.cdx.json) |",
		"It would be answered in the Product Security Plan, which is not built for this product.")
}
