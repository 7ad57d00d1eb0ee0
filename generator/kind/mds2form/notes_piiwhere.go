package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// MPII-1 and MPII-2 are Yes from a data store holding PHI or PII
// (handlesPII, storesPII), which may be a store of a part that is not
// the device's own hardware: a fitting program's patient database on the
// customer's computer beside hearing aids that keep no name. The form
// counts the product as the device, so the Yes stands; but beside notes
// that call the device's hardware "the device", a bare "the device keeps
// PII on the device itself" tells a reader the hardware does.
// piiWhereNote says which part keeps it, where every store the Yes may
// rest on is off the device's hardware: then data_stores is written, and
// a written list is every store, so none of the device's parts keeps PHI
// or PII in a store.

// piiWhereRows are the questions the note is about, and whether a store
// of a part the manufacturer hosts counts for each (it does not for
// MPII-2 beside a part on the device: storesPII).
var piiWhereRows = []struct {
	id     string
	hosted bool
}{
	{"MPII-1", true},
	{"MPII-2", false},
}

// piiWhereNote gives each derived Yes of piiWhereRows without a note,
// resting on a data store, the note piiWhereText, where the product has a
// part on the device and no store holding PHI or PII that the row counts
// is on one. Rows with the same text share one note.
func (r *mds2Resolver) piiWhereNote(form *mds2.Form, derived map[string]fact) {
	if !r.p.HasDevice() {
		return
	}
	type group struct {
		rows   []*mds2.Row
		stores []content.DataStore
	}
	var groups []group
	for _, k := range piiWhereRows {
		row := findRow(form, k.id)
		if row == nil || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
			continue
		}
		// A Yes from an interface or a data flow is about what the
		// device receives or sends, not where it is kept.
		if d, ok := derived[k.id]; !ok || d.Answer != mds2.Yes || !strings.Contains(d.Path, "data_stores") {
			continue
		}
		stores := r.piiStores(k.hosted)
		if len(stores) == 0 || slices.ContainsFunc(stores, func(d content.DataStore) bool {
			return r.facts.p.PartOfStore(d).Runs.IsDevice()
		}) {
			continue
		}
		i := slices.IndexFunc(groups, func(g group) bool { return slices.Equal(storeIDs(g.stores), storeIDs(stores)) })
		if i < 0 {
			groups = append(groups, group{stores: stores})
			i = len(groups) - 1
		}
		groups[i].rows = append(groups[i].rows, row)
	}
	note := r.noteNumbers(form)
	for _, g := range groups {
		text := r.piiWhereText(g.rows, g.stores)
		n := note(text)
		for _, row := range g.rows {
			row.Note, row.NoteText = n, text
		}
	}
}

// piiStores are the product's own data stores holding PHI or PII, those
// of parts the manufacturer hosts only where hosted.
func (r *mds2Resolver) piiStores(hosted bool) []content.DataStore {
	var out []content.DataStore
	for _, d := range r.facts.p.DataStores {
		if !r.facts.ownStore(d) || !carriesPII(d.Data) {
			continue
		}
		if !hosted && r.facts.p.PartOfStore(d).Runs.IsManufacturerHosted() {
			continue
		}
		out = append(out, d)
	}
	return out
}

func storeIDs(stores []content.DataStore) []string {
	var ids []string
	for _, d := range stores {
		ids = append(ids, d.ID)
	}
	return ids
}

// piiWhereText: "The answers Yes to MPII-1 and MPII-2 rest on Aurelle
// Fit, which runs on the customer's own computer and keeps PHI and PII
// in its data store Aurelle Fit patient database. No data store of the
// device's own hardware, the Aurelle hearing aids, holds PHI or PII."
func (r *mds2Resolver) piiWhereText(rows []*mds2.Row, stores []content.DataStore) string {
	var ids []string
	for _, row := range rows {
		ids = append(ids, row.ID)
	}
	answer := "The answer Yes to " + ids[0] + " rests"
	if len(ids) > 1 {
		answer = "The answers Yes to " + content.AndList(ids) + " rest"
	}
	var keepers []string
	for _, pt := range r.p.Parts {
		var names []string
		var phi, pii bool
		for _, d := range stores {
			if r.facts.p.PartOfStore(d).ID != pt.ID {
				continue
			}
			names = append(names, d.Name)
			phi = phi || d.Data.Has("phi")
			pii = pii || d.Data.Has("pii")
		}
		if len(names) == 0 {
			continue
		}
		var kinds []string
		if phi {
			kinds = append(kinds, "PHI")
		}
		if pii {
			kinds = append(kinds, "PII")
		}
		keepers = append(keepers, fmt.Sprintf("%s, which %s and keeps %s in its data %s %s",
			pt.TheName(), r.p.PartRunsWhere(pt), content.AndList(kinds), content.Plural(len(names), "store", "stores"), content.AndList(names)))
	}
	var devices []string
	for _, pt := range r.p.Parts {
		if pt.Runs.IsDevice() {
			devices = append(devices, pt.TheName())
		}
	}
	return fmt.Sprintf("%s on %s. No data store of the device's own hardware, %s, holds PHI or PII.",
		answer, strings.Join(keepers, "; and "), content.AndList(devices))
}
