package content

import (
	"fmt"
	"reflect"
)

// written is an entry of a list a version may change, with the key path it
// is written at: the top-level list (accounts[2]) or a version's _added or
// _changed list (versions[1].changes.accounts_added[0]).
type written[T any] struct {
	path  string
	entry T
}

// everyWritten lists every entry written for the list key: the top-level
// entries (the first version's), then, version by version, those each
// version adds and changes, in file order. Checks that a statement is
// right wherever it is written read this, not one version's view.
func everyWritten[T any](p *Product, key string, top []T, added, changed func(VersionChanges) []T) []written[T] {
	var out []written[T]
	for i, e := range top {
		out = append(out, written[T]{fmt.Sprintf("%s[%d]", key, i), e})
	}
	for i, v := range p.Versions {
		for j, e := range added(v.Changes) {
			out = append(out, written[T]{fmt.Sprintf("versions[%d].changes.%s_added[%d]", i, key, j), e})
		}
		for j, e := range changed(v.Changes) {
			out = append(out, written[T]{fmt.Sprintf("versions[%d].changes.%s_changed[%d]", i, key, j), e})
		}
	}
	return out
}

// eachWrittenList calls check with each list of key's entries as it is
// written, and the product it is written for: the top-level list with p
// (the first version's), then each version's _added and _changed lists
// with that version's view, where the parts and interfaces they name are.
func eachWrittenList[T any](p *Product, key string, top []T, added, changed func(VersionChanges) []T, check func(q *Product, path string, list []T)) {
	check(p, key, top)
	for i, ver := range p.Versions {
		q := p.At(ver.Version)
		path := fmt.Sprintf("versions[%d].changes.%s", i, key)
		check(q, path+"_added", added(ver.Changes))
		check(q, path+"_changed", changed(ver.Changes))
	}
}

// writtenAt is the key path of entry e in a view that takes in the first
// upTo versions' changes: the last place up to them that writes it.
func writtenAt[T any](all []written[T], e T, upTo int) string {
	path := ""
	for _, w := range all {
		if k, ok := versionIndexOf(w.path); ok && k >= upTo {
			continue
		}
		if reflect.DeepEqual(w.entry, e) {
			path = w.path
		}
	}
	return path
}

// versionIndexOf is the version index of a key path under
// versions[k].changes; ok is false for a top-level path.
func versionIndexOf(path string) (k int, ok bool) {
	if _, err := fmt.Sscanf(path, "versions[%d].", &k); err != nil {
		return 0, false
	}
	return k, true
}
