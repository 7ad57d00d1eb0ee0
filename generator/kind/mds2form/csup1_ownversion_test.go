package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// withoutTables drops every [[name]] table of a product file: its header
// and its lines up to the next table.
func withoutTables(name string) func(string) string {
	return func(src string) string {
		var out []string
		in := false
		for _, line := range strings.Split(src, "\n") {
			if strings.HasPrefix(line, "[") {
				in = line == "[["+name+"]]"
			}
			if !in {
				out = append(out, line)
			}
		}
		return strings.Join(out, "\n")
	}
}

// TestCSUP1RestsOnTheVersionsOwnData: the alarmrelay fixture's 5.1 form
// answered CSUP-1 "sbom.files lists the software's SBOM", where that file
// is 5.2's and 5.1 has none of its own (its CSD says so). A version's
// derived CSUP-1 now rests on its own components: the [[components]]
// entries annotating them, else its own SBOM file; with only another
// version's list, nothing is derived, whether that list comes from an SBOM
// file or from [[components]].
func TestCSUP1RestsOnTheVersionsOwnData(t *testing.T) {
	const own = `sbom_files = ["sbom-4.1.0.cdx.json"]` + "\n"
	borrow := func(s string) string { // 4.1.0 keeps 3.8.2's file list, not its own
		if !strings.Contains(s, own) {
			t.Fatal("the example's 4.1.0 no longer names its SBOM file")
		}
		return strings.Replace(s, own, "", 1)
	}
	noEntries := withoutTables("components")
	for _, tc := range []struct {
		name    string
		edit    func(string) string
		version string
		derived bool
		from    string // in the derived fact
	}{
		{"current version, its [[components]]", nil, "4.2.1", true, "components lists software components"},
		{"older version, its own SBOM file", noEntries, "4.1.0", true, "versions[1].changes.sbom_files lists the software's SBOM"},
		{"older version, another version's SBOM file", func(s string) string { return borrow(noEntries(s)) }, "4.1.0", false, ""},
		{"older version, another version's [[components]]", borrow, "4.1.0", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := exampleCase(t, tc.edit)
			loaded, _ := content.Load(c.site, c.dir)
			if loaded == nil || len(loaded.Products) != 1 {
				t.Fatal("the edited example did not load")
			}
			p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
			env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
			f := newMDS2Facts(env, p.At(tc.version))
			got, ok := f.hasSoftware()
			if ok != tc.derived {
				t.Fatalf("CSUP-1 of %s derived = %v (%+v), want %v", tc.version, ok, got, tc.derived)
			}
			if said := got.Path + " " + got.Says; ok && !strings.Contains(said, tc.from) {
				t.Errorf("CSUP-1 of %s from %q, want %q", tc.version, said, tc.from)
			}
		})
	}
}
