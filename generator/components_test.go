package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentEntryOfAnOlderVersion: a [[components]] entry that
// annotates a component of an older version's own SBOM (curl 7.82.0, in
// 4.1.0's only) annotates it there and is no component of the current
// version: the 4.2.1 CSD listed it as a component of its own (the mobile
// app and legacy device probes).
func TestComponentEntryOfAnOlderVersion(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", kindtest.Replace("[[components]]\nname = \"linux-imx\"\n", `[[components]]
name = "curl"
version = "7.82.0"
support = "no_longer_maintained"
notes = "Replaced by curl 8 in 4.2.0."

[[components]]
name = "linux-imx"
`))
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "curl") {
			t.Errorf("unexpected: %s", d)
		}
	}
	files := readTree(t, out)
	cur, older := string(files["halcyon-lvp7/csd.md"]), string(files["halcyon-lvp7/4.1.0/csd.md"])
	kindtest.SaysNoneBecause(t, "csd.md", cur, "curl 7.82.0 is 4.1.0's only", "| curl | 7.82.0 |")
	kindtest.SaysAll(t, "4.1.0/csd.md", older, "| curl | 7.82.0 | No longer maintained |", "Replaced by curl 8 in 4.2.0.")
	// The example without the entry: the same number of components.
	kindtest.SaysAll(t, "csd.md", cur, "| Software bill of materials | 36 components |")
}
