package diagram

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// unassessedFleet names the flows that carry software from a sender in
// the physical zone (a person or item at the device: a field service
// laptop, a USB drive) toward the product's parts, grouped by sender
// ("DF-04 and DF-05 from the Ambulon service laptop"), and counts them.
// The multi-patient harm view drawn from the data alone takes only
// hosted senders, yet such a sender may be carried from unit to unit
// (threats.path says so of it): whether one compromise of it reaches
// many patients the data do not say, so a view left out must not read
// as nothing to assess.
func unassessedFleet(p *content.Product) (string, int) {
	e := newEndpoints(p)
	fl := newFleet(p, e)
	type sender struct {
		id, label string
		flows     []string
	}
	var senders []sender
	n := 0
	for i, f := range p.DataFlows {
		from, to := fl.from[i], fl.to[i]
		if from.Zone != "physical" || !f.Data.Has("software") || !fl.towardPatients(from, to, f) {
			continue
		}
		n++
		k := slices.IndexFunc(senders, func(s sender) bool { return s.id == from.ID })
		if k < 0 {
			senders = append(senders, sender{id: from.ID, label: from.Label})
			k = len(senders) - 1
		}
		senders[k].flows = append(senders[k].flows, f.ID)
	}
	var each []string
	for _, s := range senders {
		each = append(each, content.AndList(s.flows)+" from "+content.SystemTheName(s.label))
	}
	return content.AndList(each), n
}

// unassessedFleetNote says, for a product with no multi-patient harm
// view, which software flows from the physical zone the view drawn from
// the data alone did not assess (unassessedFleet), then those from the
// customer's own devices (customerFleetNote); "" when there is none.
// It says what follows where the sender serves many units, not that
// whether it does is unstated: the prose may state it (a depot tool that
// updates every returned pump), which the keys cannot tell.
func unassessedFleetNote(p *content.Product) string {
	var notes []string
	if flows, n := unassessedFleet(p); n > 0 {
		kind := "flows"
		if n == 1 {
			kind = "flow"
		}
		notes = append(notes, "The view does not assess the software "+kind+" "+flows+" (physical access): where such a sender serves many units, one compromise of it could reach many patients.")
	}
	if note := customerFleetNote(p); note != "" {
		notes = append(notes, note)
	}
	return strings.Join(notes, " ")
}

// NoFleetViewText is the security plan's sentence for a multi-patient
// harm view neither drawn nor described, where software flows from the
// physical zone, or flows from the customer's own devices, exist: what the view drawn from the data alone covers,
// and the flows it did not assess. "" when there are none (the plan
// then says "None recorded.").
func NoFleetViewText(p *content.Product) string {
	note := unassessedFleetNote(p)
	if note == "" || DrawsView(p, "multi_patient_harm") {
		return ""
	}
	return p.InHouseWords("No multi-patient harm view is recorded. Drawn from the data alone, the view covers only the data flows in which a part or system hosted by the customer or by the manufacturer sends therapy data, configuration or software "+fleetTarget+", or receives or passes on alarms, and the product data has no such flow.") + " " + note
}

// unassessedFleetReason is NotDrawnReason's addition for the flows the
// view did not assess (unassessedFleet): " " and the sentence, or "".
func unassessedFleetReason(p *content.Product) string {
	if note := unassessedFleetNote(p); note != "" {
		return " " + note
	}
	return ""
}
