package content

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// States reports whether the product says anything about the optional
// collection key (ports, data_stores, data_flows, components, sbom, ...):
// the product file writes the key (an empty list there means "none"), or
// changes to it by this view's version or one before it. An optional key
// the file never writes is "not stated": documents must not read its
// empty list as "none". Callers test a non-empty list first (a product
// built in code has no file).
func (p *Product) States(key string) bool {
	if p.Source.Has(key) {
		return true
	}
	base := p.Base()
	// A version writes a nested list flat: logging.events as
	// logging_events_added.
	flat := strings.ReplaceAll(key, ".", "_")
	// A list a later version adds, changes or removes says nothing of
	// the versions before it.
	for i := range p.versionsUpTo(base.Versions) {
		for _, op := range []string{"_added", "_changed", "_removed", ""} {
			if p.Source.Has(fmt.Sprintf("versions[%d].changes.%s%s", i, flat, op)) {
				return true
			}
		}
		// A key of a table a version patches keeps its name there:
		// [versions.changes.deployment] steps = [].
		if flat != key && p.Source.Has(fmt.Sprintf("versions[%d].changes.%s", i, key)) {
			return true
		}
	}
	return false
}

// versionsUpTo is how many of the product's versions, oldest first, this
// view's facts take in: its own version and those before it (the product
// as written is the first version's view; a version the list does not
// name, all of them).
func (p *Product) versionsUpTo(versions []Version) int {
	if p.factsOf == "" {
		return min(1, len(versions))
	}
	if k := slices.IndexFunc(versions, func(v Version) bool { return v.Version == p.factsOf }); k >= 0 {
		return k + 1
	}
	return len(versions)
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
