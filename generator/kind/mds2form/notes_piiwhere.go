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
// that call the device's hardware "the device", a bare Yes to "does the
// device keep PII" tells a reader the hardware does.
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
	note := r.noteNumbers(form)
	defer r.piiOnlyWithNote(form, derived, note) // notes_onlywith79.go
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
	for _, g := range groups {
		text := r.piiWhereText(g.rows, g.stores)
		n := note(text)
		for _, row := range g.rows {
			row.Note, row.NoteText = n, text
		}
	}
	r.piiSentNote(form, derived, note)
}

// piiSentRows are the questions answered from an interface or a data flow
// carrying PHI or PII (handlesPII, the MPII-3 paths, exchangesPII,
// cableOnlyOrNotSent), in form order, with the answer that rests on it.
var piiSentRows = []struct {
	id     string
	answer mds2.Answer
}{
	{"MPII-1", mds2.Yes}, {"MPII-2.6", mds2.Yes}, {"MPII-3", mds2.Yes},
	{"MPII-3.3", mds2.Yes}, {"MPII-3.4", mds2.Yes}, {"MPII-3.5", mds2.Yes}, {"MPII-3.6", mds2.Yes},
	{"MPII-3.7", mds2.Yes}, {"MPII-3.8", mds2.Yes}, {"MPII-3.9", mds2.Yes}, {"MPII-3.10", mds2.Yes},
	{"TXCF-1", mds2.No},
}

// piiSentNote is piiWhereNote for what is sent: a derived answer of
// piiSentRows without a note, resting on an interface (or a flow over
// one) of a part that is not the device's own hardware, gets a note
// naming that part, where the device's hardware sends and receives no
// PHI or PII (deviceSendsNoPII). A customer-hosted gateway's virtual
// adapter answers MPII-3.5 Yes beside CONN-1.2.1's "no Ethernet port"
// of the bed: bare, the form says the bed sends PII over a wire. Rows
// resting on the same part share one note.
func (r *mds2Resolver) piiSentNote(form *mds2.Form, derived map[string]fact, note func(string) int) {
	if !r.p.HasDevice() || !r.deviceSendsNoPII() {
		return
	}
	type group struct {
		part content.Part
		rows []*mds2.Row
	}
	var groups []group
	for _, k := range piiSentRows {
		row := findRow(form, k.id)
		if row == nil || row.Answer != k.answer || row.Note != 0 || !fromData(row) {
			continue
		}
		d, ok := derived[k.id]
		if !ok || d.Answer != k.answer {
			continue
		}
		it, ok := r.restsOnInterface(d)
		if !ok {
			continue
		}
		part := r.facts.p.PartOfInterface(it)
		if part.ID == "" || part.Runs.IsDevice() {
			continue
		}
		i := slices.IndexFunc(groups, func(g group) bool { return g.part.ID == part.ID })
		if i < 0 {
			groups = append(groups, group{part: part})
			i = len(groups) - 1
		}
		groups[i].rows = append(groups[i].rows, row)
	}
	for _, g := range groups {
		text := r.piiSentText(g.rows, g.part)
		n := note(text)
		for _, row := range g.rows {
			row.Note, row.NoteText = n, text
		}
	}
}

// restsOnInterface is the interface fact d names: interfaces[i], or the
// interface of the flow data_flows[i].
func (r *mds2Resolver) restsOnInterface(d fact) (content.Interface, bool) {
	f := r.facts
	under := func(path, prefix string) bool {
		rest, ok := strings.CutPrefix(path, prefix)
		return ok && (rest == "" || rest[0] == '.' || rest[0] == ' ')
	}
	for i, it := range f.p.Interfaces {
		if under(d.Path, f.ifacePath(i)) {
			return it, true
		}
	}
	for i, fl := range f.p.DataFlows {
		if under(d.Path, f.flowPath(i)) {
			return f.iface(fl.Interface)
		}
	}
	return content.Interface{}, false
}

// deviceSendsNoPII reports that the device's own hardware sends and
// receives no PHI or PII as the data state it: every interface of a part
// on the device says what it carries, none PHI or PII, and no data flow
// of PHI or PII has an end on such a part or goes over its interface.
func (r *mds2Resolver) deviceSendsNoPII() bool {
	f := r.facts
	for i, it := range f.p.Interfaces {
		if f.p.PartOfInterface(it).Runs.IsDevice() && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return false
		}
	}
	for _, fl := range f.p.DataFlows {
		if !carriesPII(fl.Data) {
			continue
		}
		if f.flowPart(fl.From).Runs.IsDevice() || f.flowPart(fl.To).Runs.IsDevice() {
			return false
		}
		if it, ok := f.iface(fl.Interface); ok && f.p.PartOfInterface(it).Runs.IsDevice() {
			return false
		}
	}
	return true
}

// piiSentText: "The answers Yes to MPII-1, MPII-3 and MPII-3.5 and No to
// TXCF-1 rest on the BedView gateway, on a server the customer hosts,
// whose Gateway VM network adapter carries PHI and PII. The
// device's own hardware, the Corva bed controller, sends and receives no
// PHI or PII."
func (r *mds2Resolver) piiSentText(rows []*mds2.Row, part content.Part) string {
	var yes, no []string
	for _, row := range rows {
		if row.Answer == mds2.Yes {
			yes = append(yes, row.ID)
		} else {
			no = append(no, row.ID)
		}
	}
	var answers []string
	if len(yes) > 0 {
		answers = append(answers, "Yes to "+content.AndList(yes))
	}
	if len(no) > 0 {
		answers = append(answers, "No to "+content.AndList(no))
	}
	answer := "The answer " + answers[0] + " rests"
	if len(rows) > 1 {
		answer = "The answers " + strings.Join(answers, " and ") + " rest"
	}
	var names []string
	var phi, pii bool
	for _, it := range r.facts.p.Interfaces {
		if r.facts.p.PartOfInterface(it).ID != part.ID || !carriesPII(it.Carries) {
			continue
		}
		names = append(names, it.Name)
		phi = phi || it.Carries.Has("phi")
		pii = pii || it.Carries.Has("pii")
	}
	carries := ""
	if len(names) > 0 {
		var kinds []string
		if phi {
			kinds = append(kinds, "PHI")
		}
		if pii {
			kinds = append(kinds, "PII")
		}
		carries = fmt.Sprintf(", whose %s %s %s", content.AndList(names), content.Plural(len(names), "carries", "carry"), content.AndList(kinds))
	}
	var devices, unlisted []string
	for _, pt := range r.p.Parts {
		if pt.Runs.IsDevice() {
			devices = append(devices, pt.TheName())
			if r.p.InterfacesUnlisted(pt) {
				unlisted = append(unlisted, pt.TheName())
			}
		}
	}
	// no verb or pronoun takes the part's name, which may be plural ("the
	// BleedAlert services")
	hardware := fmt.Sprintf("The device's own hardware, %s, sends and receives no PHI or PII.", content.AndList(devices))
	if len(unlisted) > 0 {
		// the list leaves interfaces out (interfaces_complete = false):
		// one it leaves out is not stated, so say only what it lists
		hardware = fmt.Sprintf("No interface listed for %s carries PHI or PII; whether there are interfaces of %s other than those listed is not stated.",
			content.AndList(devices), content.AndList(unlisted))
	}
	return fmt.Sprintf("%s on %s%s%s. %s", answer, part.TheName(), r.p.PartPlaced(part), carries, hardware)
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
// Fit, on a computer the customer owns, whose data store Aurelle Fit
// patient database keeps PHI and PII. No data store of the
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
		var names, features []string
		var phi, pii bool
		for _, d := range stores {
			if r.facts.p.PartOfStore(d).ID != pt.ID {
				continue
			}
			names = append(names, d.Name)
			features = append(features, d.PersonalOnlyWith)
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
		// no verb or pronoun takes the part's name, which may be plural
		// a condition all of them share (personal_only_with): notes_onlywith79.go
		keepers = append(keepers, fmt.Sprintf("%s%s, whose data %s %s %s %s%s",
			pt.TheName(), r.p.PartPlaced(pt), content.Plural(len(names), "store", "stores"), content.AndList(names), content.Plural(len(names), "keeps", "keep"), content.AndList(kinds), onlyWithClause(content.SharedOnlyWith(features))))
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
