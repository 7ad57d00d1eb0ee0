package sbom

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	const name = "content/halcyon-lvp7/sbom.cdx.json"
	for _, tc := range []struct {
		what    string
		data    string
		want    string // the whole message
		notSBOM bool   // wraps ErrNotSBOM
	}{
		{
			what:    "empty input",
			data:    "",
			want:    name + ": not a CycloneDX or SPDX document (empty input)",
			notSBOM: true,
		},
		{
			what:    "white space only",
			data:    " \n\t\n",
			want:    name + ": not a CycloneDX or SPDX document (only white space)",
			notSBOM: true,
		},
		{
			what: "truncated CycloneDX JSON",
			data: `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{"type": "library", "name": "zlib"`,
			want: name + ": CycloneDX JSON: unexpected end of JSON input",
		},
		{
			what: "CycloneDX JSON with a syntax error inside",
			data: "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n  \"components\": [,]\n}",
			want: name + ": CycloneDX JSON: line 4, column 18: invalid character ',' looking for beginning of value",
		},
		{
			what: "CycloneDX JSON with a wrong type",
			data: `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": {"name": "zlib"}}`,
			want: name + ": CycloneDX JSON: line 1, column 64: json: cannot unmarshal object into Go struct field BOM.components of type []cyclonedx.Component",
		},
		{
			what: "CycloneDX JSON with an unknown spec version",
			data: `{"bomFormat": "CycloneDX", "specVersion": "9.9"}`,
			want: name + ": CycloneDX JSON: invalid specification version",
		},
		{
			what: "truncated SPDX JSON",
			data: `{"spdxVersion": "SPDX-2.3", "packages": [`,
			want: name + ": SPDX JSON: unexpected end of JSON input",
		},
		{
			what: "SPDX JSON with an unsupported version",
			data: `{"spdxVersion": "SPDX-3.0"}`,
			want: name + ": SPDX JSON: unsupported SDPX version: SPDX-3.0",
		},
		{
			what:    "JSON that is neither format",
			data:    `{"name": "left-pad", "version": "1.3.0"}`,
			want:    name + ": not a CycloneDX or SPDX document (a JSON object without bomFormat, spdxVersion or an SPDX 3 @context)",
			notSBOM: true,
		},
		{
			what:    "JSON with another bomFormat",
			data:    `{"bomFormat": "SWID"}`,
			want:    name + `: not a CycloneDX or SPDX document (a JSON object with bomFormat "SWID")`,
			notSBOM: true,
		},
		{
			what:    "a JSON array",
			data:    `[{"bomFormat": "CycloneDX"}]`,
			want:    name + ": not a CycloneDX or SPDX document (a JSON array, not an object)",
			notSBOM: true,
		},
		{
			what:    "broken JSON that is neither format",
			data:    `{"name": `,
			want:    name + ": not a CycloneDX or SPDX document (JSON that does not parse: unexpected end of JSON input)",
			notSBOM: true,
		},
		{
			what: "malformed CycloneDX XML",
			data: "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\">\n<components>\n<component type=\"library\"><name>zlib</name></components>\n</bom>\n",
			want: name + ": CycloneDX XML: XML syntax error on line 4: element <component> closed by </components>",
		},
		{
			what: "truncated CycloneDX XML",
			data: `<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components>`,
			want: name + ": CycloneDX XML: XML syntax error on line 1: unexpected EOF",
		},
		{
			what: "CycloneDX XML with an unknown namespace version",
			data: `<bom xmlns="http://cyclonedx.org/schema/bom/9.9" version="1"/>`,
			want: name + `: CycloneDX XML: unknown CycloneDX namespace "http://cyclonedx.org/schema/bom/9.9"`,
		},
		{
			what:    "XML that is neither format",
			data:    `<?xml version="1.0"?><project><name>x</name></project>`,
			want:    name + ": not a CycloneDX or SPDX document (XML with root element <project>)",
			notSBOM: true,
		},
		{
			what:    "broken XML that is neither format",
			data:    `<project <name>`,
			want:    name + ": not a CycloneDX or SPDX document (XML that does not parse: XML syntax error on line 1: expected attribute name in element)",
			notSBOM: true,
		},
		{
			what: "SPDX RDF/XML",
			data: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:spdx="http://spdx.org/rdf/terms#"></rdf:RDF>`,
			want: name + ": SPDX RDF/XML: not supported; convert it to SPDX JSON or tag-value",
		},
		{
			what: "malformed tag-value",
			data: "SPDXVersion: SPDX-2.2\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: x\nPackageName hello\n",
			want: name + ": SPDX tag-value: ",
		},
		{
			what: "tag-value with an unsupported version",
			data: "SPDXVersion: SPDX-9.9\nDataLicense: CC0-1.0\n",
			want: name + ": SPDX tag-value: unsupported SPDX version: 'SPDX-9.9'",
		},
		{
			what:    "plain text",
			data:    "zlib 1.3.1\nopenssl 3.0.16\n",
			want:    name + `: not a CycloneDX or SPDX document (text starting "zlib 1.3.1")`,
			notSBOM: true,
		},
		{
			what:    "binary data",
			data:    "\x00\x01\x02PK",
			want:    name + ": not a CycloneDX or SPDX document (binary data)",
			notSBOM: true,
		},
	} {
		t.Run(tc.what, func(t *testing.T) {
			doc, err := Parse(name, []byte(tc.data))
			if err == nil {
				t.Fatalf("no error; got %+v", doc)
			}
			msg := err.Error()
			if strings.HasSuffix(tc.want, ": ") {
				// The parser's own message is not ours to pin down.
				if !strings.HasPrefix(msg, tc.want) || len(msg) == len(tc.want) {
					t.Errorf("error %q, want %q followed by the parser's message", msg, tc.want)
				}
			} else if msg != tc.want {
				t.Errorf("error\n got %q\nwant %q", msg, tc.want)
			}
			if got := errors.Is(err, ErrNotSBOM); got != tc.notSBOM {
				t.Errorf("errors.Is(err, ErrNotSBOM) = %v, want %v", got, tc.notSBOM)
			}
		})
	}
}

func TestParseFileReadError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.cdx.json")
	_, err := ParseFile(path)
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want a not-exist error naming %s", err, path)
	}
}

func TestParseAcceptsByteOrderMark(t *testing.T) {
	data := "\xEF\xBB\xBF" + `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
		"components": [{"type": "library", "name": "zlib", "version": "1.3.1"}]}`
	doc, err := Parse("bom.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Components) != 1 || doc.Components[0].Name != "zlib" {
		t.Errorf("components %+v", doc.Components)
	}
}
