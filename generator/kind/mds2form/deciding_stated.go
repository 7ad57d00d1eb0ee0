package mds2form

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// The error for a question without an answer names only the deciding
// facts the product does not state: "state X, Y or Z" with X stated
// already would send the user to write what is there. Where every one
// is stated, they do not decide the question, and the error says so.

// statesFact reports whether the product file, or for a key only the site
// file has the site file, states d: its value is set, or the file writes
// the key (an empty list there means "none"; false is a fact). A key
// under a list ("interfaces[].carries") is stated when every entry
// states it; under a list with no entry, when the list is stated (there
// is no entry to state it of).
func (f *mds2Facts) statesFact(d decidingFact) bool {
	keys := strings.Split(strings.ReplaceAll(d.key, "[]", ""), ".")
	if d.site {
		if f.env == nil || f.env.Content == nil || f.env.Content.Site == nil {
			return false
		}
		return statedAt(reflect.ValueOf(f.env.Content.Site), f.env.Content.SiteFile, "", keys)
	}
	// A version's changes to a list state it for this form's version.
	if f.p.States(strings.Join(keys, ".")) {
		return true
	}
	if d.onParts {
		// stated on every part but the customer's own infrastructure,
		// which needs no such key
		for i, pt := range f.p.Parts {
			if !pt.Runs.IsCustomerInfrastructure() && !statedAt(reflect.ValueOf(pt), f.p.Source, fmt.Sprintf("parts[%d]", i), keys) {
				return false
			}
		}
		return true
	}
	return statedAt(reflect.ValueOf(f.p.Product), f.p.Source, "", keys)
}

// statedAt reports whether the table v, at key path at of file src,
// states the key path keys below it.
func statedAt(v reflect.Value, src content.Source, at string, keys []string) bool {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return src.Has(joinKey(at, strings.Join(keys, ".")))
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return false
	}
	for _, fd := range content.Fields(v.Type()) {
		if fd.Name != keys[0] {
			continue
		}
		path := joinKey(at, fd.Name)
		fv := v.FieldByIndex(fd.Index)
		if len(keys) == 1 {
			return !fv.IsZero() || src.Has(path)
		}
		for fv.Kind() == reflect.Pointer && !fv.IsNil() {
			fv = fv.Elem()
		}
		if fv.Kind() != reflect.Slice {
			return statedAt(fv, src, path, keys[1:])
		}
		if fv.Len() == 0 {
			return src.Has(path)
		}
		for i := range fv.Len() {
			if !statedAt(fv.Index(i), src, fmt.Sprintf("%s[%d]", path, i), keys[1:]) {
				return false
			}
		}
		return true
	}
	return false
}

func joinKey(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}
