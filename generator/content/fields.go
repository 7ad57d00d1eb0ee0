package content

import (
	"reflect"
	"slices"
	"strings"
	"sync"
)

// Field is one TOML key of a content-model struct as the decoder reads it:
// its name, documentation and rules, from the struct tags. The README's
// field reference and the files `jspgen init` writes are generated from
// it, so neither can drift from the decoder.
type Field struct {
	Name     string
	Index    []int // of the struct field, for reflect.Value.FieldByIndex
	Doc      string
	Type     reflect.Type
	Required bool
	// RequiredFor names the documents whose choice makes the key required
	// (documents.build); empty when Required holds for every product.
	RequiredFor []string
	// DeviceOnly: required only of a product that may be a medical
	// device marketed in the United States (not of one with
	// medical_device = false, nor of one whose markets leave out us)
	DeviceOnly bool
	OneOf      []string // allowed values, when the key is an enumeration
	Range      *[2]float64
	// NotApplicable: a date that may be written "not_applicable".
	NotApplicable bool
	// Markdown: prose the documents insert as Markdown (headings become
	// bold paragraphs, raw HTML shows as text); every other string is
	// escaped and shows exactly as written.
	Markdown bool
	// Patch: a table whose keys each replace the same key of an earlier
	// table (a version's changes), so none of them is required.
	Patch bool
}

// Fields lists the TOML keys of struct type t (pointers followed), in
// declaration order; nil for anything that is not a table.
func Fields(t reflect.Type) []Field {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct || t == dateType {
		return nil
	}
	if fs, ok := fieldsOf.Load(t); ok {
		return fs.([]Field)
	}
	fs := fields(t)
	fieldsOf.Store(t, fs)
	return fs
}

// fieldsOf holds Fields per struct type (a fixed set: the content
// model's): validation walks every Markdown field of every product
// through Fields, and reading the tags again each time cost a tenth of
// loading a product file. Callers share the slice and only read it.
var fieldsOf sync.Map // reflect.Type → []Field

func fields(t reflect.Type) []Field {
	var out []Field
	for i := range t.NumField() {
		f := t.Field(i)
		if embedsKeys(f) {
			for _, e := range fields(f.Type) {
				e.Index = append([]int{i}, e.Index...)
				out = append(out, e)
			}
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		rules := parseRules(f.Tag.Get("jsp"))
		fd := Field{Name: name, Index: f.Index, Doc: f.Tag.Get("doc"), Type: f.Type, Required: rules.required, RequiredFor: rules.requiredFor, OneOf: rules.oneof, NotApplicable: rules.na, Markdown: rules.markdown, Patch: rules.patch, DeviceOnly: rules.device}
		if voc, ok := vocabularyOf(f.Type); ok {
			fd.OneOf = voc.Values()
		}
		if rules.ranged {
			fd.Range = &[2]float64{rules.lo, rules.hi}
		}
		out = append(out, fd)
	}
	return slices.Clip(out) // a caller's append copies
}

// embedsKeys reports an embedded struct without a key of its own, whose
// keys are the outer table's (a document control that adds a key to
// content.DocumentControl's), as encoding/json and BurntSushi/toml read
// one.
func embedsKeys(f reflect.StructField) bool {
	return f.Anonymous && f.IsExported() && f.Tag.Get("toml") == "" && f.Type.Kind() == reflect.Struct && f.Type != dateType
}

// vocabularyOf is the closed vocabulary of a field of type t or of its
// elements.
func vocabularyOf(t reflect.Type) (vocabulary, bool) {
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	voc, ok := reflect.Zero(t).Interface().(vocabulary)
	return voc, ok
}
