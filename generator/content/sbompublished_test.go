package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/diag"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// TestSBOMPublishedAt: sbom.published_at must be an absolute http(s) URL
// (the url rule, as for manufacturer.cvd_policy_url), and an empty one
// is an error. Written without an SBOM file, it covers CSD labeling item
// 5's availability (the item is no longer empty), while the item still
// asks for the file so that the documents can summarise it; a file, or
// on_request, leaves nothing missing.
func TestSBOMPublishedAt(t *testing.T) {
	const url = "published_at = \"https://maker.example/sbom\"\n"
	for _, tc := range []struct {
		name, src string
		diag      string // the one diagnostic, "" for none
		empty     bool   // labeling item 5 empty
		missing   string // labeling item 5 missing, "" for none
	}{
		{"not written", "[sbom]\nfiles = []\n", "", true, "sbom.published_at (where the manufacturer publishes it)"},
		{"published, no file", "[sbom]\n" + url, "", false, "the documents can also summarise its components"},
		{"published beside a file", "[sbom]\nfiles = [\"sbom.cdx.json\"]\n" + url, "", false, ""},
		{"published and on request", "[sbom]\non_request = \"Ask service.\"\n" + url, "", false, ""},
		{"not a URL", "[sbom]\npublished_at = \"hemalis.example/sbom\"\n", "error: sbom.published_at: want an absolute http(s) URL", false, "summarise"},
		{"ftp", "[sbom]\npublished_at = \"ftp://hemalis.example/sbom\"\n", "error: sbom.published_at: want an absolute http(s) URL", false, "summarise"},
		{"empty", "[sbom]\npublished_at = \"\"\n", "error: sbom.published_at: empty: give the absolute http(s) URL", true, "sbom.files"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			src := "schema_version = 2\n" + tc.src
			_, ds, _ := DecodeTOML("p.toml", []byte(src), p)
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			v := &productValidator{p: p}
			v.sbomOnRequest()
			var diags []string
			for _, d := range append(ds, v.diags...) {
				if !strings.HasPrefix(d.Path, "sbom") {
					continue // the required keys of a whole product
				}
				sev := "error: "
				if d.Severity == diag.Warning {
					sev = "warning: "
				}
				diags = append(diags, sev+d.Path+": "+d.Message)
			}
			switch {
			case tc.diag == "" && len(diags) > 0:
				t.Errorf("diagnostics %q, want none", diags)
			case tc.diag != "" && (len(diags) != 1 || !strings.Contains(diags[0], tc.diag)):
				t.Errorf("diagnostics %q, want one containing %q", diags, tc.diag)
			}
			item := LabelingItems[4]
			if got := item.Empty(p); got != tc.empty {
				t.Errorf("item 5 empty = %v, want %v", got, tc.empty)
			}
			if got := item.MissingText(p); (tc.missing == "") != (got == "") || !strings.Contains(got, tc.missing) {
				t.Errorf("item 5 missing %q, want %q", got, tc.missing)
			}
		})
	}
}
