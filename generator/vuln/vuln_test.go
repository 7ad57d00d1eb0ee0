package vuln_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

const repo = "../.."

// exampleProduct loads the example and returns its pump.
func exampleProduct(t *testing.T) (*content.Content, *content.Product) {
	t.Helper()
	c, diags := content.Load(repo+"/jspgen.toml", repo+"/content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	return c, pump(t, c)
}

func example(t *testing.T) (*content.Content, *content.Product, *inventory.Inventory) {
	t.Helper()
	c, p := exampleProduct(t)
	inv, d := inventory.Load(c.Dir, p.Current(content.NewDate(2026, 3, 2)))
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	return c, p, inv
}

// TestExample: the example's declared and OpenVEX vulnerabilities merge
// cleanly, cover every status, and an uncontrolled risk sorts first.
func TestExample(t *testing.T) {
	c, p, inv := example(t)
	s, diags := vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	statuses := map[content.VulnStatus]int{}
	ids := map[string]bool{}
	for _, v := range s.List {
		statuses[v.Status]++
		ids[v.ID] = true
	}
	for _, st := range content.VulnStatus("").Values() {
		if statuses[content.VulnStatus(st)] == 0 {
			t.Errorf("no vulnerability with status %s", st)
		}
	}
	if len(ids) < 6 {
		t.Errorf("%d distinct vulnerabilities; want at least 6", len(ids))
	}
	if !s.List[0].Uncontrolled() {
		t.Errorf("first vulnerability %s %s is not the uncontrolled one", s.List[0].ID, s.List[0].Version)
	}
	for _, v := range s.List {
		if v.ID == "CVE-2024-1086" && v.Version == "4.1.0" {
			if v.CVSS == nil || v.CVSS.Score != 7.8 || v.CVSS.Severity != "High" {
				t.Errorf("CVE-2024-1086 CVSS = %v; want 7.8 High computed from the vector", v.CVSS)
			}
			if got := v.ComponentNames(); got != "linux-imx 6.1.22" {
				t.Errorf("CVE-2024-1086 in 4.1.0 components = %q; want the 4.1.0 kernel only", got)
			}
		}
		if v.ID == "CVE-2023-52160" && v.Source == "" {
			t.Error("imported statement has no source")
		}
	}
	if !ids["CVE-2023-52160"] || !ids["CVE-2024-2398"] {
		t.Error("the OpenVEX statements were not imported")
	}
}

// TestVEXRoundTrip: the per-version VEX files jspgen writes parse back
// with the same importers into the same statements, and are the same
// bytes every time.
func TestVEXRoundTrip(t *testing.T) {
	c, p, inv := example(t)
	s, _ := vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
	pub := vuln.Publisher{Name: "Meridian Infusion Systems, Inc.", Contact: "psirt@example.org", Tool: "jspgen test"}
	cwes := 0
	for _, v := range s.Versions {
		want := s.For(v.Version)
		if len(want) == 0 {
			continue
		}
		cdxJSON, err := s.CycloneDX(p, v.Version, pub)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := s.CycloneDX(p, v.Version, pub)
		if string(again) != string(cdxJSON) {
			t.Errorf("%s: CycloneDX VEX differs between two runs", v.Version)
		}
		ov, err := s.OpenVEX(p, v.Version, "urn:test:"+v.Version, pub)
		if err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{"cdx": cdxJSON, "openvex": ov} {
			_, stmts, err := vuln.Parse(data)
			if err != nil {
				t.Fatalf("%s %s: %v", v.Version, name, err)
			}
			if len(stmts) != len(want) {
				t.Fatalf("%s %s: %d statements; want %d", v.Version, name, len(stmts), len(want))
			}
			for i, st := range stmts {
				w := want[i]
				wantJ := w.Justification
				if name == "cdx" && wantJ == "vulnerable_code_cannot_be_controlled_by_adversary" {
					wantJ = "" // CycloneDX has no justification that does not claim a protection: none is written
				}
				if st.ID != w.ID || st.Status != w.Status || st.Justification != wantJ {
					t.Errorf("%s %s [%d]: %s %s %s; want %s %s %s", v.Version, name, i, st.ID, st.Status, st.Justification, w.ID, w.Status, wantJ)
				}
				if len(st.Targets) != 1 || st.Targets[0].Product != v.PURL {
					t.Errorf("%s %s [%d]: targets %+v; want product %s", v.Version, name, i, st.Targets, v.PURL)
				}
				if name == "cdx" && w.CVSS != nil && st.CVSS != w.CVSS.Vector {
					t.Errorf("%s cdx [%d]: CVSS %q; want %q", v.Version, i, st.CVSS, w.CVSS.Vector)
				}
				// The weakness goes out and comes back by number
				// (CycloneDX has no name for it); OpenVEX has none.
				var wantCWEs []content.CWE
				if name == "cdx" && w.CWE != nil {
					wantCWEs = []content.CWE{{ID: w.CWE.ID}}
					cwes++
				}
				if !slices.Equal(st.CWEs, wantCWEs) {
					t.Errorf("%s %s [%d]: CWEs %v; want %v", v.Version, name, i, st.CWEs, wantCWEs)
				}
			}
		}
	}
	if cwes == 0 {
		t.Error("no exported vulnerability carries a CWE: the example states CWE-416 for CVE-2024-1086")
	}
}

// load runs vuln.Load over the example with an extra VEX file and extra
// product file entries.
func load(t *testing.T, vexName string, vexData []byte, extra []content.Vulnerability) content.Diagnostics {
	t.Helper()
	_, d := loadSet(t, vexName, vexData, extra)
	return d
}

// loadSet is load that also returns the set.
func loadSet(t *testing.T, vexName string, vexData []byte, extra []content.Vulnerability) (*vuln.Set, content.Diagnostics) {
	t.Helper()
	return loadSetWith(t, vexName, vexData, extra, nil)
}

// loadSetWith is loadSet with the product changed by change (when not
// nil) before the vulnerabilities are loaded.
func loadSetWith(t *testing.T, vexName string, vexData []byte, extra []content.Vulnerability, change func(*content.Product)) (*vuln.Set, content.Diagnostics) {
	t.Helper()
	dir, c, p := editedExample(t, "", nil)
	if vexName != "" {
		os.WriteFile(filepath.Join(dir, p.ID, vexName), vexData, 0o644)
		p.VEX.Files = append(p.VEX.Files, vexName)
	}
	p.Vulns = append(p.Vulns, extra...)
	if change != nil {
		change(p)
	}
	inv, _ := inventory.Load(c.Dir, p.Current(content.NewDate(2026, 3, 2)))
	return vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// editedExample copies the example's content folder, rewrites its file
// rel (slash-separated, relative to the folder) by edit unless rel is
// empty, and loads the copy: its folder, the content and the pump.
func editedExample(t *testing.T, rel string, edit func(string) string) (string, *content.Content, *content.Product) {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, filepath.Join(repo, "content"), dir)
	if rel != "" {
		f := filepath.Join(dir, filepath.FromSlash(rel))
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(edit(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags := content.Load(repo+"/jspgen.toml", dir)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	return dir, c, pump(t, c)
}

// pump is the example's infusion pump in c.
func pump(t *testing.T, c *content.Content) *content.Product {
	t.Helper()
	i := slices.IndexFunc(c.Products, func(q *content.Product) bool { return q.ID == "halcyon-lvp7" })
	if i < 0 {
		t.Fatal("no example product halcyon-lvp7")
	}
	return c.Products[i]
}

func wantDiag(t *testing.T, diags content.Diagnostics, file, text string) {
	t.Helper()
	for _, d := range diags {
		if strings.HasSuffix(d.File, file) && strings.Contains(d.Message, text) {
			return
		}
	}
	t.Errorf("no diagnostic in %s containing %q; got %v", file, text, diags)
}

// TestErrors: a vulnerability in a component no version contains, or a
// VEX statement about an unknown product, is an error naming the file
// and the place.
func TestErrors(t *testing.T) {
	t.Run("declared component in no version", func(t *testing.T) {
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-3094", Status: "affected", Risk: "controlled", Remediation: "x",
			Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "xz", Version: "5.6.1"}}}})
		wantDiag(t, d, "halcyon-lvp7.toml", `unknown component "xz 5.6.1": no version of the product contains it`)
		if !slices.ContainsFunc(d, func(x content.Diagnostic) bool { return x.Path == "vulnerabilities[7].components[0]" }) {
			t.Errorf("no diagnostic at vulnerabilities[7].components[0]: %v", d)
		}
	})
	t.Run("declared unknown version and bad vector", func(t *testing.T) {
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-6119", Status: "not_affected", Justification: "component_not_present",
			CVSS: "CVSS:3.1/AV:X", Versions: []string{"9.9"}, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}}}})
		wantDiag(t, d, "halcyon-lvp7.toml", `unknown version "9.9"`)
		wantDiag(t, d, "halcyon-lvp7.toml", "want a CVSS v3.1 base vector")
	})
	t.Run("OpenVEX unknown product", func(t *testing.T) {
		d := load(t, "bad.openvex.json", []byte(`{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"x","timestamp":"2024-01-01T00:00:00Z","version":1,
"statements":[{"vulnerability":{"name":"CVE-2024-6119"},"products":[{"@id":"pkg:generic/other-pump@1.0","subcomponents":[{"@id":"pkg:github/openssl/openssl@openssl-3.0.16"}]}],"status":"fixed"}]}`), nil)
		wantDiag(t, d, "halcyon-lvp7/bad.openvex.json", `unknown product "pkg:generic/other-pump@1.0"`)
		if !slices.ContainsFunc(d, func(x content.Diagnostic) bool { return x.Path == "statements[0]" }) {
			t.Errorf("no diagnostic at statements[0]: %v", d)
		}
	})
	t.Run("CycloneDX XML component in no version", func(t *testing.T) {
		xml := `<?xml version="1.0"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
 <metadata><component type="firmware" bom-ref="p"><name>Halcyon LVP-7 Pump Software</name><version>4.2.1</version><purl>pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.2.1</purl></component></metadata>
 <components><component type="library" bom-ref="xz"><name>xz</name><version>5.6.1</version><purl>pkg:generic/xz@5.6.1</purl></component></components>
 <vulnerabilities><vulnerability><id>CVE-2024-3094</id><analysis><state>exploitable</state></analysis><affects><target><ref>xz</ref></target></affects></vulnerability></vulnerabilities>
</bom>`
		d := load(t, "bad.cdx.xml", []byte(xml), nil)
		wantDiag(t, d, "halcyon-lvp7/bad.cdx.xml", `unknown component "pkg:generic/xz@5.6.1"`)
	})
}

// TestCycloneDXXML reads a CycloneDX VEX in XML: the analysis state and
// justification map onto the VEX vocabulary.
func TestCycloneDXXML(t *testing.T) {
	xml := `<?xml version="1.0"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
 <metadata><component type="firmware" bom-ref="p"><name>x</name><version>1</version><purl>pkg:generic/x@1</purl></component></metadata>
 <components><component type="library" bom-ref="c"><name>openssl</name><version>3.0.16</version><purl>pkg:github/openssl/openssl@openssl-3.0.16</purl></component></components>
 <vulnerabilities><vulnerability><id>CVE-2024-0727</id>
  <ratings><rating><score>5.5</score><method>CVSSv31</method><vector>AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H</vector></rating></ratings>
  <analysis><state>not_affected</state><justification>code_not_reachable</justification></analysis>
  <affects><target><ref>c</ref></target></affects></vulnerability></vulnerabilities>
</bom>`
	format, stmts, err := vuln.Parse([]byte(xml))
	if err != nil {
		t.Fatal(err)
	}
	if format != vuln.FormatCycloneDXXML || len(stmts) != 1 {
		t.Fatalf("format %s, %d statements", format, len(stmts))
	}
	st := stmts[0]
	if st.Status != "not_affected" || st.Justification != "vulnerable_code_not_in_execute_path" || st.CVSS != "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H" {
		t.Errorf("statement = %+v", st)
	}
	if len(st.Targets) != 1 || st.Targets[0].Product != "pkg:generic/x@1" || !slices.Equal(st.Targets[0].Components, []string{"pkg:github/openssl/openssl@openssl-3.0.16"}) {
		t.Errorf("targets = %+v", st.Targets)
	}
}

// TestCVSS computes base scores for v3.1 and v4.0 vectors.
func TestCVSS(t *testing.T) {
	for vec, want := range map[string]string{
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H":                    "9.8 Critical (CVSS 3.1)",
		"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H":                    "7.8 High (CVSS 3.1)",
		"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N": "9.3 Critical (CVSS 4.0)",
	} {
		c, err := vuln.ParseCVSS(vec)
		if err != nil {
			t.Fatal(err)
		}
		if c.String() != want {
			t.Errorf("%s = %s; want %s", vec, c, want)
		}
	}
	if _, err := vuln.ParseCVSS("AV:N/AC:L"); err == nil {
		t.Error("a vector without its CVSS: prefix was accepted")
	}
	// The score column of a document: one decimal, and empty (not
	// "0.0", a score) for a vulnerability without a vector.
	c, _ := vuln.ParseCVSS("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
	if got := c.ScoreText(); got != "9.8" {
		t.Errorf("ScoreText = %q; want 9.8", got)
	}
	var none *vuln.CVSS
	if none.ScoreText() != "" || none.String() != "" {
		t.Errorf("no vector gives %q, %q; want empty", none.ScoreText(), none.String())
	}
}

// TestOpenVEXDocumentTimestamp: the OpenVEX document carries its
// timestamp (required by the specification), from the data.
func TestOpenVEXDocumentTimestamp(t *testing.T) {
	c, p, inv := example(t)
	s, _ := vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
	b, err := s.OpenVEX(p, "4.2.1", "urn:test", vuln.Publisher{Name: "M"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"timestamp": "2025-05-12T00:00:00Z",`+"\n"+`  "version": 1`) {
		t.Errorf("no document timestamp:\n%s", b[:300])
	}
}
