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
	return p.InHouseWords("No multi-patient harm view is recorded. Drawn from the data alone, the view covers only the data flows in which "+hostedSenderWords+" sends therapy data, configuration or software "+fleetTarget+", or receives or passes on alarms. "+upperFirst(fleetSendersLeftOut(p))+".") + " " + note
}

// hostedSenderWords is the sender the multi-patient harm view drawn from
// the data alone takes (hosted), as the sentences for a view left out
// with flows it did not assess say it: "hosted by the customer" alone
// reads as any device the customer has, a clinic's own tablet included,
// whose flows the next sentence names.
const hostedSenderWords = "a system hosted by the customer or by the manufacturer, such as a server or a cloud service,"

// fleetSendersLeftOut says, for a product with flows the view drawn from
// the data alone did not assess (unassessedFleetNote), which senders the
// view does not take and that no other flow is of its kind: not "the
// product data has no such flow", which the flows named next would
// contradict. "" when there are none.
func fleetSendersLeftOut(p *content.Product) string {
	var others []string
	if _, n := unassessedFleet(p); n > 0 {
		others = append(others, "a sender with physical access to the device, such as a service laptop or a USB drive")
	}
	if _, n := customerFleet(p); n > 0 {
		others = append(others, "the customer's own phones, tablets or computers")
	}
	if len(others) == 0 {
		return ""
	}
	return "it takes no flow from " + strings.Join(others, " or from ") + ", and none of the product's other data flows is of its kind"
}

// unassessedFleetReason is NotDrawnReason's addition for the flows the
// view did not assess (unassessedFleet): " " and the sentence, or "".
func unassessedFleetReason(p *content.Product) string {
	if note := unassessedFleetNote(p); note != "" {
		return " " + note
	}
	return ""
}
