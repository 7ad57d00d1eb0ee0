package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// offlineSays is what ports says when offline() answers from it: written
// empty, beside interfaces none of which is a network. An NFC, infrared
// or other radio link the product lists is named as no network, not
// denied: the form's CONN-1.1.4 answers Yes for it.
func (f *mds2Facts) offlineSays() string {
	says := "is written empty, and interfaces lists no network interface"
	if f.leftOut() {
		says = "lists no port, and interfaces no network interface"
	}
	if len(f.p.Interfaces) == 0 {
		if f.p.States("interfaces") {
			return "is written empty, and interfaces lists none"
		}
		return "is written empty, and no interface is listed"
	}
	var kinds []string
	for _, it := range f.p.Interfaces {
		if it.Kind.Wireless() && !slices.Contains(kinds, it.Kind.Label()) {
			kinds = append(kinds, it.Kind.Label())
		}
	}
	if len(kinds) > 0 {
		says += fmt.Sprintf("; its wireless links are %s only, none of them a network", content.AndList(kinds))
	}
	return says
}
