package content

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// SchemaVersion is the content format version this jspgen reads.
const SchemaVersion = 1

// Content is everything loaded from a product repository.
type Content struct {
	Site     *Site
	SiteFile Source
	Products []*Product // sorted by ID
	Dir      string     // the content folder; SBOM files and images are relative to it
}

// Load reads the site file and every *.toml file directly in contentDir,
// decodes and validates them. It returns what it could load and every
// diagnostic, sorted; the content is usable only when there are no errors.
func Load(siteFile, contentDir string) (*Content, Diagnostics) {
	var diags Diagnostics
	c := &Content{Site: &Site{}, Dir: contentDir}
	if src, ok := decodeFile(siteFile, c.Site, &diags); ok {
		c.SiteFile = src
	}
	files, err := filepath.Glob(filepath.Join(contentDir, "*.toml"))
	if err != nil || len(files) == 0 {
		diags = append(diags, Diagnostic{File: filepath.ToSlash(contentDir), Message: "no product files (*.toml) found"})
	}
	slices.Sort(files)
	for _, file := range files {
		p := &Product{}
		if src, ok := decodeFile(file, p, &diags); ok {
			p.Source = src
			c.Products = append(c.Products, p)
		}
	}
	slices.SortStableFunc(c.Products, func(a, b *Product) int { return strings.Compare(a.ID, b.ID) })
	diags = append(diags, c.validate()...)
	diags.Sort()
	return c, diags
}

// decodeFile decodes one TOML file into v. It returns false when the file
// could not be read at all (missing, syntax error, unknown schema version).
func decodeFile(file string, v any, diags *Diagnostics) (Source, bool) {
	name := filepath.ToSlash(file)
	src, err := os.ReadFile(file)
	if err != nil {
		*diags = append(*diags, Diagnostic{File: name, Message: readError(err)})
		return Source{}, false
	}
	_, d, ok := DecodeTOML(name, src, v)
	*diags = append(*diags, d...)
	if !ok {
		return Source{}, false
	}
	return Source{File: name, pos: tomlpos.Scan(src)}, true
}

func readError(err error) string {
	if errors.Is(err, os.ErrNotExist) {
		return "file not found"
	}
	return err.Error()
}

// DecodeTOML parses src (named name in diagnostics) and decodes it into v,
// which must point to a Site or a Product. It reports false when the file
// could not be decoded at all.
func DecodeTOML(name string, src []byte, v any) (map[string]any, Diagnostics, bool) {
	var diags Diagnostics
	var data map[string]any
	if _, err := toml.Decode(string(src), &data); err != nil {
		d := Diagnostic{File: name, Message: err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			d.Line = pe.Position.Line
			d.Message = "TOML syntax: " + pe.Message
		}
		return nil, Diagnostics{d}, false
	}
	pos := tomlpos.Scan(src)
	switch sv := data["schema_version"].(type) {
	case int64:
		if sv != SchemaVersion {
			diags = append(diags, Diagnostic{File: name, Line: pos.Line("schema_version"), Path: "schema_version",
				Message: fmt.Sprintf("unknown schema version: want %d; got %d", SchemaVersion, sv)})
			return data, diags, false
		}
	case nil:
		diags = append(diags, Diagnostic{File: name, Line: 1, Path: "schema_version",
			Message: fmt.Sprintf("missing required key: every file starts with schema_version = %d", SchemaVersion)})
		return data, diags, false
	default:
		diags = append(diags, Diagnostic{File: name, Line: pos.Line("schema_version"), Path: "schema_version",
			Message: fmt.Sprintf("want the integer %d; got %s", SchemaVersion, tomlTypeName(sv))})
		return data, diags, false
	}
	dec := &decoder{file: name, pos: pos, diags: &diags}
	dec.structure(reflectValue(v), data, "")
	return data, diags, true
}
