package csaf

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestKeysSorted: every object a CSAF document holds writes its keys in
// alphabetical order, as CSAF optional test 6.2.13 asks; validators warn
// of any other order. Checked on the types, so a field added out of
// order fails here before any document is built.
func TestKeysSorted(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		var keys []string
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			keys = append(keys, name)
			walk(f.Type)
		}
		if !slices.IsSorted(keys) {
			t.Errorf("%s writes its keys as %q, not in alphabetical order", typ.Name(), keys)
		}
	}
	walk(reflect.TypeFor[Document]())
	if len(seen) < 10 {
		t.Fatalf("walked %d types from Document; the test no longer reaches them", len(seen))
	}
}
