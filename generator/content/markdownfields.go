package content

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// MarkdownValues calls fn with the key path ("architecture[1].description")
// and value of every Markdown field (jsp:"markdown") that v sets, where v
// is a Site, a Product or a pointer to one; in declaration order, map
// entries by sorted key. Validation checks each value this way, so a new
// Markdown field is checked by tagging it.
func MarkdownValues(v any, fn func(path, value string)) {
	walkStrings(reflect.ValueOf(v), "", fn, false)
}

// TextValues is MarkdownValues for every string field v sets, Markdown
// or not (identifiers and enumerated values included).
func TextValues(v any, fn func(path, value string)) {
	walkStrings(reflect.ValueOf(v), "", fn, true)
}

// walkStrings calls fn for the Markdown fields under v, or with all for
// every string.
func walkStrings(v reflect.Value, path string, fn func(path, value string), all bool) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == dateType || v.Type() == triType {
			return
		}
		for _, f := range Fields(v.Type()) {
			fv := v.FieldByIndex(f.Index)
			key := tomlpos.Join(path, f.Name)
			if (f.Markdown || all) && fv.Kind() == reflect.String {
				if s := fv.String(); s != "" {
					fn(key, s)
				}
				continue
			}
			walkStrings(fv, key, fn, all)
		}
	case reflect.String: // an entry of a list or map of strings
		if s := v.String(); all && s != "" {
			fn(path, s)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn, all)
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			if k.Kind() == reflect.String {
				walkStrings(v.MapIndex(k), tomlpos.Join(path, k.String()), fn, all)
			}
		}
	}
}

// MarkdownKeys lists the key paths of the Markdown fields of struct type t,
// with "[]" for any entry of an array ("architecture[].description") and
// "*" for any key of a table whose keys are the user's.
func MarkdownKeys(t reflect.Type) []string {
	var out []string
	markdownKeys(t, "", &out, map[reflect.Type]bool{})
	return out
}

func markdownKeys(t reflect.Type, path string, out *[]string, seen map[reflect.Type]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
		switch t.Kind() {
		case reflect.Slice, reflect.Array:
			path += "[]"
		case reflect.Map:
			path = tomlpos.Join(path, "*")
		}
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == dateType || t == triType || seen[t] {
		return
	}
	seen[t] = true
	defer delete(seen, t)
	for _, f := range Fields(t) {
		key := tomlpos.Join(path, f.Name)
		if f.Markdown {
			*out = append(*out, key)
			continue
		}
		markdownKeys(f.Type, key, out, seen)
	}
}
