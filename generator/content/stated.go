package content

import (
	"fmt"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// States reports whether the product says anything about the optional
// collection key (ports, data_stores, data_flows, components, sbom, ...):
// the product file writes the key (an empty list there means "none"), or
// a version's changes to it. An optional key the file never writes is
// "not stated": documents must not read its empty list as "none". Callers
// test a non-empty list first (a product built in code has no file).
func (p *Product) States(key string) bool {
	if p.Source.Has(key) {
		return true
	}
	base := p
	if p.base != nil {
		base = p.base
	}
	for i := range base.Versions {
		for _, op := range []string{"_added", "_changed", "_removed", ""} {
			if p.Source.Has(fmt.Sprintf("versions[%d].changes.%s%s", i, key, op)) {
				return true
			}
		}
	}
	return false
}

// SourceOfText is the Source of a product file with the text src, for
// products built in code (tests) that need to say which keys their file
// writes.
func SourceOfText(file string, src []byte) Source {
	return Source{File: file, pos: tomlpos.Scan(src)}
}

// CarriesStated reports whether interface it of the product says what data
// it carries: it lists some, or its entry writes carries (carries = []
// says it carries none). An interface that does not write the key has not
// said it carries nothing.
func (p *Product) CarriesStated(it Interface) bool {
	return len(it.Carries) > 0 || it.At != "" && p.Source.Has(it.At+".carries")
}
