package content

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// States reports whether the product says anything about the optional
// collection key (ports, data_stores, data_flows, components, sbom, ...):
// the product file writes the key (an empty list there means "none"), or
// changes to it by this view's version or one before it. An optional key
// the file never writes is "not stated": documents must not read its
// empty list as "none". Callers
// test a non-empty list first (a product built in code has no file).
func (p *Product) States(key string) bool {
	if p.Source.Has(key) {
		return true
	}
	base := p
	if p.base != nil {
		base = p.base
	}
	// A version writes a nested list flat: logging.events as
	// logging_events_added.
	flat := strings.ReplaceAll(key, ".", "_")
	for i, ver := range base.Versions {
		// A list a later version adds, changes or removes says nothing
		// of the versions before it.
		if !p.upTo(i, ver.Version) {
			break
		}
		for _, op := range []string{"_added", "_changed", "_removed", ""} {
			if p.Source.Has(fmt.Sprintf("versions[%d].changes.%s%s", i, flat, op)) {
				return true
			}
		}
	}
	return false
}

// upTo reports whether version ver, the i-th of the product, is this
// view's version or one before it (the product as written is the first
// version's view).
func (p *Product) upTo(i int, ver string) bool {
	if i == 0 || ver == p.factsOf {
		return true
	}
	base := p.Base()
	for _, w := range base.Versions[:i] {
		if w.Version == p.factsOf {
			return false
		}
	}
	return p.factsOf != ""
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
