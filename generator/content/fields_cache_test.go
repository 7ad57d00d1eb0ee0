package content

import (
	"reflect"
	"testing"
)

// TestFieldsCached: Fields answers from its cache what reading the tags
// answers, for every struct type of the model, the second time too.
func TestFieldsCached(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || ty == dateType || seen[ty] {
			return
		}
		seen[ty] = true
		for range 2 {
			if got, want := Fields(ty), fields(ty); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Fields differs from the tags", ty)
			}
		}
		for _, f := range fields(ty) {
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[Product]())
	walk(reflect.TypeFor[Site]())
	if len(seen) < 20 {
		t.Fatalf("walked %d types; the model has more", len(seen))
	}
}
