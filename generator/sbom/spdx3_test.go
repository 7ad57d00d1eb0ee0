package sbom

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSPDX3Sample reads an SPDX 3.0.1 JSON-LD SBOM written per the SPDX
// 3.0 model (testdata/spdx3-support.spdx.json): the Sbom's root package is
// the subject, suppliers and originators are resolved from their agents,
// licences from the licence relationships, and support from supportLevel
// and validUntilTime.
func TestSPDX3Sample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "spdx3-support.spdx.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("spdx3-support.spdx.json", data)
	if err != nil {
		t.Fatal(err)
	}
	const base = "https://meridian-infusion.example/spdx/lvp7-4.2.1/pkg/"
	want := &Document{
		Format: FormatSPDX, SpecVersion: "3.0.1", Encoding: EncodingJSONLD,
		Name:      "halcyon-lvp7-pump-software-4.2.1",
		Authors:   []string{"Meridian Infusion Systems, Inc."}, // the tool in createdUsing is no author
		Timestamp: "2026-03-02T08:15:00Z",
		Subject: &Component{Name: "Halcyon LVP-7 Pump Software", Version: "4.2.1", Supplier: "Meridian Infusion Systems, Inc.",
			PURL: "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.2.1", Type: "firmware", Ref: base + "pump-software",
			Support: Support{Level: "maintained", EndOfSupport: "2031-06-30T00:00:00Z"}},
		Components: []Component{
			// deployed and limitedSupport: the more restrictive level.
			{Name: "linux-imx", Version: "6.6.52", Supplier: "NXP Semiconductors", PURL: "pkg:github/nxp-imx/linux-imx@lf-6.6.52-2.2.0",
				Type: "operating-system", Ref: base + "linux-imx", Support: Support{Level: "limited", EndOfSupport: "2026-12-31T00:00:00Z"}},
			{Name: "openssl", Version: "3.0.16", Supplier: "OpenSSL Foundation", License: "Apache-2.0", PURL: "pkg:github/openssl/openssl@openssl-3.0.16",
				CPE: "cpe:2.3:a:openssl:openssl:3.0.16:*:*:*:*:*:*:*", Type: "library", Ref: base + "openssl",
				Support: Support{Level: "limited", EndOfSupport: "2026-09-07T00:00:00Z"}},
			// noAssertion: no level, and validUntilTime is no end of
			// support; the originator is not the supplier.
			{Name: "zlib", Version: "1.3.1", Originator: "Jean-loup Gailly", License: "Zlib", PURL: "pkg:generic/zlib@1.3.1",
				Type: "library", Ref: base + "zlib"},
		},
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
}

// spdx3WithSupport is a one-package SPDX 3 document whose package states
// supportLevel (a JSON value) and validUntilTime.
func spdx3WithSupport(supportLevel, validUntil string) []byte {
	pkg := `{"type": "software_Package", "spdxId": "urn:p", "creationInfo": "_:ci", "name": "p", "software_packageVersion": "1"`
	if supportLevel != "" {
		pkg += `, "supportLevel": ` + supportLevel
	}
	if validUntil != "" {
		pkg += `, "validUntilTime": "` + validUntil + `"`
	}
	pkg += "}"
	return []byte(`{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
{"type": "CreationInfo", "@id": "_:ci", "specVersion": "3.0.1", "created": "2026-01-01T00:00:00Z", "createdBy": []},
{"type": "SpdxDocument", "spdxId": "urn:d", "creationInfo": "_:ci", "rootElement": ["urn:x"]},
` + pkg + `]}`)
}

// TestSPDX3SupportTypes maps every SPDX 3.0 SupportType: a level where
// the SupportType states one, none (not stated) where it does not, and
// validUntilTime as the end of support only where the SupportType's
// definition makes it one.
func TestSPDX3SupportTypes(t *testing.T) {
	const until = "2028-05-31T00:00:00Z"
	tests := []struct {
		supportType string
		level       string // "" = not stated
		dated       bool   // validUntilTime is the end of support
	}{
		{"support", "maintained", true},
		{"deployed", "maintained", true},
		{"limitedSupport", "limited", true},
		{"endOfSupport", "no_longer_maintained", true},
		{"noSupport", "no_longer_maintained", false},
		{"development", "", false},
		{"noAssertion", "", false},
		// The full IRI of a vocabulary value is the same value.
		{"https://spdx.org/rdf/3.0.1/terms/Core/SupportType/limitedSupport", "limited", true},
	}
	var seen []string
	for _, tc := range tests {
		t.Run(localName(tc.supportType), func(t *testing.T) {
			seen = append(seen, localName(tc.supportType))
			level, ok := SupportTypeLevel(tc.supportType)
			if !ok || level != tc.level {
				t.Errorf("SupportTypeLevel(%q) = %q, %v; want %q, true", tc.supportType, level, ok, tc.level)
			}
			doc, err := Parse("t.spdx.json", spdx3WithSupport(`["`+tc.supportType+`"]`, until))
			if err != nil {
				t.Fatal(err)
			}
			want := Support{Level: tc.level}
			if tc.dated {
				want.EndOfSupport = until
			}
			if len(doc.Components) != 1 || doc.Components[0].Support != want {
				t.Errorf("support = %+v; want %+v", doc.Components, want)
			}
		})
	}
	// Every value of the vocabulary is covered above.
	for st := range supportTypeLevel {
		if !slices.Contains(seen, st) {
			t.Errorf("SupportType %s has no case", st)
		}
	}
	// A single value (not a list) reads the same; no supportLevel states
	// nothing and ignores validUntilTime.
	for _, tc := range []struct {
		json string
		want Support
	}{
		{`"support"`, Support{Level: "maintained", EndOfSupport: until}},
		{``, Support{}},
		{`[]`, Support{}},
	} {
		doc, err := Parse("t.spdx.json", spdx3WithSupport(tc.json, until))
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Components[0].Support; got != tc.want {
			t.Errorf("supportLevel %s: support = %+v; want %+v", tc.json, got, tc.want)
		}
	}
}

// TestSPDX3SupportErrors: a SupportType outside the vocabulary, or an end
// of support that is no date-time, fails the file rather than passing as
// "not stated".
func TestSPDX3SupportErrors(t *testing.T) {
	for _, tc := range []struct{ level, until, want string }{
		{`["supported"]`, "", `software_Package urn:p: supportLevel: unknown SupportType "supported"`},
		{`[1]`, "", "software_Package urn:p: supportLevel: want a SupportType or a list of them"},
		{`["support"]`, "31/12/2027", `software_Package urn:p: validUntilTime "31/12/2027": want a date-time`},
	} {
		_, err := Parse("t.spdx.json", spdx3WithSupport(tc.level, tc.until))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "t.spdx.json: SPDX JSON-LD: ") {
			t.Errorf("supportLevel %s, validUntilTime %q: error %v; want one containing %q", tc.level, tc.until, err, tc.want)
		}
	}
}

// FuzzSPDX3 feeds the SPDX 3 reader arbitrary JSON-LD: it must never
// panic, and a document it returns has only levels of the vocabulary and
// end-of-support values that are date-times.
func FuzzSPDX3(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "spdx3-support.spdx.json")); err == nil {
		f.Add(data)
	}
	f.Add(spdx3WithSupport(`["deployed", "endOfSupport"]`, "2027-01-01T00:00:00Z"))
	f.Add(spdx3WithSupport(`"noAssertion"`, ""))
	f.Add([]byte(`{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [{"type": "software_Package", "suppliedBy": {"name": "x"}}]}`))
	f.Add([]byte(`{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz", data)
		if err != nil || doc.Encoding != EncodingJSONLD {
			return
		}
		all := doc.Components
		if doc.Subject != nil {
			all = append(all, *doc.Subject)
		}
		for _, c := range all {
			if !slices.Contains(levelRank, c.Support.Level) {
				t.Errorf("level %q is not one of the vocabulary", c.Support.Level)
			}
			if e := c.Support.EndOfSupport; e != "" && !strings.Contains(e, "T") {
				t.Errorf("end of support %q is not a date-time", e)
			}
		}
	})
}
