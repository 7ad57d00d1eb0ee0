package inventory_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// subjectSBOM is a CycloneDX SBOM of the workstation software at
// version (none when ""), with one component named after the file.
func subjectSBOM(version, component string) string {
	subject := `{"type": "application", "name": "Viewpoint"}`
	if version != "" {
		subject = fmt.Sprintf(`{"type": "application", "name": "Viewpoint", "version": %q}`, version)
	}
	return fmt.Sprintf(`{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "metadata": {"component": %s}, "components": [{"type": "library", "name": %q, "version": "1"}]}`, subject, component)
}

// workstationWith is the workstation fixture (versions 3.2.0 and 4.0.0,
// 4.0.0 current) with the SBOM files given (name → subject version), the
// top-level list top, and 4.0.0's own list changed (nil: not changed).
func workstationWith(t *testing.T, files map[string]string, top, changed []string) *content.Product {
	t.Helper()
	dir := filepath.Join("..", "testdata", "workstation")
	quote := func(list []string) string {
		q := make([]string, len(list))
		for i, s := range list {
			q[i] = fmt.Sprintf("%q", s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	site, cdir := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "viewpoint-rw.toml", func(s string) string {
		v4 := "general_availability = 2025-06-30\n"
		if changed != nil {
			v4 += "\n[versions.changes]\nsbom_files = " + quote(changed) + "\n"
		}
		s = strings.Replace(s, "summary = \"Review software 4.0 on Windows 11 IoT Enterprise LTSC 2024.\"\ngeneral_availability = 2025-06-30\n",
			"summary = \"Review software 4.0 on Windows 11 IoT Enterprise LTSC 2024.\"\n"+v4, 1)
		return s + "\n[sbom]\nfiles = " + quote(top) + "\n\n[[support_rules]]\nid = \"any\"\nname = \"*\"\njustification = \"test\"\n"
	})
	if err := os.MkdirAll(filepath.Join(cdir, "viewpoint-rw"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, version := range files {
		if err := os.WriteFile(filepath.Join(cdir, "viewpoint-rw", name), []byte(subjectSBOM(version, strings.TrimSuffix(name, ".cdx.json"))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags := kindtest.Load(t, site, cdir)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	return c.Products[0]
}

// TestVersionOwnsTheSBOMFilesNamingIt: an SBOM file describes the
// version its subject names, whichever version's list holds it (a
// product keeping one list of every version's SBOM files put the old
// versions' components in the current version's list); a file naming no
// version describes the version whose own list holds it, the current
// version's when the list is the current version's; a subject naming a
// version the product does not have is a warning at the file's key.
func TestVersionOwnsTheSBOMFilesNamingIt(t *testing.T) {
	for _, tc := range []struct {
		name         string
		files        map[string]string
		top, changed []string
		v3, v4       []string // the file components of each version's own list
		listedFor3   bool     // 3.2.0 has the current version's list
		warn         string   // a substring of the one warning; "" for none
		v3at, v4at   string   // key path of the first file of each, "" for none
	}{
		{name: "one list of every version's files",
			files: map[string]string{"old.cdx.json": "3.2.0", "new.cdx.json": "4.0.0", "any.cdx.json": ""},
			top:   []string{"old.cdx.json", "new.cdx.json", "any.cdx.json"},
			v3:    []string{"old"}, v4: []string{"any", "new"}, v3at: "sbom.files[0]", v4at: "sbom.files[1]"},
		{name: "each version its own list, no subject version",
			files: map[string]string{"old.cdx.json": "", "new.cdx.json": ""},
			top:   []string{"old.cdx.json"}, changed: []string{"new.cdx.json"},
			v3: []string{"old"}, v4: []string{"new"}, v3at: "sbom.files[0]", v4at: "versions[1].changes.sbom_files[0]"},
		{name: "the current version's list names the old version's file",
			files: map[string]string{"old.cdx.json": "3.2.0", "new.cdx.json": "4.0.0"},
			top:   []string{"old.cdx.json"}, changed: []string{"new.cdx.json", "old.cdx.json"},
			v3: []string{"old"}, v4: []string{"new"}, v3at: "sbom.files[0]", v4at: "versions[1].changes.sbom_files[0]"},
		{name: "the old version's list names the current version's file",
			files: map[string]string{"old.cdx.json": "3.2.0", "new.cdx.json": "4.0.0"},
			top:   []string{"old.cdx.json", "new.cdx.json"}, changed: []string{"old.cdx.json"},
			v3: []string{"old"}, v4: []string{"new"}, v3at: "sbom.files[0]", v4at: "sbom.files[1]"},
		{name: "one shared list naming no version is the current version's",
			files: map[string]string{"any.cdx.json": ""},
			top:   []string{"any.cdx.json"},
			v3:    []string{"any"}, v4: []string{"any"}, listedFor3: true, v4at: "sbom.files[0]"},
		{name: "a version the product does not have",
			files: map[string]string{"new.cdx.json": "4.0.0-rc2"},
			top:   []string{"new.cdx.json"},
			v3:    []string{"new"}, v4: []string{"new"}, listedFor3: true, v4at: "sbom.files[0]",
			warn: `sbom.files[0]: new.cdx.json: its subject names version "4.0.0-rc2", which is not a version of the product (want one of 3.2.0, 4.0.0): its components are listed as version 4.0.0's`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := workstationWith(t, tc.files, tc.top, tc.changed)
			vs, diags := inventory.LoadVersions(filepath.Dir(p.Source.File), p, "4.0.0")
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			var warns []string
			for _, d := range diags.Warnings() {
				warns = append(warns, d.String())
			}
			if tc.warn == "" && len(warns) > 0 || tc.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0], tc.warn)) {
				t.Errorf("warnings %q, want one containing %q", warns, tc.warn)
			}
			names := func(inv *inventory.Inventory) []string {
				var out []string
				for _, c := range inv.List {
					out = append(out, c.Name)
				}
				slices.Sort(out)
				return out
			}
			at := func(inv *inventory.Inventory) string {
				if len(inv.SBOMs) == 0 {
					return ""
				}
				return inv.SBOMs[0].At
			}
			v3, v4 := vs.ByVersion["3.2.0"], vs.ByVersion["4.0.0"]
			if v4 != vs.Inventory {
				t.Error("4.0.0's inventory is not the current one")
			}
			if got := names(v3); !slices.Equal(got, tc.v3) {
				t.Errorf("3.2.0 lists %v, want %v", got, tc.v3)
			}
			if got := names(v4); !slices.Equal(got, tc.v4) {
				t.Errorf("4.0.0 lists %v, want %v", got, tc.v4)
			}
			if (v3.ListedFor == "4.0.0") != tc.listedFor3 {
				t.Errorf("3.2.0 ListedFor %q, want the current version's list: %v", v3.ListedFor, tc.listedFor3)
			}
			if at(v3) != tc.v3at || at(v4) != tc.v4at {
				t.Errorf("files at %q and %q, want %q and %q", at(v3), at(v4), tc.v3at, tc.v4at)
			}
		})
	}
}
