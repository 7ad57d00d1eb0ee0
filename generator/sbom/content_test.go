package sbom

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// TestHalcyonExampleSBOM checks the SBOM that the example product ships:
// every component must carry the NTIA minimum elements the documents show
// (name, version, supplier, a unique identifier).
func TestHalcyonExampleSBOM(t *testing.T) {
	path := filepath.Join(moduleRoot(t), "content", "halcyon-lvp7", "sbom.cdx.json")
	doc, err := ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatCycloneDX || doc.SpecVersion != "1.5" || doc.Encoding != EncodingJSON {
		t.Errorf("format = %s %s %s, want CycloneDX 1.5 JSON", doc.Format, doc.SpecVersion, doc.Encoding)
	}
	if doc.Timestamp != "2025-05-02T00:00:00Z" {
		t.Errorf("timestamp %q", doc.Timestamp)
	}
	if len(doc.Authors) == 0 {
		t.Error("no SBOM author")
	}
	const meridian = "Meridian Infusion Systems, Inc."
	if s := doc.Subject; s == nil || s.Name != "Halcyon LVP-7 Pump Software" || s.Version != "4.2.1" || s.Supplier != meridian {
		t.Errorf("subject %+v", doc.Subject)
	}
	if n := len(doc.Components); n < 25 {
		t.Errorf("%d components, want at least 25", n)
	}
	refs := map[string]bool{}
	for _, c := range doc.Components {
		if c.Name == "" || c.Version == "" || c.Supplier == "" || c.PURL == "" || c.License == "" || c.Type == "" {
			t.Errorf("component lacks a minimum element: %+v", c)
		}
		if !strings.HasPrefix(c.PURL, "pkg:generic/") && !strings.HasPrefix(c.PURL, "pkg:github/") {
			t.Errorf("%s: purl %q, want pkg:generic or pkg:github (Yocto builds from source)", c.Name, c.PURL)
		}
		if refs[c.Ref] {
			t.Errorf("%s: bom-ref %q used twice", c.Name, c.Ref)
		}
		refs[c.Ref] = true
	}
	for _, want := range []Component{
		{Name: "openssl", Version: "3.0.16", Supplier: "OpenSSL Software Foundation", License: "Apache-2.0",
			PURL: "pkg:github/openssl/openssl@openssl-3.0.16", CPE: "cpe:2.3:a:openssl:openssl:3.0.16:*:*:*:*:*:*:*",
			Type: "library", Ref: "openssl"},
		{Name: "FreeRTOS-Kernel", Version: "11.1.0", Supplier: "Amazon Web Services", License: "MIT",
			PURL: "pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0", CPE: "cpe:2.3:o:amazon:freertos:11.1.0:*:*:*:*:*:*:*",
			Type: "library", Ref: "freertos-kernel"},
	} {
		got := findComponent(t, doc, want.PURL)
		if got != want {
			t.Errorf("component\n got %+v\nwant %+v", got, want)
		}
	}
	for _, c := range doc.Components {
		if c.Type == "operating-system" && strings.HasPrefix(c.Name, "linux") && !strings.HasPrefix(c.Version, "6.6.") {
			t.Errorf("kernel %s %s, want the 6.6 LTS series", c.Name, c.Version)
		}
	}
}

// TestHalcyonExampleDependencies checks the dependency graph of the
// shipped SBOM (which Document does not carry): every ref resolves, and
// every component is reachable from the pump software.
func TestHalcyonExampleDependencies(t *testing.T) {
	path := filepath.Join(moduleRoot(t), "content", "halcyon-lvp7", "sbom.cdx.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(bytes.NewReader(data), cdx.BOMFileFormatJSON).Decode(&bom); err != nil {
		t.Fatal(err)
	}
	root := bom.Metadata.Component.BOMRef
	known := map[string]bool{root: true}
	for _, c := range *bom.Components {
		known[c.BOMRef] = true
	}
	graph := map[string][]string{}
	for _, d := range *bom.Dependencies {
		if !known[d.Ref] {
			t.Errorf("dependency ref %q names no component", d.Ref)
		}
		if d.Dependencies != nil {
			for _, on := range *d.Dependencies {
				if !known[on] {
					t.Errorf("%s depends on %q, which names no component", d.Ref, on)
				}
				graph[d.Ref] = append(graph[d.Ref], on)
			}
		}
	}
	reached := map[string]bool{}
	var walk func(string)
	walk = func(ref string) {
		if reached[ref] {
			return
		}
		reached[ref] = true
		for _, on := range graph[ref] {
			walk(on)
		}
	}
	walk(root)
	for ref := range known {
		if !reached[ref] {
			t.Errorf("component %q is not reachable from %s", ref, root)
		}
	}
}

// TestCycloneDXLifecyclePhases: the phases a CycloneDX SBOM says it was
// made in are read (a reconstructed SBOM of a released version says
// "discovery"); none written reads as none.
func TestCycloneDXLifecyclePhases(t *testing.T) {
	for _, tt := range []struct {
		lifecycles string
		want       []string
	}{
		{`,"lifecycles":[{"phase":"discovery"},{"phase":" operations "}]`, []string{"discovery", "operations"}},
		{`,"lifecycles":[{"name":"custom","description":"no phase"}]`, nil},
		{"", nil},
	} {
		src := `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,"metadata":{"timestamp":"2026-03-02T00:00:00Z"` + tt.lifecycles + `},"components":[]}`
		doc, err := Parse("sbom.cdx.json", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(doc.Phases, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: phases %q, want %q", tt.lifecycles, doc.Phases, tt.want)
		}
	}
}
