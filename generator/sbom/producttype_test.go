package sbom

import (
	"encoding/json"
	"testing"
)

// TestProductType: the one rule for a product version's CycloneDX type:
// what its SBOM subjects state when they agree, else an application,
// wherever the software runs (the data do not say firmware).
func TestProductType(t *testing.T) {
	for _, c := range []struct {
		name   string
		stated []string
		want   string
	}{
		{"subjects agree", []string{"application", "application"}, "application"},
		{"one subject states none", []string{"firmware", ""}, "firmware"},
		{"subjects differ", []string{"application", "container"}, "application"},
		{"none stated", nil, "application"},
		{"none stated, one subject", []string{""}, "application"},
		{"an SPDX purpose CycloneDX lacks", []string{"source"}, "application"},
	} {
		if got := ProductType(c.stated); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAnnotateAsTypesAnUntypedSubject: an SPDX document's described
// package without a primary purpose becomes the product's type in the
// annotated copy, not a library; one with a purpose keeps it, and so do
// the other packages (a purpose-less one stays a library).
func TestAnnotateAsTypesAnUntypedSubject(t *testing.T) {
	doc := func(purpose string) []byte {
		return []byte(`{"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT", "name": "x",
"documentNamespace": "https://example.com/x", "creationInfo": {"created": "2024-01-01T00:00:00Z", "creators": ["Tool: t"]},
"documentDescribes": ["SPDXRef-fw"],
"packages": [{"SPDXID": "SPDXRef-fw", "name": "fw", "versionInfo": "1.0", "downloadLocation": "NOASSERTION"` + purpose + `},
{"SPDXID": "SPDXRef-lib", "name": "lib", "versionInfo": "2.0", "downloadLocation": "NOASSERTION"}],
"relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-fw"},
{"spdxElementId": "SPDXRef-fw", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-lib"}]}`)
	}
	for _, c := range []struct {
		name, purpose, subject, want string
	}{
		{"no purpose, the product's type", "", "firmware", "firmware"},
		{"no purpose, no type given", "", "", "application"},
		{"a purpose of its own", `, "primaryPackagePurpose": "APPLICATION"`, "firmware", "application"},
	} {
		b, err := AnnotateAs("x.spdx.json", doc(c.purpose), c.subject, func(Component) Annotation { return Annotation{} })
		if err != nil {
			t.Fatal(err)
		}
		var bom struct {
			Metadata struct {
				Component struct{ Type string } `json:"component"`
			} `json:"metadata"`
			Components []struct{ Name, Type string } `json:"components"`
		}
		if err := json.Unmarshal(b, &bom); err != nil {
			t.Fatal(err)
		}
		if got := bom.Metadata.Component.Type; got != c.want {
			t.Errorf("%s: subject type %q, want %q", c.name, got, c.want)
		}
		for _, comp := range bom.Components {
			if comp.Name == "lib" && comp.Type != "library" {
				t.Errorf("%s: lib typed %q, want library", c.name, comp.Type)
			}
		}
	}
}
