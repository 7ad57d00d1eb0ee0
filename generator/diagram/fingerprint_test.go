package diagram

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/jspgen/jspgen/generator/pdf"
)

// TestLayoutFingerprintHoldsEveryField: changing any field of a layout
// (every one filled, each slice with an element) changes its fingerprint,
// so a document whose drawings print the same draws the same
// (pdf.FingerprintedDrawing). A field JSON left out (unexported, or two
// embedded fields of one name) fails here.
func TestLayoutFingerprintHoldsEveryField(t *testing.T) {
	var _ pdf.FingerprintedDrawing = (*Layout)(nil)
	l := &Layout{}
	fillAll(reflect.ValueOf(l).Elem())
	base := l.Fingerprint()
	if base == nil {
		t.Fatal("no fingerprint")
	}
	leaves := 0
	eachLeaf(reflect.ValueOf(l).Elem(), "Layout", func(path string, change func() func()) {
		leaves++
		undo := change()
		if bytes.Equal(l.Fingerprint(), base) {
			t.Errorf("changing %s leaves the fingerprint as it was", path)
		}
		undo()
	})
	if !bytes.Equal(l.Fingerprint(), base) {
		t.Error("the fingerprint changed after every field was put back")
	}
	if leaves < 20 {
		t.Errorf("only %d fields visited", leaves)
	}
}

func fillAll(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s")
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Int:
		v.SetInt(1)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillAll(v.Index(0))
	case reflect.Struct:
		for i := range v.NumField() {
			fillAll(v.Field(i))
		}
	}
}

// eachLeaf calls visit for every string, number and bool under v, with a
// function that changes it and returns the undo.
func eachLeaf(v reflect.Value, path string, visit func(string, func() func())) {
	switch v.Kind() {
	case reflect.Slice:
		for i := range v.Len() {
			eachLeaf(v.Index(i), path+"[i]", visit)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			eachLeaf(v.Field(i), path+"."+v.Type().Field(i).Name, visit)
		}
	case reflect.String, reflect.Float64, reflect.Int, reflect.Bool:
		if !v.CanSet() {
			visit(path+" (unexported)", func() func() { return func() {} })
			return
		}
		visit(path, func() func() {
			old := reflect.ValueOf(v.Interface())
			switch v.Kind() {
			case reflect.String:
				v.SetString(v.String() + "x")
			case reflect.Float64:
				v.SetFloat(v.Float() + 1)
			case reflect.Int:
				v.SetInt(v.Int() + 1)
			case reflect.Bool:
				v.SetBool(!v.Bool())
			}
			return func() { v.Set(old) }
		})
	default:
		visit(path+" (kind "+v.Kind().String()+")", func() func() { return func() {} })
	}
}
