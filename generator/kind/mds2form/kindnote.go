package mds2form

import "github.com/jspgen/jspgen/generator/content"

// kindNote is what a note puts in brackets after an interface's ID: its
// kind ("USB"), or, where the kind is not stated, that it is an interface
// whose kind is not stated, never a kind called "Not stated".
func kindNote(it content.Interface) string {
	if !it.KindStated() {
		return "an interface whose kind is not stated"
	}
	return it.Kind.Label()
}
