package sbom

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds Parse arbitrary bytes: it may return an error, but must
// never panic, and a document it returns must be usable.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"",
		"{}",
		"[]",
		`{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "metadata": {"component": {"type": "firmware", "name": "pump", "components": [{"type": "library", "name": "x"}]}}, "components": [{"type": "library", "name": "zlib", "version": "1.3.1", "licenses": [{"expression": "Zlib"}], "components": [{"type": "library", "name": "nested"}]}]}`,
		`{"bomFormat": "CycloneDX", "specVersion": "1.4"`,
		`<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components><component type="library"><name>zlib</name><licenses><license><id>Zlib</id></license></licenses></component></components></bom>`,
		`{"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "x", "packages": [{"SPDXID": "SPDXRef-p", "name": "p", "supplier": "Organization: S", "externalRefs": [{"referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:p:p:1:*:*:*:*:*:*:*"}]}], "relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-p"}]}`,
		"SPDXVersion: SPDX-2.2\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: x\nPackageName: p\nSPDXID: SPDXRef-p\nPackageSupplier: Person: P\nRelationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-p\n",
		"SPDXVersion: SPDX-2.3\nPackageName hello\n",
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>`,
		"\xEF\xBB\xBF{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}",
	} {
		f.Add([]byte(seed))
	}
	// The real files too, when they are there (the corpus must not depend
	// on them).
	for _, path := range []string{
		filepath.Join("..", "..", "content", "halcyon-lvp7", "sbom.cdx.json"),
		filepath.Join("..", "..", "..", "shared", "sbom-examples", "example2-bin.spdx-2.2.spdx"),
		filepath.Join("..", "..", "..", "shared", "sbom-examples", "example11.spdx-2.3.json"),
	} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz", data)
		if err != nil {
			if doc != nil {
				t.Errorf("document and error both returned")
			}
			return
		}
		if doc.Format != FormatCycloneDX && doc.Format != FormatSPDX {
			t.Errorf("format %q", doc.Format)
		}
		for i := 1; i < len(doc.Components); i++ {
			if compareComponents(doc.Components[i-1], doc.Components[i]) > 0 {
				t.Fatalf("components not sorted at %d", i)
			}
		}
	})
}

// FuzzSPDXTagValue feeds the tag-value reader arbitrary text: it must
// never panic, a document it returns has an identifier for every package,
// and wherever the upstream reader accepts the input, it must read the
// same facts from it (see compareWithUpstream).
func FuzzSPDXTagValue(f *testing.F) {
	for _, seed := range tagValueSeeds {
		f.Add([]byte(seed))
	}
	for _, path := range []string{
		filepath.Join("testdata", "spec-style-2.3.spdx"),
		filepath.Join("..", "..", "..", "shared", "sbom-examples", "example2-bin.spdx-2.2.spdx"),
	} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, version, err := readTagValue(data)
		if err != nil {
			return
		}
		if version == "" {
			t.Error("no version")
		}
		for _, p := range doc.Packages {
			if p.PackageSPDXIdentifier == "" {
				t.Errorf("package %q without identifier", p.PackageName)
			}
		}
		if recoverPanic(func() error { compareWithUpstream(t, data); return nil }) != nil {
			return // the upstream reader panicked: nothing to compare
		}
	})
}
