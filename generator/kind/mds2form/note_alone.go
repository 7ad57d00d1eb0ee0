package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// noteAloneElsewhere reports, as a warning, a note-only hand answer g
// ({ note = n }) to id beside the answer this version's data derive (d),
// where the same note-only answer stands alone, beside a blank answer, in
// the form of another version whose data leave id open: the answer was
// written for that form ("Not stated." for 4.3, which has no end of
// support), and printed beside 4.0's derived Yes it contradicts it. The
// form gives the derived answer without the note. A note-only answer no
// other form prints alone is a note on the derived answer (the README's
// "CONN-1.1.1" = { note = 2 }) and stays.
func (r *mds2Resolver) noteAloneElsewhere(id string, g given, d fact) bool {
	if g.entry.Note == 0 || strings.TrimSpace(g.entry.Answer) != "" || r.p.VersionOf == "" {
		return false
	}
	var alone []string
	for _, v := range r.formVersions() {
		if v == r.p.VersionOf {
			continue
		}
		e, ok := r.all.At(v).MDS2.Answers[id]
		if !ok || e.Note != g.entry.Note || strings.TrimSpace(e.Answer) != "" {
			continue
		}
		if _, decided := r.derivedIn(id, v); !decided {
			alone = append(alone, v)
		}
	}
	if len(alone) == 0 {
		return false
	}
	slices.SortFunc(alone, func(a, b string) int { return r.versionIndex(a) - r.versionIndex(b) })
	forms, them := "the form of version "+alone[0]+" prints", "version "+alone[0]
	if len(alone) > 1 {
		forms, them = "the forms of versions "+content.AndList(alone)+" print", "versions "+content.AndList(alone)
	}
	fix := fmt.Sprintf("give it only to %s, under %s.mds2_answers_changed (later versions inherit it), instead of here", them, r.changesAt(alone[0]))
	if r.versionIndex(alone[0]) < r.versionIndex(r.p.VersionOf) {
		// Inherited from an earlier version that needs it: drop it here.
		fix = fmt.Sprintf("drop it for version %s with %s.mds2_answers_removed = [%q]", r.p.VersionOf, r.changesAt(r.p.VersionOf), id)
	}
	r.warnf(g.path, "%q = { note = %d } gives only a note, which %s beside a blank answer (the data leave %s open there); version %s's data give %s: %s, so version %s's form gives %s without note %d. Keep the note-only answer for the versions that need it: %s",
		id, g.entry.Note, forms, id, r.p.VersionOf, d.Answer, d, r.p.VersionOf, d.Answer, g.entry.Note, fix)
	return true
}

// formVersions are the versions whose MDS2 forms the build publishes,
// as Prepare builds them: the one current on the form's release date,
// then the other supported versions.
func (r *mds2Resolver) formVersions() []string {
	on := kind.Released(r.all.Documents.MDS2, r.env.AsOf)
	cur := factsFor(r.env, r.all.On(on)).VersionOf
	out := []string{cur}
	for _, v := range kind.OtherVersions(r.env, r.all, cur, on) {
		out = append(out, v.Version)
	}
	return out
}

// versionIndex is version v's index in versions, -1 if none.
func (r *mds2Resolver) versionIndex(v string) int {
	return slices.IndexFunc(r.all.Versions, func(x content.Version) bool { return x.Version == v })
}

// changesAt is the key path of version v's changes.
func (r *mds2Resolver) changesAt(v string) string {
	if k := r.versionIndex(v); k >= 0 {
		return fmt.Sprintf("versions[%d].changes", k)
	}
	return "versions[].changes"
}
