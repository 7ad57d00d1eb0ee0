package sbom

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// generatedBOM encodes, with cyclonedx-go, a CycloneDX 1.6 JSON SBOM of n
// components shaped like real ones (supplier, licence, purl, CPE, hashes).
func generatedBOM(t testing.TB, n int) []byte {
	t.Helper()
	bom := cdx.NewBOM()
	bom.SpecVersion = cdx.SpecVersion1_6
	bom.JSONSchema = "http://cyclonedx.org/schema/bom-1.6.schema.json"
	bom.SerialNumber = "urn:uuid:00000000-0000-4000-8000-000000000000"
	bom.Metadata = &cdx.Metadata{
		Timestamp: "2026-03-02T00:00:00Z",
		Component: &cdx.Component{Type: cdx.ComponentTypeFirmware, Name: "bench-device", Version: "1.0.0", BOMRef: "device"},
	}
	components := make([]cdx.Component, n)
	dependsOn := make([]string, n)
	for i := range components {
		name := fmt.Sprintf("component-%04d", i)
		version := fmt.Sprintf("%d.%d.%d", i%7, i%13, i%5)
		purl := fmt.Sprintf("pkg:generic/example/%s@%s", name, version)
		components[i] = cdx.Component{
			BOMRef:     purl,
			Type:       cdx.ComponentTypeLibrary,
			Supplier:   &cdx.OrganizationalEntity{Name: fmt.Sprintf("Supplier %d", i%50)},
			Name:       name,
			Version:    version,
			Licenses:   &cdx.Licenses{{License: &cdx.License{ID: "Apache-2.0"}}},
			PackageURL: purl,
			CPE:        fmt.Sprintf("cpe:2.3:a:example:%s:%s:*:*:*:*:*:*:*", name, version),
			Hashes:     &[]cdx.Hash{{Algorithm: cdx.HashAlgoSHA256, Value: fmt.Sprintf("%064x", i)}},
		}
		dependsOn[i] = purl
	}
	bom.Components = &components
	bom.Dependencies = &[]cdx.Dependency{{Ref: "device", Dependencies: &dependsOn}}

	var buf bytes.Buffer
	enc := cdx.NewBOMEncoder(&buf, cdx.BOMFileFormatJSON)
	enc.SetPretty(true)
	if err := enc.Encode(bom); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGeneratedBOMParses(t *testing.T) {
	doc, err := Parse("generated", generatedBOM(t, 1000))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Components) != 1000 || doc.SpecVersion != "1.6" {
		t.Errorf("%d components, spec %s", len(doc.Components), doc.SpecVersion)
	}
}

func BenchmarkParse(b *testing.B) {
	b.Run("generated-1000-components", func(b *testing.B) {
		benchmarkParse(b, generatedBOM(b, 1000))
	})
	b.Run("laravel-json", func(b *testing.B) {
		data, err := os.ReadFile(filepath.Join(examplesDir(b), "laravel-7.12.0.cdx-1.4.json"))
		if err != nil {
			b.Fatal(err)
		}
		benchmarkParse(b, data)
	})
}

func benchmarkParse(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench", data); err != nil {
			b.Fatal(err)
		}
	}
}
