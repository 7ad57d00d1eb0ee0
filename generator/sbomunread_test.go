package generator

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/diag"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMUnreadIsTheOnlyError: an SBOM file that cannot be read is one
// error at its sbom_files entry, in words, with the files its folder does
// hold. Before, the MDS2 form then found no SBOM and added an error per
// SBOM question, "SBOM-1 has no answer …: add "SBOM-1" = "yes", "no", …",
// asking for hand answers about a file that is there; a missing file read
// "open content/…: file does not exist".
func TestSBOMUnreadIsTheOnlyError(t *testing.T) {
	const product = "sepsisguard.toml"
	for _, tc := range []struct {
		name    string
		edit    func(string) string // the product file
		file    string              // an SBOM file written over, when not ""
		want    string
		wantErr int
	}{
		{"renamed", func(s string) string {
			return strings.Replace(s, `sbom_files = ["sepsisguard-3.0.cdx.json"]`, `sbom_files = ["sepsisguard-3.0.1.cdx.json"]`, 1)
		}, "", "versions[1].changes.sbom_files[0]: content/sepsisguard/sepsisguard-3.0.1.cdx.json: file not found; content/sepsisguard/ holds sepsisguard-2.3.cdx.json, sepsisguard-3.0.cdx.json", 1},
		{"cut short", nil, `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [`, "content/sepsisguard/sepsisguard-3.0.cdx.json: CycloneDX JSON", 1},
		{"read", nil, "", "", 0},
	} {
		site, contentDir := kindtest.CopyRepo(t, "testdata/smartapp/jspgen.toml", "testdata/smartapp/content", product, tc.edit)
		if tc.file != "" {
			os.WriteFile(filepath.Join(contentDir, "sepsisguard", "sepsisguard-3.0.cdx.json"), []byte(tc.file), 0o644)
		}
		_, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none"})
		var ie *diag.InputError
		var text string
		var errs int
		if errors.As(err, &ie) {
			for _, d := range ie.Diagnostics {
				if d.Severity == diag.Error {
					errs++
					text += d.String() + "\n"
				}
			}
		} else if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if errs != tc.wantErr || !strings.Contains(text, tc.want) || strings.Contains(text, "has no answer") {
			t.Errorf("%s: %d errors, want %d with %q and no \"has no answer\":\n%s", tc.name, errs, tc.wantErr, tc.want, text)
		}
	}
}
