package generator

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/diag"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMProblemAtEveryKey: every key that names an SBOM file — a
// version's list (the current version's and an older one's), a notice's
// sbom and a related system's version's sbom — reports an SBOM listing no
// component, one naming only its software, and a missing file the same
// way: once, at that key with file and line, in Load's words. Before, a
// notice's or a related system's SBOM listing nothing was not reported
// (the documents showed its empty component list as the software's),
// and a missing one read as the operating system's "open …" error.
func TestSBOMProblemAtEveryKey(t *testing.T) {
	const (
		product  = "sepsisguard.toml"
		empty    = `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1}`
		alone    = `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "metadata": {"component": {"type": "application", "name": "%s", "version": "%s"}}}`
		oneComp  = `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "metadata": {"component": {"type": "application", "name": "%s", "version": "%s"}}, "components": [{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1"}]}`
		noneMsg  = "lists no components, not even the software it describes (CycloneDX 1.5)"
		aloneMsg = "lists no components besides the software it describes (CycloneDX 1.5)"
		lostMsg  = "file not found; content/sepsisguard/ holds"
	)
	keys := []struct {
		name, key, file, subject, version string
		edit                              func(string) string
		// aloneAsks: the file is a version's SBOM, so that version's MDS2
		// form asks for the answers about its components by hand.
		aloneAsks bool
		// vulnsOf: the file is that version's only SBOM, and the smartapp
		// vulnerability naming the version's components then says it has
		// none of them (its own error).
		vulnsOf bool
	}{
		{"current version's list", "versions[1].changes.sbom_files[0]", "sepsisguard-3.0.cdx.json", "Veridane SepsisGuard cloud service", "3.0", nil, true, false},
		{"older version's list", "sbom.files[0]", "sepsisguard-2.3.cdx.json", "Veridane SepsisGuard cloud service", "2.3", nil, true, true},
		{"notice", "notices[0].sbom", "notice-2.3.cdx.json", "Veridane SepsisGuard cloud service", "2.3", func(s string) string {
			return strings.Replace(s, "versions = [\"2.3\"]\nmaintenance", "versions = [\"2.3\"]\nsbom = \"notice-2.3.cdx.json\"\nmaintenance", 1)
		}, false, false},
		{"related system", "related_systems[0].versions[0].sbom[0]", "epic.cdx.json", "Epic EHR", "February 2024", func(s string) string {
			return strings.Replace(s, "general_availability = 2024-02-15\n", "general_availability = 2024-02-15\nsbom = [\"epic.cdx.json\"]\n", 1)
		}, false, false},
	}
	for _, k := range keys {
		for _, c := range []struct {
			name      string
			body      string // "" for no file
			errMsg    string // the error at the key; "" for none
			warnMsg   string // the warning at the key; "" for none
			mds2Asked bool
		}{
			{"lists nothing", empty, noneMsg, "", false},
			{"names only its software", fmt.Sprintf(alone, k.subject, k.version), "", aloneMsg, k.aloneAsks},
			{"lists a component", fmt.Sprintf(oneComp, k.subject, k.version), "", "", false},
			{"as shipped", "keep", "", "", false},
			{"missing", "", lostMsg, "", false},
		} {
			name := k.name + ", " + c.name
			site, contentDir := kindtest.CopyRepo(t, "testdata/smartapp/jspgen.toml", "testdata/smartapp/content", product, k.edit)
			path := filepath.Join(contentDir, "sepsisguard", k.file)
			switch c.body {
			case "keep":
				if _, err := os.Stat(path); err != nil {
					continue // the key's file is one this test writes
				}
			case "":
				if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
					t.Fatal(err)
				}
			default:
				if err := os.WriteFile(path, []byte(c.body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			res, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none"})
			var all []diag.Diagnostic
			var ie *diag.InputError
			if errors.As(err, &ie) {
				all = append(all, ie.Diagnostics...)
			} else if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if res != nil {
				all = append(all, res.Warnings...)
			}
			var errs, warns []diag.Diagnostic
			var other string
			for _, d := range all {
				about := strings.Contains(d.Message, "content/sepsisguard/"+k.file+":")
				switch {
				case about && d.Severity == diag.Error:
					errs = append(errs, d)
				case about:
					warns = append(warns, d)
				case d.Severity == diag.Error && !(c.mds2Asked && strings.Contains(d.Message, "has no answer")) &&
					!(k.vulnsOf && c.body != "keep" && strings.HasPrefix(d.Path, "vulnerabilities[")):
					other += d.String() + "\n"
				}
			}
			check := func(what string, got []diag.Diagnostic, want string) {
				switch {
				case want == "" && len(got) > 0:
					t.Errorf("%s: want no %s about %s; got %v", name, what, k.file, got)
				case want != "" && len(got) != 1:
					t.Errorf("%s: want one %s %q at %s; got %v", name, what, want, k.key, got)
				case want != "":
					d := got[0]
					if d.Path != k.key || d.Line == 0 || !strings.HasSuffix(d.File, product) || !strings.Contains(d.Message, want) {
						t.Errorf("%s: want the %s %q at %s:%s (line known); got %s", name, what, want, product, k.key, d)
					}
				}
			}
			check("error", errs, c.errMsg)
			check("warning", warns, c.warnMsg)
			if other != "" {
				t.Errorf("%s: other errors:\n%s", name, other)
			}
			if strings.Contains(fmt.Sprint(all), "open ") {
				t.Errorf("%s: an operating-system error reaches the user: %v", name, all)
			}
		}
	}
}

// TestSBOMNamedTwiceReportedOnce: a notice naming the current version's
// own SBOM file, listing nothing, is one error, at the version's key read
// first, not one at each key.
func TestSBOMNamedTwiceReportedOnce(t *testing.T) {
	site, contentDir := kindtest.CopyRepo(t, "testdata/smartapp/jspgen.toml", "testdata/smartapp/content", "sepsisguard.toml", func(s string) string {
		return strings.Replace(s, "versions = [\"2.3\"]\nmaintenance", "versions = [\"2.3\"]\nsbom = \"sepsisguard-3.0.cdx.json\"\nmaintenance", 1)
	})
	os.WriteFile(filepath.Join(contentDir, "sepsisguard", "sepsisguard-3.0.cdx.json"), []byte(`{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1}`), 0o644)
	_, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none"})
	var ie *diag.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("want input errors; got %v", err)
	}
	var at []string
	for _, d := range ie.Diagnostics {
		if strings.Contains(d.Message, "lists no components") {
			at = append(at, d.Path)
		}
	}
	if len(at) != 1 || at[0] != "versions[1].changes.sbom_files[0]" {
		t.Errorf("want the empty SBOM reported once, at versions[1].changes.sbom_files[0]; got at %v:\n%v", at, ie.Diagnostics)
	}
}
