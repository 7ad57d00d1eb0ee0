package sbom

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"
)

// copyIdentity is what an annotated copy says of itself, as a reader
// takes it from the JSON.
type copyIdentity struct {
	SerialNumber string `json:"serialNumber"`
	Version      int    `json:"version"`
	Metadata     struct {
		Timestamp string          `json:"timestamp"`
		Tools     json.RawMessage `json:"tools"`
	} `json:"metadata"`
	ExternalReferences []struct {
		URL    string `json:"url"`
		Type   string `json:"type"`
		Hashes []struct {
			Alg     string `json:"alg"`
			Content string `json:"content"`
		} `json:"hashes"`
	} `json:"externalReferences"`
}

func readIdentity(t *testing.T, out []byte) copyIdentity {
	t.Helper()
	var id copyIdentity
	if err := json.Unmarshal(out, &id); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return id
}

var uuidURN = regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// TestAnnotatedCopyIdentity: an annotated copy is a BOM of its own,
// version 1, whose serial number (a UUID v5) differs from the original's
// and from that of a copy with another assessment or date, so that a
// scanner holding one does not take the other for it; the same input
// gives the same bytes. It names the original by BOM-Link (serial number
// and version) with the original file's SHA-256, jspgen among its tools,
// and as its timestamp the date given, never the original's.
func TestAnnotatedCopyIdentity(t *testing.T) {
	original := strings.Replace(supportCDX, `"metadata": {`, `"metadata": {"timestamp": "2026-06-08T00:00:00Z", `, 1)
	level := func(l string) func(Component) Annotation {
		return func(c Component) Annotation {
			if c.Name == "zlib" {
				return Annotation{Level: l, Origin: "annotation"}
			}
			return Annotation{}
		}
	}
	asOf := time.Date(2026, 9, 29, 0, 0, 0, 0, time.UTC)
	annotate := func(o CopyOptions, l string) []byte {
		t.Helper()
		out, err := AnnotateCopy("s.cdx.json", []byte(original), o, level(l))
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	out := annotate(CopyOptions{AsOf: asOf, ToolVersion: "0.1.0"}, "no_longer_maintained")
	if again := annotate(CopyOptions{AsOf: asOf, ToolVersion: "0.1.0"}, "no_longer_maintained"); !bytes.Equal(out, again) {
		t.Fatal("same input, different bytes")
	}
	id := readIdentity(t, out)
	if !uuidURN.MatchString(id.SerialNumber) || id.SerialNumber == "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" {
		t.Errorf("serial number %q: want a name-based UUID of the copy's own", id.SerialNumber)
	}
	if id.Version != 1 {
		t.Errorf("version %d, want 1: the copy is a BOM of its own", id.Version)
	}
	if id.Metadata.Timestamp != "2026-09-29T00:00:00Z" {
		t.Errorf("timestamp %q, want the date the annotations speak as of", id.Metadata.Timestamp)
	}
	sum := sha256.Sum256([]byte(original))
	if r := id.ExternalReferences; len(r) != 1 || r[0].Type != "bom" || r[0].URL != "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/3" ||
		len(r[0].Hashes) != 1 || r[0].Hashes[0].Alg != "SHA-256" || r[0].Hashes[0].Content != hex.EncodeToString(sum[:]) {
		t.Errorf("external references %+v: want the original's BOM-Link (version 3) with its SHA-256", r)
	}
	if !strings.Contains(string(id.Metadata.Tools), `"name": "jspgen"`) || !strings.Contains(string(id.Metadata.Tools), `"version": "0.1.0"`) {
		t.Errorf("tools %s: want jspgen 0.1.0", id.Metadata.Tools)
	}

	// Each of these differs from out in one input: each is another BOM.
	for name, other := range map[string][]byte{
		"another assessment": annotate(CopyOptions{AsOf: asOf, ToolVersion: "0.1.0"}, "limited"),
		"another date":       annotate(CopyOptions{AsOf: asOf.AddDate(0, 0, 1), ToolVersion: "0.1.0"}, "no_longer_maintained"),
	} {
		if o := readIdentity(t, other); o.SerialNumber == id.SerialNumber || !uuidURN.MatchString(o.SerialNumber) || o.Version != 1 {
			t.Errorf("%s: serial number %q version %d, the same as the first copy's (%q) or not a UUID v5 at version 1", name, o.SerialNumber, o.Version, id.SerialNumber)
		}
	}

	// Without a date the copy states none rather than the original's.
	if ts := readIdentity(t, annotate(CopyOptions{}, "limited")).Metadata.Timestamp; ts != "" {
		t.Errorf("no date given: timestamp %q, want none (the original's predates the annotations)", ts)
	}
	legacy, err := Annotate("s.cdx.json", []byte(original), level("limited"))
	if err != nil {
		t.Fatal(err)
	}
	if l := readIdentity(t, legacy); l.Metadata.Timestamp != "" || l.Version != 1 || l.SerialNumber == "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" {
		t.Errorf("Annotate: timestamp %q, version %d, serial number %q: want none, 1 and the copy's own", l.Metadata.Timestamp, l.Version, l.SerialNumber)
	}
}

// TestAnnotatedCopyTools: jspgen joins the tools in the form the BOM
// already uses: the list of CycloneDX 1.4 and before, or the 1.5
// components object, once when a copy is annotated again. An SBOM
// without a serial number (SPDX here) is named by no BOM-Link.
func TestAnnotatedCopyTools(t *testing.T) {
	none := func(Component) Annotation { return Annotation{} }
	v14 := `{"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
 "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
 "metadata": {"tools": [{"vendor": "Acme", "name": "scanner", "version": "2"}]},
 "components": [{"type": "library", "name": "zlib", "version": "1.3.1"}]}`
	out, err := AnnotateCopy("s.cdx.json", []byte(v14), CopyOptions{ToolVersion: "0.1.0"}, none)
	if err != nil {
		t.Fatal(err)
	}
	var tools []struct{ Vendor, Name, Version string }
	if err := json.Unmarshal(readIdentity(t, out).Metadata.Tools, &tools); err != nil || len(tools) != 2 || tools[0].Name != "scanner" || tools[1].Name != "jspgen" || tools[1].Version != "0.1.0" {
		t.Errorf("1.4 tools: %+v (%v), want scanner then jspgen 0.1.0 in the list", tools, err)
	}

	first, err := AnnotateCopy("s.cdx.json", []byte(supportCDX), CopyOptions{ToolVersion: "0.1.0"}, none)
	if err != nil {
		t.Fatal(err)
	}
	second, err := AnnotateCopy("s.cdx.annotated.json", first, CopyOptions{ToolVersion: "0.1.0"}, none)
	if err != nil {
		t.Fatal(err)
	}
	var choice struct {
		Components []struct{ Type, Name, Version string } `json:"components"`
	}
	if err := json.Unmarshal(readIdentity(t, second).Metadata.Tools, &choice); err != nil || len(choice.Components) != 1 || choice.Components[0].Name != "jspgen" || choice.Components[0].Type != "application" {
		t.Errorf("1.6 tools annotated twice: %+v (%v), want jspgen once as an application", choice, err)
	}
	if r := readIdentity(t, second).ExternalReferences; len(r) != 2 || r[1].URL != "urn:cdx:"+strings.TrimPrefix(readIdentity(t, first).SerialNumber, "urn:uuid:")+"/1" {
		t.Errorf("a copy of a copy: references %+v, want the first original's and then the first copy's", r)
	}

	spdx, err := Annotate("x.spdx.json", untypedSPDX(""), none)
	if err != nil {
		t.Fatal(err)
	}
	if id := readIdentity(t, spdx); len(id.ExternalReferences) != 0 || !uuidURN.MatchString(id.SerialNumber) {
		t.Errorf("SPDX copy: references %+v, serial number %q: want none and a UUID v5", id.ExternalReferences, id.SerialNumber)
	}
}
