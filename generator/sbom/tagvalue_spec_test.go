package sbom

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSPDXTagValueSpecExample reads the SPDX 2.3 specification's own
// tag-value example (testdata/SPDXTagExample-v2.3.spdx, source and licence
// beside it). The file declares four packages (PackageName lines: glibc,
// Apache Commons Lang, Jena, Saxon); the document DESCRIBES glibc, so it
// is the subject and the other three are its components. Files, the
// snippet, annotations and extracted licences are not components.
func TestSPDXTagValueSpecExample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "SPDXTagExample-v2.3.spdx"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("SPDXTagExample-v2.3.spdx", data)
	if err != nil {
		t.Fatal(err)
	}
	if got := countTag(data, "PackageName:"); got != 4 {
		t.Fatalf("the example declares %d packages, the test expects 4", got)
	}
	n := len(doc.Components)
	if doc.Subject != nil {
		n++
	}
	if n != 4 {
		t.Errorf("read %d packages (subject and components), the file declares 4", n)
	}
	want := &Document{
		Format: FormatSPDX, SpecVersion: "2.3", Encoding: EncodingTagValue,
		Name:      "SPDX-Tools-v2.0",
		Authors:   []string{"ExampleCodeInspect ()", "Jane Doe ()"},
		Timestamp: "2010-01-29T18:30:22Z",
		Subject: &Component{Name: "glibc", Version: "2.11.1", Supplier: "Jane Doe (jane.doe@example.com)",
			Originator: "ExampleCodeInspect (contact@example.com)", License: "(LGPL-2.0-only OR LicenseRef-3)",
			CPE: "cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*", Type: "source", Ref: "SPDXRef-Package"},
		Components: []Component{
			{Name: "Apache Commons Lang", Ref: "SPDXRef-fromDoap-1"},
			{Name: "Jena", Version: "3.12.0", PURL: "pkg:maven/org.apache.jena/apache-jena@3.12.0", Ref: "SPDXRef-fromDoap-0"},
			{Name: "Saxon", Version: "8.8", License: "MPL-1.0", Ref: "SPDXRef-Saxon"},
		},
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
}

// countTag counts the lines that start with tag, outside <text> blocks
// (the example has none there, but a count that could be fooled by one
// would not prove anything).
func countTag(data []byte, tag string) int {
	n := 0
	inText := false
	for _, line := range strings.Split(string(data), "\n") {
		if !inText && strings.HasPrefix(line, tag) {
			n++
		}
		if i := strings.Index(line, "<text>"); i >= 0 && !strings.Contains(line[i:], "</text>") {
			inText = true
		} else if inText && strings.Contains(line, "</text>") {
			inText = false
		}
	}
	return n
}
