package generator

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSmallKeysUnstated: manufacturer.address, platforms[].versions and
// security_settings[].changed_by are optional. The sparse fixtures had
// invented them (Windows 11 given the version "11", "Not stated" as the
// role that changes a setting). Left out, a platform is named alone, its
// version cell and its list entries say its versions are not stated
// (never a bare name that reads as every release, nor an empty list),
// the settings table says Not stated, check warns, and a site file
// without an address builds.
func TestSmallKeysUnstated(t *testing.T) {
	tps := buildFixture(t, "tpsplanning")
	csd := tps("isodose-plan/csd.md")
	kindtest.SaysAll(t, "tpsplanning csd.md", csd,
		"| Platforms the hospital supplies | Windows Server 2022, Windows 11 (versions not stated) |",
		"| Windows 11 (Microsoft) | Not stated | Isodose Plan planning client | Not stated |")
	kindtest.SaysAll(t, "tpsplanning lifecycle.md", tps("isodose-plan/lifecycle.md"),
		"| Windows 11 (Microsoft) | Not stated | Isodose Plan planning client | Not stated |")
	kindtest.SaysAll(t, "tpsplanning notices/eos-11.2.md", tps("isodose-plan/notices/eos-11.2.md"),
		"- Windows 11 (Microsoft; versions not stated), for Isodose Plan planning client: the end of Microsoft's support is not stated.")
	for _, bad := range []string{"| Windows 11 (Microsoft) | 11 |", "Windows 11 11", "Windows 11 |", "Windows 11 ,"} {
		if strings.Contains(csd, bad) {
			t.Errorf("tpsplanning csd.md says %q", bad)
		}
	}
	var lc struct {
		Versions []struct {
			Platforms []map[string]any `json:"platforms"`
		} `json:"versions"`
	}
	if err := json.Unmarshal([]byte(tps("isodose-plan/lifecycle.json")), &lc); err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, v := range lc.Versions {
		for _, pl := range v.Platforms {
			if pl["name"] == "Windows 11" {
				seen = true
				if vs, ok := pl["versions"]; ok {
					t.Errorf("tpsplanning lifecycle.json gives Windows 11 the versions %v; want none (not stated)", vs)
				}
			}
		}
	}
	if !seen {
		t.Error("tpsplanning lifecycle.json lists no Windows 11 platform")
	}

	mx := buildFixture(t, "mobilexray")("mobile-dr2/csd.md")
	kindtest.SaysAll(t, "mobilexray csd.md", mx, "| DICOM TLS for sending images to the PACS | Off | On, Off | Not stated |")

	// check warns of each; a site file without an address builds, and
	// no warning speaks of the address, which no document prints.
	dir := filepath.Join("testdata", "tpsplanning")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "", nil)
	b, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	const addr = "address = \"\"\"\nIsodose Software BV\nUtrecht\nNetherlands\"\"\"\n"
	if !strings.Contains(string(b), addr) {
		t.Fatalf("the tpsplanning site file has no address %q", addr)
	}
	if err := os.WriteFile(site, []byte(strings.Replace(string(b), addr, "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err != nil {
		t.Fatal(err)
	}
	all := diagText(res.Warnings)
	if w := "warning: platforms[1]: Windows 11: versions not written"; !strings.Contains(all, w) {
		t.Errorf("the build without an address does not warn %q; it says:\n%s", w, all)
	}
	if strings.Contains(all, "manufacturer.address") {
		t.Errorf("a warning speaks of the address, which no document prints:\n%s", all)
	}
	_, mres := buildFixtureEdited(t, "mobilexray", "mobile-dr2.toml", func(s string) string { return s + "\n" })
	if got := diagText(mres.Warnings); !strings.Contains(got, "DICOM TLS for sending images to the PACS: changed_by not written") {
		t.Errorf("the mobilexray build does not warn that changed_by is not written; it says:\n%s", got)
	}
}

// diagText is the diagnostics, one a line.
func diagText(ds []contentpkg.Diagnostic) string {
	var lines []string
	for _, d := range ds {
		lines = append(lines, d.String())
	}
	return strings.Join(lines, "\n")
}
