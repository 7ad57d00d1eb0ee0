package sbom

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// detection is what the content of a file says it is. Exactly one of
// format, unsupported and lookedLike is set.
type detection struct {
	format   string // FormatCycloneDX or FormatSPDX
	encoding string // EncodingJSON, EncodingXML or EncodingTagValue

	// unsupported names an SBOM encoding that we recognise but do not
	// read (SPDX RDF/XML, SPDX YAML), so the user learns to convert it
	// rather than being told it is no SBOM at all.
	unsupported string

	// lookedLike says, for content that is none of the formats, what it
	// looked like instead ("empty input", "a JSON array", …).
	lookedLike string
}

// utf8BOM is the byte order mark some Windows tools put in front of text.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// detect decides the format from the content alone: file names lie (a
// ".json" may be SPDX or CycloneDX) and the same SBOM is often passed
// around under several names.
//
// Malformed content is still attributed to a format when its markers are
// there (a truncated CycloneDX file still starts with "bomFormat"), so the
// user gets that format's parser error rather than "not an SBOM".
func detect(data []byte) detection {
	text := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if len(text) == 0 {
		if len(data) == 0 {
			return detection{lookedLike: "empty input"}
		}
		return detection{lookedLike: "only white space"}
	}
	switch text[0] {
	case '{', '[':
		return detectJSON(text)
	case '<':
		return detectXML(text)
	}
	return detectText(text)
}

func detectJSON(text []byte) detection {
	if text[0] == '[' {
		return detection{lookedLike: "a JSON array, not an object"}
	}
	// Only the two marker fields are decoded; a wrong type there (say a
	// number for bomFormat) is an UnmarshalTypeError that leaves the
	// field nil, which the checks below treat as absent.
	var probe struct {
		BOMFormat   *string         `json:"bomFormat"`
		SPDXVersion *string         `json:"spdxVersion"`
		Context     json.RawMessage `json:"@context"` // SPDX 3 JSON-LD
	}
	err := json.Unmarshal(text, &probe)
	var syntaxErr *json.SyntaxError
	if errors.As(err, &syntaxErr) {
		switch {
		case bytes.Contains(text, []byte(`"bomFormat"`)):
			return detection{format: FormatCycloneDX, encoding: EncodingJSON}
		case bytes.Contains(text, []byte(`"spdxVersion"`)):
			return detection{format: FormatSPDX, encoding: EncodingJSON}
		case bytes.Contains(text, []byte(`"@context"`)) && bytes.Contains(text, []byte(spdx3Context)):
			return detection{format: FormatSPDX, encoding: EncodingJSONLD}
		}
		return detection{lookedLike: "JSON that does not parse: " + syntaxErr.Error()}
	}
	switch {
	case probe.BOMFormat != nil && *probe.BOMFormat == FormatCycloneDX:
		return detection{format: FormatCycloneDX, encoding: EncodingJSON}
	case probe.SPDXVersion != nil:
		return detection{format: FormatSPDX, encoding: EncodingJSON}
	case bytes.Contains(probe.Context, []byte(spdx3Context)):
		return detection{format: FormatSPDX, encoding: EncodingJSONLD}
	case probe.BOMFormat != nil:
		return detection{lookedLike: fmt.Sprintf("a JSON object with bomFormat %q", clip(*probe.BOMFormat))}
	}
	return detection{lookedLike: "a JSON object without bomFormat, spdxVersion or an SPDX 3 @context"}
}

// cycloneDXNamespace starts every CycloneDX XML namespace
// ("http://cyclonedx.org/schema/bom/1.4").
const cycloneDXNamespace = "http://cyclonedx.org/schema/bom/"

func detectXML(text []byte) detection {
	dec := xml.NewDecoder(bytes.NewReader(text))
	for {
		tok, err := dec.Token()
		if err != nil {
			if bytes.Contains(text, []byte(cycloneDXNamespace)) {
				return detection{format: FormatCycloneDX, encoding: EncodingXML}
			}
			return detection{lookedLike: "XML that does not parse: " + err.Error()}
		}
		root, ok := tok.(xml.StartElement)
		if !ok {
			continue // prolog, comments, processing instructions
		}
		switch {
		case root.Name.Local == "bom" && strings.HasPrefix(root.Name.Space, cycloneDXNamespace):
			return detection{format: FormatCycloneDX, encoding: EncodingXML}
		case root.Name.Local == "RDF" && bytes.Contains(text, []byte("spdx.org/rdf")):
			return detection{format: FormatSPDX, unsupported: "RDF/XML"}
		case root.Name.Space != "":
			return detection{lookedLike: fmt.Sprintf("XML with root element <%s> in namespace %q", clip(root.Name.Local), clip(root.Name.Space))}
		}
		return detection{lookedLike: fmt.Sprintf("XML with root element <%s>", clip(root.Name.Local))}
	}
}

// spdxTagValueTags are tags that only an SPDX tag-value document starts
// with; one of them at the start of a line marks the format even when
// SPDXVersion itself is missing, so the SPDX parser can say what is wrong.
var spdxTagValueTags = []string{"SPDXVersion:", "DataLicense:", "SPDXID:", "DocumentName:", "DocumentNamespace:"}

func detectText(text []byte) detection {
	if !utf8.Valid(text) || bytes.IndexByte(text, 0) >= 0 {
		return detection{lookedLike: "binary data"}
	}
	for line := range bytes.Lines(text) {
		line = bytes.TrimSpace(line)
		for _, tag := range spdxTagValueTags {
			if bytes.HasPrefix(line, []byte(tag)) {
				return detection{format: FormatSPDX, encoding: EncodingTagValue}
			}
		}
		if bytes.HasPrefix(line, []byte("spdxVersion:")) {
			return detection{format: FormatSPDX, unsupported: "YAML"}
		}
	}
	first, _, _ := strings.Cut(string(text), "\n")
	return detection{lookedLike: fmt.Sprintf("text starting %q", clip(strings.TrimSpace(first)))}
}

// clip shortens s for an error message; a whole line of minified JSON
// helps nobody.
func clip(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}
