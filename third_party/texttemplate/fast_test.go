// Copyright 2026 The jspgen Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package template

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// Every signature safeCallPlain calls directly gives what safeCall gives:
// the same value (type, kind and contents), the same error, the same
// recovered panic.
func TestSafeCallPlainIsSafeCall(t *testing.T) {
	boom := errors.New("boom")
	var nilAny any
	cases := []struct {
		name string
		fun  any
		args []any // nil entries: reflect.Zero of the parameter's type
	}{
		{"string→string", func(s string) string { return "<" + s + ">" }, []any{"a"}},
		{"string→string panics", func(s string) string { panic("no " + s) }, []any{"a"}},
		{"string→string panics error", func(s string) string { panic(boom) }, []any{"a"}},
		{"any→string", func(a any) string { return fmt.Sprint(a) }, []any{42}},
		{"any→string nil", func(a any) string { return fmt.Sprint(a) }, []any{nil}},
		{"string,any→string", func(s string, a any) string { return s + fmt.Sprint(a) }, []any{"x", []int{1}}},
		{"any,any→bool", func(a, b any) bool { return a == b }, []any{"x", "x"}},
		{"any,any→[]any", func(a, b any) []any { return []any{b, a} }, []any{1, "two"}},
		{"any,any→[]any nil", func(a, b any) []any { return nil }, []any{1, 2}},
		{"...string→string none", func(s ...string) string { return strings.Join(s, "|") }, []any{}},
		{"...string→string", func(s ...string) string { return strings.Join(s, "|") }, []any{"a", "b", "c"}},
		{"...any→[]any", func(a ...any) []any { return a }, []any{1, "b"}},
		{"string,...any→string,error", func(s string, a ...any) (string, error) { return fmt.Sprintf(s, a...), nil }, []any{"%d-%s", 7, "x"}},
		{"string,...any→string (not direct)", fmt.Sprintf, []any{"%d-%s", 7, "x"}},
		{"string,...any→string,error fails", func(s string, a ...any) (string, error) { return "half", boom }, []any{"f", 1}},
		{"any,...any→any", func(a any, b ...any) any { return len(b) }, []any{"d", 1, 2}},
		{"any,...any→any nil", func(a any, b ...any) any { return nilAny }, []any{"d"}},
		{"any,any,bool→any", func(a, b any, c bool) any {
			if c {
				return a
			}
			return b
		}, []any{"yes", "no", false}},
		{"string,string→string", func(a, b string) string { return a + b }, []any{"a", "b"}},
		{"string,string,string→string", strings.ReplaceAll, []any{"aXa", "X", "-"}},
		{"int,string,string→string", func(n int, one, many string) string { return fmt.Sprint(n, one, many) }, []any{3, "day", "days"}},
		{"...any→string", fmt.Sprint, []any{1, "a", 2}},
		{"any→string,error", func(a any) (string, error) { return "", fmt.Errorf("bad %v", a) }, []any{9}},
		{"any→int64", func(a any) int64 { return int64(a.(int)) + 1 }, []any{1}},
		{"...any→map", func(a ...any) map[string]any { return map[string]any{"n": len(a)} }, []any{1, 2}},
		{"other signature", func(n int) int { return n * 2 }, []any{21}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fun := reflect.ValueOf(c.fun)
			typ := fun.Type()
			args := make([]reflect.Value, len(c.args))
			for i, a := range c.args {
				pt := paramType(typ, i)
				if a == nil {
					args[i] = reflect.Zero(pt)
				} else {
					args[i] = reflect.ValueOf(a)
				}
			}
			wantV, wantErr := safeCall(fun, args)
			gotV, gotErr := safeCallPlain(fun, args, true)
			if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
				t.Errorf("error %v, want %v", gotErr, wantErr)
			}
			if gotV.IsValid() != wantV.IsValid() {
				t.Fatalf("valid %v, want %v", gotV.IsValid(), wantV.IsValid())
			}
			if !wantV.IsValid() {
				return
			}
			if gotV.Type() != wantV.Type() || gotV.Kind() != wantV.Kind() {
				t.Errorf("value of %v (%v), want %v (%v)", gotV.Type(), gotV.Kind(), wantV.Type(), wantV.Kind())
			}
			if !reflect.DeepEqual(gotV.Interface(), wantV.Interface()) {
				t.Errorf("value %#v, want %#v", gotV.Interface(), wantV.Interface())
			}
		})
	}
}

func paramType(typ reflect.Type, i int) reflect.Type {
	if typ.IsVariadic() && i >= typ.NumIn()-1 {
		return typ.In(typ.NumIn() - 1).Elem()
	}
	return typ.In(i)
}

// A method value is never called as a plain function: its Interface
// would build a closure per call.
func TestSafeCallPlainLeavesMethods(t *testing.T) {
	v := reflect.ValueOf(strings.NewReplacer("a", "b")).MethodByName("Replace")
	got, err := safeCallPlain(v, []reflect.Value{reflect.ValueOf("aa")}, false)
	if err != nil || got.String() != "bb" {
		t.Errorf("got %v, %v", got, err)
	}
}

type inner struct{ Deep string }

func (inner) Said() string { return "inner" }

type outer struct {
	inner
	Name  string
	Count int
	*Other
}

type Other struct{ Far int }

func (*outer) PtrMethod() string { return "ptr" }
func (outer) ValMethod() string  { return "val" }

type sayer interface{ Said() string }

// methodByName and fieldByName give what reflect's own lookups give, for
// values, pointers, interfaces, embedded and missing names, asked twice
// (the second answer comes from the table).
func TestLookupsAreReflects(t *testing.T) {
	o := &outer{inner: inner{"d"}, Name: "n", Count: 2, Other: &Other{Far: 3}}
	var s sayer = inner{"i"}
	values := []reflect.Value{
		reflect.ValueOf(o), reflect.ValueOf(*o), reflect.ValueOf(o).Elem(),
		reflect.ValueOf(&s).Elem(), reflect.ValueOf(inner{"x"}),
	}
	names := []string{"PtrMethod", "ValMethod", "Said", "Name", "Deep", "Far", "Missing", "inner", ""}
	for round := range 2 {
		for _, v := range values {
			for _, name := range names {
				want := v.MethodByName(name)
				got := methodByName(v, name)
				if got.IsValid() != want.IsValid() {
					t.Errorf("round %d: %v.%s: method valid %v, want %v", round, v.Type(), name, got.IsValid(), want.IsValid())
				} else if want.IsValid() {
					w := want.Call(nil)[0].String()
					if g := got.Call(nil)[0].String(); g != w {
						t.Errorf("round %d: %v.%s() = %q, want %q", round, v.Type(), name, g, w)
					}
				}
				if v.Kind() != reflect.Struct {
					continue
				}
				wf, wok := v.Type().FieldByName(name)
				gf, gok := fieldByName(v.Type(), name)
				if gok != wok || !reflect.DeepEqual(gf.Index, wf.Index) || gf.IsExported() != wf.IsExported() {
					t.Errorf("round %d: %v field %s: %+v %v, want %+v %v", round, v.Type(), name, gf, gok, wf, wok)
				}
			}
		}
	}
}

// Through a template, the functions called directly print what they did.
func TestPlainFunctionsInATemplate(t *testing.T) {
	funcs := FuncMap{
		"up":   strings.ToUpper,
		"cat":  func(s ...string) string { return strings.Join(s, "+") },
		"pick": func(a, b any, c bool) any { return map[bool]any{true: a, false: b}[c] },
		"count": func(n int, one, many string) string {
			return fmt.Sprint(n, " ", map[bool]string{true: one, false: many}[n == 1])
		},
		"fail": func(a any) (string, error) { return "", fmt.Errorf("cannot %v", a) },
		"boom": func(s string) string { panic("boom " + s) },
		"list": func(a ...any) []any { return a },
	}
	run := func(src string, data any) (string, error) {
		tmpl, err := New("t").Funcs(funcs).Parse(src)
		if err != nil {
			return "", err
		}
		var b strings.Builder
		err = tmpl.Execute(&b, data)
		return b.String(), err
	}
	out, err := run(`{{ up "a" }} {{ cat "a" "b" }} {{ pick 1 2 false }} {{ count 2 "day" "days" }} {{ range list 3 4 }}{{ . }}{{ end }} {{ .Name | up }}`, outer{Name: "n"})
	if err != nil || out != "A a+b 2 2 days 34 N" {
		t.Errorf("got %q, %v", out, err)
	}
	if _, err := run(`{{ fail 3 }}`, nil); err == nil || !strings.Contains(err.Error(), "error calling fail: cannot 3") {
		t.Errorf("error %v", err)
	}
	if _, err := run(`{{ boom "x" }}`, nil); err == nil || !strings.Contains(err.Error(), "error calling boom: boom x") {
		t.Errorf("error %v", err)
	}
}

// A lookupTable answers every pair with what find gave the first time it
// was asked, finding each pair once, also when goroutines ask at once and
// the pairs pass from pending to merged read maps.
func TestLookupTable(t *testing.T) {
	var table lookupTable[int]
	var mu sync.Mutex
	found := map[string]int{}
	types := []reflect.Type{reflect.TypeFor[int](), reflect.TypeFor[string]()}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 3 {
				for i := range 500 {
					name := fmt.Sprint("k", (i*7+g*131+round)%500)
					typ := types[i%2]
					got := table.get(lookupKey{typ, name}, func() int {
						mu.Lock()
						defer mu.Unlock()
						found[typ.String()+"."+name]++
						return len(name) + int(typ.Kind())
					})
					if want := len(name) + int(typ.Kind()); got != want {
						t.Errorf("%v.%s: %d, want %d", typ, name, got, want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	if len(found) != 1000 {
		t.Errorf("%d pairs found, want 1000", len(found))
	}
	for k, n := range found {
		if n != 1 {
			t.Errorf("%s found %d times, want once", k, n)
		}
	}
	if m := table.read.Load(); m == nil || len(*m)+len(table.pending) != 1000 {
		t.Errorf("read map and pending hold %d pairs, want 1000", len(*m)+len(table.pending))
	}
}
