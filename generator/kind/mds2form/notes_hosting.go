package mds2form

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// DOC-11.3 and DOC-11.4 ask where the SaMD is hosted, as though all of it
// ran in one place. A product whose parts run in several (a plug-in on
// another maker's ultrasound system beside a telemetry service its
// manufacturer hosts; a patient's app beside an optional sync service) is
// truly hosted by the manufacturer as soon as one part is, but a bare Yes
// reads as "the software runs in the manufacturer's cloud". hostingNote
// gives such a derived Yes a note naming where each part runs, for which
// parts the Yes holds, and whether the product's other parts reach a
// manufacturer-hosted part only through connections off as shipped. It
// never turns the Yes into No: the part is hosted there.

// hostingNote attaches the note to each derived (or agreeing) Yes of
// DOC-11.3 and DOC-11.4 that has no note of the manufacturer's and that
// holds for part of the SaMD only: DOC-11.3 beside a part the
// manufacturer does not host, DOC-11.4 beside one it does. Parts on the
// customer's own devices beside parts the customer hosts (an app on the
// hospital's phones beside its server) leave DOC-11.4 without a note:
// whether those devices count as the customer's infrastructure is the
// manufacturer's reading, and its Yes misleads nobody. A manufacturer's
// own note is theirs to word; a product all of whose parts run in one
// place gets no note (its Yes is already the whole truth).
func (r *mds2Resolver) hostingNote(form *mds2.Form, derived map[string]fact) {
	parts := r.samdParts()
	mfr := slices.ContainsFunc(parts, func(pt content.Part) bool { return pt.Runs.IsManufacturerHosted() })
	other := slices.ContainsFunc(parts, func(pt content.Part) bool { return !pt.Runs.IsManufacturerHosted() })
	partial := map[string]bool{"DOC-11.3": mfr && other, "DOC-11.4": mfr && other}
	var rows []*mds2.Row
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			row := &form.Sections[si].Rows[ri]
			if !partial[row.ID] {
				continue
			}
			if d, ok := derived[row.ID]; !ok || d.Answer != mds2.Yes || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
				continue
			}
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return
	}
	var ids []string
	for _, row := range rows {
		ids = append(ids, row.ID)
	}
	text := r.hostingNoteText(parts, ids)
	n := r.lastNote(form) + 1
	form.Notes = append(form.Notes, mds2.Note{Number: n, Text: text, Generated: true})
	for _, row := range rows {
		row.Note, row.NoteText = n, text
	}
}

// samdParts are the parts that are the SaMD: not a related system's (a
// licence server it relies on) nor the customer's own infrastructure (its
// identity provider), as samdHosted counts them.
func (r *mds2Resolver) samdParts() []content.Part {
	var out []content.Part
	for _, pt := range r.p.Parts {
		if r.p.IsRelatedPart(pt.ID) || pt.Runs.IsCustomerInfrastructure() {
			continue
		}
		out = append(out, pt)
	}
	return out
}

// hostingNoteText says where each part runs, then, for each row (ids)
// that refers to the note, which parts its Yes is about: DOC-11.3 holds
// for the parts the manufacturer hosts only (saying of each that the
// other parts reach only through connections off as shipped that it is
// so); DOC-11.4 holds for the parts the customer hosts and not for those
// the manufacturer does. Of parts on the customer's own devices it says
// only where they run (see hostingNote).
func (r *mds2Resolver) hostingNoteText(parts []content.Part, ids []string) string {
	var where, mfr, off, cust []string
	maker := cmp.Or(r.env.Content.Site.Manufacturer.Name, "the manufacturer")
	for _, pt := range parts {
		switch {
		case pt.Runs.IsManufacturerHosted():
			// "is hosted by M", not "runs in a service the manufacturer
			// hosts": the part is the service.
			where = append(where, pt.Name+", hosted by "+maker)
		default:
			// no verb takes the part's name, which may be plural ("the
			// BleedAlert services")
			where = append(where, pt.Name+r.p.PartPlaced(pt))
		}
		switch {
		case pt.Runs.IsManufacturerHosted():
			mfr = append(mfr, pt.Name)
			if offAsShipped(r.p.Product, pt) {
				off = append(off, pt.Name)
			}
		case pt.Runs.IsCustomerHosted():
			cust = append(cust, pt.Name)
		}
	}
	s := fmt.Sprintf("The parts of %s run in different places: %s", r.p.Name, strings.Join(where, "; "))
	if !strings.HasSuffix(s, ".") { // a maker's name may end in "Inc."
		s += "."
	}
	if slices.Contains(ids, "DOC-11.3") {
		s += fmt.Sprintf(" The answer Yes to DOC-11.3 holds for %s only", content.AndList(mfr))
		switch {
		case len(off) == 0:
		case len(off) == len(mfr):
			pron := "them"
			if len(mfr) == 1 {
				pron = "it"
			}
			s += "; the product's other parts reach " + pron + " only through connections that are off as shipped"
		default:
			s += fmt.Sprintf("; the product's other parts reach %s only through connections that are off as shipped", content.AndList(off))
		}
		s += "."
	}
	if slices.Contains(ids, "DOC-11.4") {
		s += fmt.Sprintf(" The answer Yes to DOC-11.4 holds for %s, not for %s, which the manufacturer hosts.", content.AndList(cust), content.AndList(mfr))
	}
	return s
}

// offAsShipped reports a part the manufacturer hosts that the product's
// other parts reach only through connections off as shipped: at least
// one port of another part connects to it (naming it as peer_part, or
// one of its listeners' endpoints), each such port, or its interface, is
// off as shipped (default_enabled = false), no port of the part itself
// connects to another part, and every data flow between it and another
// part goes over such a port: over the other part's interface, off as
// shipped, or over the part's own interface from a part with such a
// port. Anything not stated (default_enabled not written, a flow naming
// no interface) leaves it not shown.
func offAsShipped(p *content.Product, hosted content.Part) bool {
	var endpoints []string
	for _, pt := range p.Ports {
		if pt.Part == hosted.ID && pt.Direction != "out" && pt.DirectionStated() {
			endpoints = append(endpoints, pt.Endpoints...)
		}
	}
	off := func(pt content.Port) bool {
		i := p.Interface(pt.Interface)
		return pt.DefaultEnabled.IsFalse() || i != nil && i.DefaultEnabled.IsFalse()
	}
	clients := map[string]bool{} // parts with a port to it, each off
	for _, pt := range p.Ports {
		if pt.Part == hosted.ID {
			if !pt.DirectionStated() || pt.Direction != "in" && pt.PeerPart != "" && pt.PeerPart != hosted.ID && !off(pt) {
				return false // it connects to another part of its own accord
			}
			continue
		}
		reaches := pt.PeerPart == hosted.ID || slices.ContainsFunc(pt.Endpoints, func(e string) bool { return slices.Contains(endpoints, e) })
		if reaches && !pt.DirectionStated() {
			return false // whether it connects is not stated
		}
		if pt.Direction == "in" || !reaches {
			continue
		}
		if !off(pt) {
			return false
		}
		clients[pt.Part] = true
	}
	if len(clients) == 0 {
		return false
	}
	for _, f := range p.DataFlows {
		if f.From != hosted.ID && f.To != hosted.ID {
			continue
		}
		other := f.From
		if other == hosted.ID {
			other = f.To
		}
		if p.Part(other).ID == "" || other == hosted.ID {
			continue // an outside system, not a part of the product
		}
		i := p.Interface(f.Interface)
		switch {
		case i == nil:
			return false
		case i.Part == hosted.ID:
			if !clients[other] {
				return false
			}
		case !i.DefaultEnabled.IsFalse():
			return false
		}
	}
	return true
}
