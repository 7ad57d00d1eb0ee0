package content

import (
	"slices"
	"strings"
)

// Three small keys are optional, as a sparse specification may not give
// them: the manufacturer's postal address, the versions of a platform the
// customer supplies ("Windows 11", no release), and who may change a
// security setting. Written, a tool-invented value would read as the
// manufacturer's word; left out, the documents say what they lack, and
// check says which key is missing so that the writer can add it when it
// is known. No document prints the address, so nothing warns of it.

// ruleSmallKeysUnstated warns of each platform entry without versions
// (the documents that list the platforms name it alone and say its
// versions are not stated) and of each security setting without
// changed_by (the CSD's settings table says Not stated).
func ruleSmallKeysUnstated(p *Product) Diagnostics {
	var out Diagnostics
	docs := planAndCSDIn(p.Produces)
	if p.Produces("lifecycle") {
		docs = append(docs, "the lifecycle page")
	}
	if p.Produces("notices") && slices.ContainsFunc(p.Notices, func(n Notice) bool { return len(n.OperatingSystems) == 0 && len(n.Versions) > 0 }) {
		docs = append(docs, "the notices that list the platforms")
	}
	if len(docs) > 0 {
		for _, w := range everyPlatform(p) {
			if len(w.entry.Versions) > 0 {
				continue
			}
			name := strings.TrimSpace(w.entry.Name)
			out = append(out, at(p, Warning, w.path,
				"%s: versions not written: %s %s %s alone and %s which of its versions the product supports is not stated, so no end of its vendor's support can be given; write the versions (a release such as 23H2 or 2022) when they are known",
				name, AndList(docs), Plural(len(docs), "names", "name"), name, Plural(len(docs), "says", "say")))
		}
	}
	if p.Produces("csd") {
		for _, w := range p.everySetting() {
			if strings.TrimSpace(w.entry.ChangedBy) != "" {
				continue
			}
			out = append(out, at(p, Warning, w.path,
				"%s: changed_by not written: the CSD's settings table says Not stated for who may change the setting", w.entry.Name))
		}
	}
	return out
}
