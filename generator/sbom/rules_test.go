package sbom

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parseString parses data that must be valid.
func parseString(t *testing.T, data string) *Document {
	t.Helper()
	doc, err := Parse(t.Name(), []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestCycloneDXSupplierAndLicenceRules(t *testing.T) {
	doc := parseString(t, `{
	  "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
	  "metadata": {"component": {"type": "device", "name": "pump",
	    "components": [{"type": "firmware", "name": "motor-fw", "version": "2.0",
	      "manufacturer": {"name": "Maker Ltd"}}]}},
	  "components": [
	    {"type": "library", "name": "a", "supplier": {"name": "Supplier Inc"}, "publisher": "Publisher Inc",
	     "licenses": [{"license": {"id": "MIT"}}, {"license": {"name": "Custom Licence"}}, {"license": {"id": "MIT"}}]},
	    {"type": "library", "name": "b", "publisher": "Publisher Inc", "manufacturer": {"name": "Maker Ltd"},
	     "licenses": [{"expression": "MIT OR Apache-2.0"}, {"license": {"id": "BSD-3-Clause"}}]},
	    {"type": "library", "name": "c", "authors": [{"name": "Ann"}, {"email": "bob@example.org"}],
	     "components": [{"type": "Library", "name": "c-part", "supplier": {"name": " "}, "author": "Cee"}]}
	  ]}`)
	// The supplier is the supplier element only: publisher, manufacturer
	// and authors are kept in their own fields and never stand in for it.
	want := []Component{
		{Name: "a", Supplier: "Supplier Inc", Publisher: "Publisher Inc", License: "MIT AND Custom Licence", Type: "library"},
		{Name: "b", Publisher: "Publisher Inc", Manufacturer: "Maker Ltd", License: "(MIT OR Apache-2.0) AND BSD-3-Clause", Type: "library"},
		{Name: "c", Author: "Ann, bob@example.org", Type: "library"},
		{Name: "c-part", Author: "Cee", Type: "library"},
		{Name: "motor-fw", Version: "2.0", Manufacturer: "Maker Ltd", Type: "firmware"},
	}
	if diff := cmp.Diff(want, doc.Components); diff != "" {
		t.Errorf("components (-want +got):\n%s", diff)
	}
	if doc.Subject == nil || doc.Subject.Name != "pump" || doc.Subject.Type != "device" {
		t.Errorf("subject %+v", doc.Subject)
	}
}

func TestSPDXSupplierLicenceAndReferenceRules(t *testing.T) {
	doc := parseString(t, `SPDXVersion: SPDX-2.3
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: rules
DocumentNamespace: https://example.org/rules
Creator: Organization: Meridian Infusion Systems, Inc.
Creator: Tool: handmade
Created: 2026-03-02T00:00:00Z

PackageName: one
SPDXID: SPDXRef-one
PackageVersion: 1.0
PackageSupplier: Organization: Supplier Inc
PackageOriginator: Person: Olga
PackageDownloadLocation: NOASSERTION
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: Apache-2.0
PrimaryPackagePurpose: OPERATING-SYSTEM
ExternalRef: SECURITY cpe22Type cpe:/a:one:one:1.0
ExternalRef: SECURITY cpe23Type cpe:2.3:a:one:one:1.0:*:*:*:*:*:*:*
ExternalRef: PACKAGE-MANAGER purl pkg:generic/one@1.0

PackageName: two
SPDXID: SPDXRef-two
PackageVersion: 2.0
PackageSupplier: NOASSERTION
PackageOriginator: Person: Olga
PackageDownloadLocation: NOASSERTION
FilesAnalyzed: false
PackageLicenseConcluded: NONE
PackageLicenseDeclared: NOASSERTION
ExternalRef: SECURITY cpe22Type cpe:/a:two:two:2.0

PackageName: three
SPDXID: SPDXRef-three
PackageVersion: NOASSERTION
PackageDownloadLocation: NOASSERTION
FilesAnalyzed: false

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-one
Relationship: SPDXRef-two DESCRIBED_BY SPDXRef-DOCUMENT
`)
	// Two packages are described: no single subject, all are components.
	if doc.Subject != nil {
		t.Errorf("subject %+v, want none", doc.Subject)
	}
	want := []Component{
		{Name: "one", Version: "1.0", Supplier: "Supplier Inc", License: "Apache-2.0",
			PURL: "pkg:generic/one@1.0", CPE: "cpe:2.3:a:one:one:1.0:*:*:*:*:*:*:*", Type: "operating-system", Ref: "SPDXRef-one",
			Originator: "Olga"},
		{Name: "three", Ref: "SPDXRef-three"}, // version NOASSERTION: not stated, not a version
		// Supplier NOASSERTION: unknown; the originator is not the supplier.
		{Name: "two", Version: "2.0", Originator: "Olga", CPE: "cpe:/a:two:two:2.0", Ref: "SPDXRef-two"},
	}
	if diff := cmp.Diff(want, doc.Components); diff != "" {
		t.Errorf("components (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Meridian Infusion Systems, Inc."}, doc.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s", diff)
	}
}

func TestSPDXJSONPrimaryPurposeWithUnderscore(t *testing.T) {
	doc := parseString(t, `{"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
	  "name": "x", "documentNamespace": "https://example.org/x",
	  "creationInfo": {"created": "2026-03-02T00:00:00Z", "creators": ["Tool: t"]},
	  "packages": [{"SPDXID": "SPDXRef-os", "name": "linux", "versionInfo": "6.6.52",
	    "downloadLocation": "NOASSERTION", "filesAnalyzed": false, "primaryPackagePurpose": "OPERATING_SYSTEM",
	    "supplier": "Organization: The Linux Foundation",
	    "externalRefs": [{"referenceCategory": "PACKAGE_MANAGER", "referenceType": "purl", "referenceLocator": "pkg:generic/linux@6.6.52"}]}]}`)
	want := []Component{{Name: "linux", Version: "6.6.52", Supplier: "The Linux Foundation",
		PURL: "pkg:generic/linux@6.6.52", Type: "operating-system", Ref: "SPDXRef-os"}}
	if diff := cmp.Diff(want, doc.Components); diff != "" {
		t.Errorf("components (-want +got):\n%s", diff)
	}
}

func TestComponentsSortedWithTieBreakers(t *testing.T) {
	doc := parseString(t, `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [
	  {"type": "library", "name": "zlib", "version": "1.3.1", "bom-ref": "b"},
	  {"type": "library", "name": "BusyBox", "version": "1.36.1"},
	  {"type": "library", "name": "zlib", "version": "1.3.1", "bom-ref": "a"},
	  {"type": "library", "name": "busybox", "version": "1.36.1"},
	  {"type": "library", "name": "zlib", "version": "1.2.13"}]}`)
	var got []string
	for _, c := range doc.Components {
		got = append(got, c.Name+"@"+c.Version+"#"+c.Ref)
	}
	want := []string{"BusyBox@1.36.1#", "busybox@1.36.1#", "zlib@1.2.13#", "zlib@1.3.1#a", "zlib@1.3.1#b"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestComponentMatches(t *testing.T) {
	c := Component{Name: "OpenSSL", Version: "3.0.16", PURL: "pkg:github/openssl/openssl@openssl-3.0.16"}
	for _, tc := range []struct {
		purl, name, version string
		want                bool
	}{
		{"pkg:github/openssl/openssl@openssl-3.0.16", "", "", true},
		{" pkg:github/openssl/openssl@openssl-3.0.16\n", "", "", true},
		{"pkg:github/openssl/openssl@openssl-3.0.16", "zlib", "1.3.1", true}, // the purl decides alone
		{"pkg:github/openssl/openssl@openssl-3.0.15", "OpenSSL", "3.0.16", false},
		{"", "openssl", "3.0.16", true},
		{"", " OpenSSL ", "3.0.16", true},
		{"", "openssl", "3.0.15", false},
		{"", "openssl", "", false},
		{"", "", "3.0.16", false},
		{"", "", "", false},
	} {
		if got := c.Matches(tc.purl, tc.name, tc.version); got != tc.want {
			t.Errorf("Matches(%q, %q, %q) = %v, want %v", tc.purl, tc.name, tc.version, got, tc.want)
		}
	}
	if (Component{}).Matches("", "", "") {
		t.Error("an empty component matched empty keys")
	}
}
