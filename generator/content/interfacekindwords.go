package content

import (
	"fmt"
	"slices"
)

// InterfaceKindWords names the kinds of interfaces its, each once, in
// their order, for a list in a message ("Ethernet and USB"). Interfaces
// whose kind is not stated are named last, as such ("an interface whose
// kind is not stated", "2 interfaces whose kind is not stated"), never as
// a kind called "Not stated".
func InterfaceKindWords(its []Interface) []string {
	var out []string
	unstated := 0
	for _, it := range its {
		if !it.KindStated() {
			unstated++
			continue
		}
		if k := it.Kind.Label(); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	switch {
	case unstated == 1:
		out = append(out, kindUnstatedWords)
	case unstated > 1:
		out = append(out, fmt.Sprintf("%d interfaces whose kind is not stated", unstated))
	}
	return out
}

// kindUnstatedWords names one interface whose kind is not stated.
const kindUnstatedWords = "an interface whose kind is not stated"

// KindWords is the interface's kind for a note or message: its label
// ("USB"), or, where the kind is not stated, that it is an interface
// whose kind is not stated, never a kind called "Not stated".
func (i Interface) KindWords() string {
	if !i.KindStated() {
		return kindUnstatedWords
	}
	return i.Kind.Label()
}
