package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// A data store or flow may hold or send its PHI and PII only where an
// optional feature is used (personal_only_with). The answers Yes that
// rest on them stay Yes, as the device can hold or send them; the note
// says when.

func storeFeatures(stores []content.DataStore) []string {
	var out []string
	for _, d := range stores {
		out = append(out, d.PersonalOnlyWith)
	}
	return out
}

// onlyWithClause is " only when <feature> is used", or "".
func onlyWithClause(feature string) string {
	if feature == "" {
		return ""
	}
	return " only when " + feature + " is used"
}

// piiOnlyWithNote gives the derived Yes of MPII-1 and MPII-2 (from data
// stores) and MPII-2.6 (from data flows) that have no note yet, where
// every store or flow that could give the Yes has its PHI and PII only
// with the same optional feature, a note saying so.
func (r *mds2Resolver) piiOnlyWithNote(form *mds2.Form, derived map[string]fact, note func(string) int) {
	var flows []content.DataFlow
	for _, f := range r.p.DataFlows {
		if carriesPII(f.Data) {
			flows = append(flows, f)
		}
	}
	var flowFeatures []string
	for _, f := range flows {
		flowFeatures = append(flowFeatures, f.PersonalOnlyWith)
	}
	type group struct {
		rows  []*mds2.Row
		names []string
		kinds content.DataKinds
		store bool
	}
	groups := map[string]*group{}
	var order []string
	for _, k := range []struct {
		id, path string
		hosted   bool
	}{{"MPII-1", "data_stores", true}, {"MPII-2", "data_stores", false}, {"MPII-2.6", "data_flows", true}} {
		row := findRow(form, k.id)
		if row == nil || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
			continue
		}
		if d, ok := derived[k.id]; !ok || d.Answer != mds2.Yes || !strings.Contains(d.Path, k.path) {
			continue
		}
		var feature string
		var names []string
		var kinds content.DataKinds
		if k.path == "data_stores" {
			stores := r.piiStores(k.hosted)
			feature = content.SharedOnlyWith(storeFeatures(stores))
			for _, d := range stores {
				names = append(names, d.Name)
				kinds = append(kinds, d.Data...)
			}
		} else {
			feature = content.SharedOnlyWith(flowFeatures)
			for _, f := range flows {
				names = append(names, f.ID)
				kinds = append(kinds, f.Data...)
			}
		}
		if feature == "" {
			continue
		}
		key := k.path + "\x00" + feature
		g, ok := groups[key]
		if !ok {
			g = &group{names: names, kinds: kinds, store: k.path == "data_stores"}
			groups[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, row)
	}
	for _, key := range order {
		g := groups[key]
		feature := key[strings.IndexByte(key, 0)+1:]
		var ids []string
		for _, row := range g.rows {
			ids = append(ids, row.ID)
		}
		answer := "The answer Yes to " + ids[0] + " rests"
		if len(ids) > 1 {
			answer = "The answers Yes to " + content.AndList(ids) + " rest"
		}
		var personal []string
		if g.kinds.Has("phi") {
			personal = append(personal, "PHI")
		}
		if g.kinds.Has("pii") {
			personal = append(personal, "PII")
		}
		what := content.AndList(personal)
		count := len(g.names)
		things, verb, without := content.Plural(count, "data flow", "data flows"), content.Plural(count, "carries", "carry"), content.Plural(count, "it carries", "they carry")
		if g.store {
			things, verb, without = content.Plural(count, "data store", "data stores"), content.Plural(count, "holds", "hold"), content.Plural(count, "it holds", "they hold")
		}
		text := fmt.Sprintf("%s on %s %s, which %s %s%s. Without that feature, %s no PHI or PII.", answer,
			things, content.AndList(g.names), verb, what, onlyWithClause(feature), without)
		n := note(text)
		for _, row := range g.rows {
			row.Note, row.NoteText = n, text
		}
	}
}
