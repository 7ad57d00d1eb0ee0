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

type lookupKey struct {
	t    reflect.Type
	name string
}

// methods caches, by type and name, the index of the method
// reflect.Type.MethodByName finds (-1: none). That lookup builds the
// method's whole description, its function type included, on every call.
var methods sync.Map // lookupKey → int

// methodByName is v.MethodByName(name).
func methodByName(v reflect.Value, name string) reflect.Value {
	key := lookupKey{v.Type(), name}
	i, ok := methods.Load(key)
	if !ok {
		m, found := v.Type().MethodByName(name)
		i = -1
		if found {
			i = m.Index
		}
		methods.Store(key, i)
	}
	if i.(int) < 0 {
		return reflect.Value{}
	}
	return v.Method(i.(int))
}

type fieldResult struct {
	f  reflect.StructField
	ok bool
}

// fields caches reflect.Type.FieldByName by struct type and name: it
// searches the fields one by one, embedded structs breadth first.
var fields sync.Map // lookupKey → fieldResult

// fieldByName is t.FieldByName(name). The field's Index is shared: its
// callers only read it.
func fieldByName(t reflect.Type, name string) (reflect.StructField, bool) {
	key := lookupKey{t, name}
	if r, ok := fields.Load(key); ok {
		return r.(fieldResult).f, r.(fieldResult).ok
	}
	f, ok := t.FieldByName(name)
	fields.Store(key, fieldResult{f, ok})
	return f, ok
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
