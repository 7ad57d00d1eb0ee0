// Copyright 2026 The jspgen Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package template

// jspgen's additions to text/template (see README.jspgen.md): the lookups
// and calls a template makes on every field and function, without the
// parts of reflection that cost most. Each gives what the code it stands
// for gives.

import (
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
)

// Reflect's own lookups cost most on every .Field: Type.MethodByName
// builds the whole description of the method it finds, its function type
// included, and Type.FieldByName searches the fields one by one. The
// templates of a build ask a few thousand (type, name) pairs millions of
// times, so the answers are kept, for every execution, in lookupTables.
var (
	methods lookupTable[int] // method index, -1: none
	fields  lookupTable[fieldResult]
)

type lookupKey struct {
	t    reflect.Type
	name string
}

// lookupTable keeps what a lookup found by type and name. Reads take a
// map that is never written once published, so they need no lock and box
// no key (a sync.Map does both); an answer not there yet is found under a
// lock and kept in a pending map, merged into a new read map once it holds
// a quarter as many pairs as the read map, so that every pair is copied a
// few times at most.
type lookupTable[V any] struct {
	read    atomic.Pointer[map[lookupKey]V]
	mu      sync.Mutex
	pending map[lookupKey]V
}

// get returns what find gives for k, calling find only for a pair not
// asked before.
func (t *lookupTable[V]) get(k lookupKey, find func() V) V {
	if m := t.read.Load(); m != nil {
		if v, ok := (*m)[k]; ok {
			return v
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	read := t.read.Load()
	if read != nil {
		if v, ok := (*read)[k]; ok { // merged while this waited for the lock
			return v
		}
	}
	if v, ok := t.pending[k]; ok {
		return v
	}
	v := find()
	if t.pending == nil {
		t.pending = map[lookupKey]V{}
	}
	t.pending[k] = v
	n := 0
	if read != nil {
		n = len(*read)
	}
	if len(t.pending) >= n/4+8 {
		merged := make(map[lookupKey]V, n+len(t.pending))
		if read != nil {
			for k, v := range *read {
				merged[k] = v
			}
		}
		for k, v := range t.pending {
			merged[k] = v
		}
		t.read.Store(&merged)
		t.pending = nil
	}
	return v
}

// fieldResult is what evalField uses of a reflect.StructField (Index and
// IsExported, under the same names), and whether there was one: a whole
// StructField is four times larger.
type fieldResult struct {
	Index    []int
	exported bool
	ok       bool
}

func (f fieldResult) IsExported() bool { return f.exported }

// methodByName is v.MethodByName(name).
func methodByName(v reflect.Value, name string) reflect.Value {
	t := v.Type()
	i := methods.get(lookupKey{t, name}, func() int {
		if m, ok := t.MethodByName(name); ok {
			return m.Index
		}
		return -1
	})
	if i < 0 {
		return reflect.Value{}
	}
	return v.Method(i)
}

// fieldByName is t.FieldByName(name), as much of it as evalField uses.
// The field's Index is shared: its callers only read it.
func fieldByName(t reflect.Type, name string) (fieldResult, bool) {
	r := fields.get(lookupKey{t, name}, func() fieldResult {
		f, ok := t.FieldByName(name)
		return fieldResult{f.Index, f.IsExported(), ok}
	})
	return r, r.ok
}

// safeCallPlain is safeCall, calling a plain function (plain: one of the
// FuncMap, not a method value nor a builtin) of a common signature
// directly rather than through reflect.Value.Call; the results, errors
// and recovered panics are the same.
func safeCallPlain(fun reflect.Value, args []reflect.Value, plain bool) (val reflect.Value, err error) {
	if !plain || !interfaceable(args) {
		return safeCall(fun, args)
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	switch f := fun.Interface().(type) {
	case func(string) string:
		return reflect.ValueOf(f(args[0].String())), nil
	case func(any) string:
		return reflect.ValueOf(f(args[0].Interface())), nil
	case func(string, any) string:
		return reflect.ValueOf(f(args[0].String(), args[1].Interface())), nil
	case func(any, any) bool:
		return reflect.ValueOf(f(args[0].Interface(), args[1].Interface())), nil
	case func(any, any) []any:
		return reflect.ValueOf(f(args[0].Interface(), args[1].Interface())), nil
	case func(...string) string:
		s := make([]string, len(args))
		for i, a := range args {
			s[i] = a.String()
		}
		return reflect.ValueOf(f(s...)), nil
	case func(...any) []any:
		return reflect.ValueOf(f(interfaces(args)...)), nil
	case func(string, ...any) (string, error):
		out, err := f(args[0].String(), interfaces(args[1:])...)
		return reflect.ValueOf(out), err
	case func(any, ...any) any:
		// reflect.Value.Call gives a result of interface type as such,
		// not the value it holds
		out := f(args[0].Interface(), interfaces(args[1:])...)
		return reflect.ValueOf(&out).Elem(), nil
	case func(any, any, bool) any:
		out := f(args[0].Interface(), args[1].Interface(), args[2].Bool())
		return reflect.ValueOf(&out).Elem(), nil
	case func(string, string) string:
		return reflect.ValueOf(f(args[0].String(), args[1].String())), nil
	case func(string, string, string) string:
		return reflect.ValueOf(f(args[0].String(), args[1].String(), args[2].String())), nil
	case func(int, string, string) string:
		return reflect.ValueOf(f(int(args[0].Int()), args[1].String(), args[2].String())), nil
	case func(...any) string:
		return reflect.ValueOf(f(interfaces(args)...)), nil
	case func(any) (string, error):
		out, err := f(args[0].Interface())
		return reflect.ValueOf(out), err
	case func(any) int64:
		return reflect.ValueOf(f(args[0].Interface())), nil
	case func(...any) map[string]any:
		return reflect.ValueOf(f(interfaces(args)...)), nil
	}
	return safeCall(fun, args)
}

// interfaceable reports whether every argument is valid and may be taken
// as an interface value (Value.Interface panics on one read through an
// unexported field, where Value.Call panics with another message).
func interfaceable(args []reflect.Value) bool {
	for _, a := range args {
		if !a.IsValid() || !a.CanInterface() {
			return false
		}
	}
	return true
}

func interfaces(args []reflect.Value) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a.Interface()
	}
	return out
}
