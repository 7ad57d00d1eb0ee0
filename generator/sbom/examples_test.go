package sbom

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The expected values below were read from the example files themselves.

func TestParseLaravelCycloneDX14(t *testing.T) {
	jsonDoc := parseExample(t, "laravel-7.12.0.cdx-1.4.json")
	xmlDoc := parseExample(t, "laravel-7.12.0.cdx-1.4.xml")

	for _, tc := range []struct {
		doc      *Document
		encoding string
	}{{jsonDoc, EncodingJSON}, {xmlDoc, EncodingXML}} {
		t.Run(tc.encoding, func(t *testing.T) {
			doc := tc.doc
			if doc.Format != FormatCycloneDX || doc.SpecVersion != "1.4" || doc.Encoding != tc.encoding {
				t.Errorf("format = %s %s %s, want CycloneDX 1.4 %s", doc.Format, doc.SpecVersion, doc.Encoding, tc.encoding)
			}
			if got, want := len(doc.Components), 62; got != want {
				t.Errorf("%d components, want %d", got, want)
			}
			if doc.Name != "cyclonedx-php-composer-demo" {
				t.Errorf("Name = %q", doc.Name)
			}
			wantSubject := &Component{
				Name: "cyclonedx-php-composer-demo", Version: "dev-master", Author: "Jan Kowalleck",
				PURL: "pkg:composer/cyclonedx/cyclonedx-php-composer-demo@dev-master", Group: "cyclonedx",
				Type: "application", Ref: "cyclonedx/cyclonedx-php-composer-demo-dev-master",
			}
			if diff := cmp.Diff(wantSubject, doc.Subject); diff != "" {
				t.Errorf("Subject (-want +got):\n%s", diff)
			}
			for _, want := range []Component{
				// Composer SBOMs state authors, never a supplier: the
				// supplier is unknown, the author kept apart.
				{Name: "framework", Version: "v7.30.6", Author: "Taylor Otwell", License: "MIT",
					PURL: "pkg:composer/laravel/framework@v7.30.6", Group: "laravel", Type: "library", Ref: "laravel/framework-7.30.6.0"},
				{Name: "stack-cors", Version: "1.3.0", Author: "Alexander", License: "MIT",
					PURL: "pkg:composer/asm89/stack-cors@1.3.0", Group: "asm89", Type: "library", Ref: "asm89/stack-cors-1.3.0.0"},
				// Several authors, joined.
				{Name: "carbon", Version: "2.63.0", Author: "Brian Nesbitt, kylekatarnls", License: "MIT",
					PURL: "pkg:composer/nesbot/carbon@2.63.0", Group: "nesbot", Type: "library", Ref: "nesbot/carbon-2.63.0.0"},
				// No author, no supplier: unknown.
				{Name: "uuid", Version: "4.2.3", Supplier: "", License: "MIT",
					PURL: "pkg:composer/ramsey/uuid@4.2.3", Group: "ramsey", Type: "library", Ref: "ramsey/uuid-4.2.3.0"},
			} {
				got := findComponent(t, doc, want.PURL)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("component %s (-want +got):\n%s", want.PURL, diff)
				}
			}
			if !slices.IsSortedFunc(doc.Components, compareComponents) {
				t.Error("components not sorted")
			}
		})
	}

	// The two encodings of the same SBOM must give the same document.
	xmlDoc.Encoding = jsonDoc.Encoding
	if diff := cmp.Diff(jsonDoc, xmlDoc); diff != "" {
		t.Errorf("JSON and XML differ (-json +xml):\n%s", diff)
	}
}

func TestParseSpecValidCycloneDX16(t *testing.T) {
	doc := parseExample(t, "spec-valid-bom.cdx-1.6.json")
	want := &Document{
		Format: FormatCycloneDX, SpecVersion: "1.6", Encoding: EncodingJSON,
		Name:      "Acme Application",
		Authors:   []string{"Samantha Wright"},
		Timestamp: "2020-04-13T20:20:39+00:00",
		Subject:   &Component{Name: "Acme Application", Version: "9.1.1", Author: "Acme Super Heros", Type: "application"},
		Components: []Component{
			// Neither supplier nor publisher: no supplier; the author kept apart.
			{Name: "myframework", Version: "1.0.0", Author: "Example Super Heros", License: "Some random license",
				PURL: "pkg:maven/com.example/myframework@1.0.0?packaging=war", Group: "com.example", Type: "framework"},
			// Supplier, manufacturer and authors each in their own field; an
			// expression is kept.
			{Name: "mylibrary", Version: "1.0.0", Supplier: "Example, Inc.", License: "EPL-2.0 OR GPL-2.0-with-classpath-exception",
				PURL: "pkg:maven/com.example/myapplication@1.0.0?packaging=war", CPE: "cpe:/a:example:myapplication:1.0.0",
				Group: "org.example", Type: "library", Ref: "pkg:maven/com.example/myapplication@1.0.0?packaging=war",
				Author: "Anthony Edward Stark, Peter Benjamin Parker", Manufacturer: "Example-2, Inc."},
			// A publisher is not a supplier; the pedigree ancestor is not a component.
			{Name: "tomcat-catalina", Version: "9.0.14", Publisher: "Acme Inc", Author: "Joane Doe et al.", License: "Apache-2.0",
				PURL: "pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar", Group: "com.acme", Type: "application",
				Ref: "pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar"},
		},
		// The dependency graph, by bom-ref.
		DependsOn: map[string][]string{
			"pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar": {"pkg:maven/com.example/myapplication@1.0.0?packaging=war"},
		},
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
}

func TestParseExample11SPDX23JSON(t *testing.T) {
	doc := parseExample(t, "example11.spdx-2.3.json")
	want := &Document{
		Format: FormatSPDX, SpecVersion: "2.3", Encoding: EncodingJSON,
		Name:      "SBOM-SPDX-2d85f548-12fa-46d5-87ce-5e78e5e111f4",
		Authors:   []string{"Unknown"}, // "Organization: Unknown"; the Tool creator is left out
		Timestamp: "2022-11-03T07:10:10Z",
		// documentDescribes names this package and a file: the package is
		// the subject.
		Subject: &Component{Name: "hello-server-src", Version: "0.1.0", License: "Apache-2.0",
			PURL: "pkg:deb/debian/libselinux1-dev@3.1-3?arch=s390x", Ref: "SPDXRef-Package-hello-server-src"},
		Components: []Component{
			// Declared NOASSERTION, concluded MIT: concluded wins.
			{Name: "hyper", Version: "0.14", License: "MIT", PURL: "pkg:cargo/hyper@0.14",
				Ref: "SPDXRef-Package-SPDXRef-Package-cargo-hyper-0.14"},
			{Name: "pretty_env_logger", Version: "0.4.0", License: "MIT OR Apache-2.0", PURL: "pkg:cargo/pretty_env_logger@0.4.0",
				Ref: "SPDXRef-Package-SPDXRef-Package-cargo-pretty-env-logger-0.4.0"},
			{Name: "tokio", Version: "1.19.2", License: "MIT", PURL: "pkg:cargo/tokio@1.19.2",
				Ref: "SPDXRef-Package-SPDXRef-Package-cargo-tokio-1"},
		},
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
}

func TestParseExample2SPDX22TagValue(t *testing.T) {
	doc := parseExample(t, "example2-bin.spdx-2.2.spdx")
	// The document's one package is the one it DESCRIBES, so it is the
	// subject and there are no further components.
	want := &Document{
		Format: FormatSPDX, SpecVersion: "2.2", Encoding: EncodingTagValue,
		Name:      "hello-bin",
		Authors:   []string{"Steve Winslow (steve@swinslow.net)"},
		Timestamp: "2021-08-26T01:49:00Z",
		Subject:   &Component{Name: "hello-bin", License: "GPL-3.0-or-later", Ref: "SPDXRef-Package-hello-bin"},
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
}
