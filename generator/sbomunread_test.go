package generator

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/diag"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// spdxOnlyDescribed is an SPDX 2.3 document whose one package is the
// software it describes: it lists none of that software's components.
const spdxOnlyDescribed = `{"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
 "name": "SepsisGuard", "documentNamespace": "https://example.com/sepsisguard-3.0",
 "creationInfo": {"created": "2026-01-01T00:00:00Z", "creators": ["Tool: build"]},
 "documentDescribes": ["SPDXRef-app"],
 "packages": [{"SPDXID": "SPDXRef-app", "name": "SepsisGuard", "versionInfo": "3.0", "downloadLocation": "NOASSERTION"}]}`

// TestSBOMUnreadIsTheOnlyError: an SBOM file that cannot be read, or
// that is read and lists no component, is one error at its sbom_files
// entry, in words (a missing file with the files its folder does hold).
// Before, the MDS2 form then found no SBOM content and added an error per
// SBOM question, "SBOM-1 has no answer …: add "SBOM-1" = "yes", "no", …",
// asking for hand answers about a file that is there; a missing file read
// "open content/…: file does not exist"; a file listing nothing had no
// word of its own.
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
		// A valid SBOM that lists nothing: before, no word about the file,
		// and four errors asking for hand answers to SBOM-2.1…2.4.
		{"CycloneDX, no components", nil, `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1}`,
			"versions[1].changes.sbom_files[0]: content/sepsisguard/sepsisguard-3.0.cdx.json: lists no components, not even the software it describes (CycloneDX 1.5)", 1},
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

// TestSBOMOfSoftwareAloneWarns: an SBOM that names the software it
// describes and nothing else is what software with no third-party
// component has, so it is a warning, not an error; the MDS2 answers about
// its components, which the data then does not decide, are asked for
// (warnings too: the form says "Not stated" for them).
func TestSBOMOfSoftwareAloneWarns(t *testing.T) {
	site, contentDir := kindtest.CopyRepo(t, "testdata/smartapp/jspgen.toml", "testdata/smartapp/content", "sepsisguard.toml", nil)
	os.WriteFile(filepath.Join(contentDir, "sepsisguard", "sepsisguard-3.0.cdx.json"), []byte(spdxOnlyDescribed), 0o644)
	res, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none"})
	if err != nil {
		t.Fatalf("want warnings only; got %v", err)
	}
	warned := false
	var asked []string
	for _, d := range res.Warnings {
		switch {
		case d.Severity == diag.Error:
			t.Errorf("an error among the warnings: %s", d)
		case strings.Contains(d.Message, "lists no components besides the software it describes (SPDX 2.3)"):
			warned = true
		case strings.HasPrefix(d.Path, "mds2.answers.SBOM-") && strings.Contains(d.Message, "has no answer") && strings.HasSuffix(d.Message, `; the form says "Not stated"`):
			asked = append(asked, strings.TrimPrefix(d.Path, "mds2.answers."))
		}
	}
	if !warned {
		t.Errorf("no warning that the SBOM lists only the software it describes:\n%v", res.Warnings)
	}
	if want := []string{"SBOM-2.1", "SBOM-2.2", "SBOM-2.3", "SBOM-2.4"}; !slices.Equal(asked, want) {
		t.Errorf("the MDS2 form's questions about the components asked: %v, want %v:\n%v", asked, want, res.Warnings)
	}
}

// TestSBOMUnreadWithOtherErrors: with another error in the content, the
// SBOM files are checked on their own (inventory.CheckFiles), and a
// missing one was reported as the operating system's "open …: file does
// not exist"; it reads as a build without other errors reads it.
func TestSBOMUnreadWithOtherErrors(t *testing.T) {
	site, contentDir := kindtest.CopyRepo(t, "testdata/smartapp/jspgen.toml", "testdata/smartapp/content", "sepsisguard.toml", func(s string) string {
		s = strings.Replace(s, `sbom_files = ["sepsisguard-3.0.cdx.json"]`, `sbom_files = ["sepsisguard-3.0.1.cdx.json"]`, 1)
		return strings.Replace(s, "schema_version = 2\n", "schema_version = 2\nnot_a_key = 1\n", 1)
	})
	_, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none"})
	var ie *diag.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("want input errors; got %v", err)
	}
	var text string
	for _, d := range ie.Diagnostics {
		text += d.String() + "\n"
	}
	for _, want := range []string{"not_a_key", "content/sepsisguard/sepsisguard-3.0.1.cdx.json: file not found; content/sepsisguard/ holds"} {
		if !strings.Contains(text, want) {
			t.Errorf("want %q in:\n%s", want, text)
		}
	}
	if strings.Contains(text, "open ") {
		t.Errorf("an operating-system error reaches the user:\n%s", text)
	}
}
