// Package export holds what every machine-readable JSON file jspgen
// publishes (mds2.json, lifecycle.json, estar.json, the CSAF documents,
// the OpenVEX files) shares, so they read alike.
package export

import (
	"bytes"
	"encoding/json"
)

// JSON encodes v the way every jspgen JSON file is written: two-space
// indent, a final newline, and "<", ">" and "&" left as they are (the files
// are data for tools, never embedded in HTML).
func JSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
