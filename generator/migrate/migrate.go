// Package migrate rewrites content files of an older schema_version to the
// current one (jspgen migrate). It edits the text of the file at the
// positions the TOML parser gives, so comments, key order, quoting and
// layout stay as the user wrote them; only the values that must change do.
//
// schema_version 2 reads Markdown fields (content.MarkdownKeys) as
// Markdown where version 1 showed them as plain text: a value that v2
// would render differently gets backslash escapes (Text) so the converted
// file means exactly what the v1 file meant.
package migrate

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/internal/textedit"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// Change is one edit of a file, for the user: where and what.
type Change struct {
	Line    int
	Path    string
	Message string
}

// Result is a file converted to the current schema version.
type Result struct {
	Out     []byte   // the converted file (src when nothing changed)
	Changes []Change // in file order; none when the file is already current
}

// markdownKeys holds the key paths of a product's Markdown fields, with
// "[]" for every index ("architecture[].description"). It walks the whole
// product type, so it is made on the first migration, not at every start.
var markdownKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range content.MarkdownKeys(reflect.TypeFor[content.Product]()) {
		m[k] = true
	}
	return m
})

var index = regexp.MustCompile(`\[\d+\]`)

// Source converts the content file src (named name in diagnostics) to
// schema_version content.SchemaVersion. A file already current is returned
// unchanged; a file that cannot be read as TOML, or has no or an unknown
// schema_version, is a diagnostic with file:line.
func Source(name string, src []byte) (Result, content.Diagnostics) {
	src = input.NormalizeText(src)
	var data map[string]any
	if _, err := toml.Decode(string(src), &data); err != nil {
		d := content.Diagnostic{File: name, Message: err.Error()}
		if pe, ok := err.(toml.ParseError); ok {
			d.Line, d.Message = pe.Position.Line, "TOML syntax: "+pe.Message
		}
		return Result{}, content.Diagnostics{d}
	}
	scalars, err := tomlpos.Scalars(src)
	if err != nil {
		return Result{}, content.Diagnostics{{File: name, Message: "TOML syntax: " + err.Error()}}
	}
	values := map[string]tomlpos.Scalar{}
	for _, v := range scalars {
		values[v.Path] = v
	}
	sv, ok := values["schema_version"]
	version, isInt := data["schema_version"].(int64)
	switch {
	case !ok:
		return Result{}, content.Diagnostics{{File: name, Line: 1, Path: "schema_version", Message: "missing: a content file starts with schema_version = 1 or 2; jspgen migrate cannot tell which format this is"}}
	case !isInt || version < 1 || version > content.SchemaVersion:
		return Result{}, content.Diagnostics{{File: name, Line: sv.Line, Path: "schema_version",
			Message: fmt.Sprintf("want 1 or %d; got %s", content.SchemaVersion, sv.Raw)}}
	case version == content.SchemaVersion:
		return Result{Out: src}, nil
	}
	var edits []textedit.Edit
	var changes []Change
	edits = append(edits, textedit.Edit{Start: sv.Start, Stop: sv.End, Text: fmt.Sprint(content.SchemaVersion)})
	changes = append(changes, Change{sv.Line, "schema_version", fmt.Sprintf("1 → %d", content.SchemaVersion)})
	for _, v := range scalars {
		if v.Kind != unstable.String || !markdownKeys()[index.ReplaceAllString(v.Path, "[]")] {
			continue
		}
		text, exact := Text(v.Value)
		if text == v.Value {
			continue
		}
		edits = append(edits, textedit.Edit{Start: v.Start, Stop: v.End, Text: encodeLike(v.Raw, text)})
		msg := "Markdown characters escaped, so the text reads as before"
		if !exact {
			msg = "escaped whole: no lighter escaping renders as before; check the text"
		}
		changes = append(changes, Change{v.Line, v.Path, msg})
	}
	slices.SortFunc(changes, func(a, b Change) int { return a.Line - b.Line })
	return Result{Out: []byte(textedit.Apply(string(src), edits)), Changes: changes}, nil
}
