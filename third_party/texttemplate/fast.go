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
)

// lookups holds the method and field lookups of one execution (and the
// templates it calls, on the same goroutine), by type and name. Reflect's
// own lookups cost most on every .Field: Type.MethodByName builds the
// whole description of the method it finds, its function type included,
// and Type.FieldByName searches the fields one by one. An execution asks
// the same few hundred pairs thousands of times; a map of its own needs no
// lock and boxes no key, where a sync.Map shared by every execution does
// both on every lookup.
type lookups struct {
	methods map[lookupKey]int // method index, -1: none
	fields  map[lookupKey]fieldResult
}

// sharedMethods and sharedFields are the same lookups for every execution,
// asked when an execution's own map misses (once per pair and execution).
var sharedMethods, sharedFields sync.Map // lookupKey → int, fieldResult

type lookupKey struct {
	t    reflect.Type
	name string
}

// fieldResult is what evalField uses of a reflect.StructField (Index and
// IsExported, under the same names), and whether there was one: an
// execution keeps hundreds, and a whole StructField is four times larger.
type fieldResult struct {
	Index    []int
	exported bool
	ok       bool
}

func (f fieldResult) IsExported() bool { return f.exported }

// methodByName is v.MethodByName(name).
func (s *state) methodByName(v reflect.Value, name string) reflect.Value {
	l := s.lookups
	key := lookupKey{v.Type(), name}
	i, ok := l.methods[key]
	if !ok {
		if shared, ok := sharedMethods.Load(key); ok {
			i = shared.(int)
		} else {
			m, found := v.Type().MethodByName(name)
			i = -1
			if found {
				i = m.Index
			}
			sharedMethods.Store(key, i)
		}
		if l.methods == nil {
			l.methods = map[lookupKey]int{}
		}
		l.methods[key] = i
	}
	if i < 0 {
		return reflect.Value{}
	}
	return v.Method(i)
}

// fieldByName is t.FieldByName(name), as much of it as evalField uses.
// The field's Index is shared: its callers only read it.
func (s *state) fieldByName(t reflect.Type, name string) (fieldResult, bool) {
	l := s.lookups
	key := lookupKey{t, name}
	if r, ok := l.fields[key]; ok {
		return r, r.ok
	}
	shared, ok := sharedFields.Load(key)
	if !ok {
		f, found := t.FieldByName(name)
		shared = fieldResult{f.Index, f.IsExported(), found}
		sharedFields.Store(key, shared)
	}
	r := shared.(fieldResult)
	if l.fields == nil {
		l.fields = map[lookupKey]fieldResult{}
	}
	l.fields[key] = r
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
