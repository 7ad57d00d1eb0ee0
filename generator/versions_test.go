package generator

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// versionDocs builds the example after edit (a text edit of the product
// file) and renders every document as the build does, each from the facts
// of the version it speaks about. It maps document path to Markdown.
func versionDocs(t *testing.T, edit func(string) string) map[string]string {
	t.Helper()
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", edit)
	c, diags := kindtest.Load(t, site, dir)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	kinds := DefaultKinds()
	prepared := make([]kind.Prepared, len(kinds))
	for k, kd := range kinds {
		prepared[k], _ = kindtest.Prepare(t, kd, env, kp)
	}
	built := kind.BuiltOf(kinds, prepared, kp)
	docs := map[string]string{}
	for _, prep := range prepared {
		for _, doc := range prep.Documents {
			docs[doc.Path] = kindtest.RenderBuilt(t, env, kp, doc, built)
		}
		for _, f := range prep.Files {
			if strings.HasSuffix(f.Path, ".json") {
				docs[f.Path] = string(f.Data)
			}
		}
	}
	return docs
}

// TestVersionFactsReachOnlyTheirDocuments changes one version's ports and
// checks that every document about that version changes and no document
// about another version does. The security plan, the CSD and the MDS2
// form speak about the current version (4.2.1), as does the component
// notice that names it; the end-of-support notice speaks about 3.8.2 and
// the end-of-life notice about 4.1.0. (The MDS2 form's Markdown names no
// port; its JSON records the port count behind CONN-2.)
func TestVersionFactsReachOnlyTheirDocuments(t *testing.T) {
	base := versionDocs(t, nil)
	const port = `number = 9999
transport = "tcp"
service = "Test service"
purpose = "A port only this version has."
direction = "out"
interface = "wifi"
endpoints = ["Test peer"]
default_enabled = true
encrypted = true
authenticated = true
`
	// 4.2.1 adds the port (its changes already add ports).
	in421 := versionDocs(t, func(s string) string {
		return strings.Replace(s, "[[versions.changes.ports_added]]\n", "[[versions.changes.ports_added]]\n"+port+"\n[[versions.changes.ports_added]]\n", 1)
	})
	// 3.8.2 (the top-level facts) has the port; 4.1.0 removes it.
	in382 := versionDocs(t, func(s string) string {
		s = strings.Replace(s, "[[data_stores]]\n", "[[ports]]\n"+port+"\n[[data_stores]]\n", 1) // after the last port: no other port's path moves
		return strings.Replace(s, "[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\n", "[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\nports_removed = [9999]\n", 1)
	})
	for _, tc := range []struct {
		name    string
		docs    map[string]string
		changed []string
	}{
		{"4.2.1 adds a port", in421, []string{"security-plan", "csd", "mds2", "mds2.json", "risk-report", "notices/ceos-linux-6.6-openssl-3.0"}},
		{"3.8.2 has a port 4.1.0 removes", in382, []string{"notices/eos-3.8.2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var paths []string
			for path := range base {
				paths = append(paths, path)
			}
			slices.Sort(paths)
			for _, path := range paths {
				differs := base[path] != tc.docs[path]
				// The MDS2 form counts the ports (CONN-2) but names none,
				// and its "how reached" appendix names the facts by key
				// path, which the added port shifts; the risk report counts
				// them in its attack surface.
				mentions := strings.Contains(tc.docs[path], "9999") || ((path == "mds2" || path == "mds2.json" || path == "risk-report") && differs)
				want := slices.Contains(tc.changed, path)
				switch {
				case want && !(differs && mentions):
					t.Errorf("%s is about the version with port 9999 but does not show it", path)
				case !want && (differs || mentions):
					t.Errorf("%s is about another version but changed (mentions 9999: %v)", path, mentions)
				}
			}
		})
	}
}
