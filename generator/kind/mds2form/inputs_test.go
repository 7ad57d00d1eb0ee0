package mds2form

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/mds2/workbook"
)

// TestFormInputsHoldEveryField: the form's files are taken from the build
// cache when their inputs are the same, so a field the inputs leave out
// would publish a stale workbook. Every field of the form and of the
// workbook's metadata, changed in turn, must change them.
func TestFormInputsHoldEveryField(t *testing.T) {
	f, meta := &mds2.Form{}, workbook.Meta{}
	fill(reflect.ValueOf(f).Elem())
	fill(reflect.ValueOf(&meta).Elem())
	base := formInputs(f, meta)
	if base == nil {
		t.Fatal("no inputs")
	}
	leaves := 0
	visit := func(path string, change func() func()) {
		leaves++
		undo := change()
		if bytes.Equal(formInputs(f, meta), base) {
			t.Errorf("changing %s leaves the inputs as they were", path)
		}
		undo()
	}
	eachLeaf(reflect.ValueOf(f).Elem(), "Form", visit)
	eachLeaf(reflect.ValueOf(&meta).Elem(), "Meta", visit)
	if !bytes.Equal(formInputs(f, meta), base) {
		t.Error("the inputs changed after every field was put back")
	}
	if leaves < 30 {
		t.Errorf("only %d fields visited", leaves)
	}
	if formInputs(nil, meta) != nil {
		t.Error("inputs without a form")
	}
}

var timeType = reflect.TypeFor[time.Time]()

func fill(v reflect.Value) {
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)))
	case v.Kind() == reflect.String:
		v.SetString("s")
	case v.Kind() == reflect.Int:
		v.SetInt(1)
	case v.Kind() == reflect.Uint8:
		v.SetUint(1)
	case v.Kind() == reflect.Bool:
		v.SetBool(true)
	case v.Kind() == reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i))
		}
	}
}

// eachLeaf calls visit for every string, number, bool and time under v,
// with a function that changes it and returns the undo; an unexported
// field is visited with no change, so that it fails.
func eachLeaf(v reflect.Value, path string, visit func(string, func() func())) {
	if !v.CanSet() {
		visit(path+" (unexported)", func() func() { return func() {} })
		return
	}
	old := reflect.ValueOf(v.Interface())
	undo := func() { v.Set(old) }
	switch {
	case v.Type() == timeType:
		visit(path, func() func() { v.Set(reflect.ValueOf(v.Interface().(time.Time).Add(time.Hour))); return undo })
	case v.Kind() == reflect.String:
		visit(path, func() func() { v.SetString(v.String() + "x"); return undo })
	case v.Kind() == reflect.Int:
		visit(path, func() func() { v.SetInt(v.Int() + 1); return undo })
	case v.Kind() == reflect.Uint8:
		visit(path, func() func() { v.SetUint(v.Uint() + 1); return undo })
	case v.Kind() == reflect.Bool:
		visit(path, func() func() { v.SetBool(!v.Bool()); return undo })
	case v.Kind() == reflect.Slice:
		for i := range v.Len() {
			eachLeaf(v.Index(i), path+"[i]", visit)
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			eachLeaf(v.Field(i), path+"."+v.Type().Field(i).Name, visit)
		}
	default:
		visit(path+" ("+v.Kind().String()+": not covered by this test)", func() func() { return func() {} })
	}
}
