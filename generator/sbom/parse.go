package sbom

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// ErrNotSBOM is wrapped by the error Parse returns for content that is
// none of the formats it reads.
var ErrNotSBOM = errors.New("not a CycloneDX or SPDX document")

// Parse detects the format from the content (never from the file name),
// decodes it (with the official library for that format, except SPDX
// tag-value, see readTagValue) and returns the components.
//
// Read: CycloneDX JSON and XML (any version cyclonedx-go knows, 1.0–1.7),
// SPDX JSON and tag-value (2.1, 2.2, 2.3), SPDX 3.0 JSON-LD (spdx3.go). name is only used in error
// messages, which read "<name>: <format> <encoding>: <parser's message>",
// e.g. "content/halcyon-lvp7/sbom.cdx.json: CycloneDX JSON: unexpected end
// of JSON input"; content that is none of these gives "<name>: not a
// CycloneDX or SPDX document (<what it looked like>)", wrapping ErrNotSBOM.
func Parse(name string, data []byte) (*Document, error) {
	d := detect(data)
	switch {
	case d.lookedLike != "":
		return nil, fmt.Errorf("%s: %w (%s)", name, ErrNotSBOM, d.lookedLike)
	case d.unsupported != "":
		return nil, fmt.Errorf("%s: %s %s: not supported; convert it to %s JSON or tag-value", name, d.format, d.unsupported, d.format)
	}
	data = bytes.TrimPrefix(data, utf8BOM) // the JSON decoder rejects a BOM

	var doc *Document
	err := recoverPanic(func() (err error) {
		switch {
		case d.format == FormatCycloneDX:
			doc, err = parseCycloneDX(data, d.encoding)
		case d.format == FormatSPDX && d.encoding == EncodingJSON:
			doc, err = parseSPDXJSON(data)
		case d.format == FormatSPDX && d.encoding == EncodingJSONLD:
			doc, err = parseSPDX3JSON(data)
		default:
			doc, err = parseSPDXTagValue(data)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %s %s: %w", name, d.format, d.encoding, withJSONPosition(err, data))
	}
	sortComponents(doc.Components)
	return doc, nil
}

// ParseFile reads the SBOM at path and parses it; errors name path.
func ParseFile(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // *fs.PathError: "open <path>: no such file or directory"
	}
	return Parse(path, data)
}

// recoverPanic runs parse and turns a panic in it into an error. The
// decoders are third-party code fed with files we do not control; a bug
// there must fail the build with the file's name, not crash it.
func recoverPanic(parse func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser failed: %v", r)
		}
	}()
	return parse()
}

// positionError adds a line and column to a JSON decoder error, which only
// knows a byte offset. It unwraps to the decoder's error.
type positionError struct {
	line, column int
	err          error
}

func (e *positionError) Error() string {
	return fmt.Sprintf("line %d, column %d: %v", e.line, e.column, e.err)
}

func (e *positionError) Unwrap() error { return e.err }

// withJSONPosition says where in data a JSON syntax or type error is, so
// the user can find it. At the very end of the input ("unexpected end of
// JSON input") a position says nothing and is left out.
func withJSONPosition(err error, data []byte) error {
	var offset int64
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntaxErr):
		offset = syntaxErr.Offset
	case errors.As(err, &typeErr):
		offset = typeErr.Offset
	default:
		return err
	}
	if offset <= 0 || offset >= int64(len(data)) {
		return err
	}
	line, column := lineColumn(data, int(offset))
	return &positionError{line: line, column: column, err: err}
}

// lineColumn returns the 1-based line and column (in bytes) of the byte
// just before offset, which is where the JSON decoder stopped.
func lineColumn(data []byte, offset int) (line, column int) {
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	column = offset - (bytes.LastIndexByte(before, '\n') + 1)
	return line, max(column, 1)
}
