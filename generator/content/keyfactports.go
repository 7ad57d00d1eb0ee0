package content

import (
	"fmt"
	"slices"
	"strings"
)

// KeyFactPorts are the lists the CSD's key facts print in the rows
// "Ports listening…" and "Connections opened…". Each entry is a port's
// or rule's text ("TCP 443", with its part and ends where that tells it
// apart), listed once, in the order the ports and rules are sorted.
type KeyFactPorts struct {
	// Listen are the ports open as shipped: the row's answer.
	Listen []string
	// ListenOff are the ports a feature the customer turns on opens: the
	// row's detail says they can be enabled, not that they are open.
	ListenOff []string
	// ListenUnknown are the ports whose state as shipped is not stated:
	// named, so that the answer does not say None of a port 3.2 lists.
	ListenUnknown []string
	// Inner are the ports listening only on a link internal to the
	// product: named as not counted, since no firewall rule needs them.
	Inner []string
	// Physical are the ports only someone at the device reaches
	// (PhysicalAccessNotes): named as not counted, with their endpoints.
	Physical []string
	// OffIn are the IDs of the parts no firewall rule covers that listen
	// (an app on a patient's own phone, the customer's own
	// infrastructure): the detail says why no rule is given for each.
	OffIn []string
	// OffOut are the IDs of the parts no firewall rule covers that
	// connect out: the detail says where each connects from.
	OffOut []string
	// Out are the outbound connections used as shipped, each once: the
	// rules' where the product has parts, else the device's own ports.
	Out []string
	// OutOff are the connections a feature the customer turns on opens
	// (a remote-service connection off until enabled), none of them
	// also in Out.
	OutOff []string
	// OutUnknown are the connections whose state as shipped is not
	// stated, none of them also in Out or OutOff.
	OutUnknown []string
	// Undirected are the ports whose direction is not stated
	// (UndirectedPorts): counted in neither row, each names them as such,
	// and neither answers None while there is one.
	Undirected []string
	// OutAll is the connections row's answer: Out in one entry, then each
	// part no rule covers with its connections used as shipped.
	OutAll []string
}

// addOnce appends s to list unless it is there already.
func addOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// byState adds text to the list of a Tri state: on, off or not stated.
func byState(t Tri, text string, on, off, unknown *[]string) {
	switch {
	case t.IsTrue():
		*on = addOnce(*on, text)
	case t.IsFalse():
		*off = addOnce(*off, text)
	default:
		*unknown = addOnce(*unknown, text)
	}
}

// KeyFactPorts computes the lists of the CSD's key-facts port rows; hosp
// names the customer as the document does ("hospital", "customer").
func (p *Product) KeyFactPorts(hosp string) KeyFactPorts {
	var k KeyFactPorts
	multi := p.MultiPart()
	// Where the product has parts, only the ports on the customer's
	// network listen on it; a single device's are all its own.
	lports := slices.DeleteFunc(p.InboundPorts(), p.PhysicalAccessPort)
	if multi {
		lports = p.ListeningPorts()
	}
	for _, pt := range lports {
		text := p.PortFact(pt)
		// the same words in two states name whom each lets in (KeyFactPortEnds)
		from := ""
		if e := p.KeyFactPortEnds(lports, pt); e != "" {
			from = "from " + e
		}
		if multi {
			var extra string
			if where := p.NetworkOf(pt.Part, hosp); where != "" {
				extra += ", " + where
			}
			if from != "" {
				extra += ", " + from
			}
			text = fmt.Sprintf("%s (%s%s)", text, p.Part(pt.Part).Name, extra)
		} else {
			if from != "" {
				text = fmt.Sprintf("%s (%s)", text, from)
			}
			// a port of some models: a reader with another must not think
			// it can be enabled there; one every model opens on some
			// interface names none (PortOnlyOnAmong)
			if among := p.PortOnlyOnAmong(p.InboundPorts(), pt); among != "" {
				text = fmt.Sprintf("%s (%s)", text, among)
			}
		}
		byState(pt.DefaultEnabled, text, &k.Listen, &k.ListenOff, &k.ListenUnknown)
	}
	for _, pt := range p.InternalPorts() {
		if pt.Direction == "out" || !pt.DirectionStated() {
			continue
		}
		text := p.PortFact(pt)
		if multi {
			text = fmt.Sprintf("%s (%s)", text, p.Part(pt.Part).Name)
		}
		k.Inner = addOnce(k.Inner, text)
	}
	k.Physical = p.PhysicalAccessNotes("in", true)
	k.Undirected = p.UndirectedPortTexts(p.UndirectedPorts())

	// The ports of parts no firewall rule covers and the manufacturer
	// does not host (an app on a patient's own phone, the customer's own
	// infrastructure): listed too, with their part, so that neither row
	// says None of a port 3.2 lists; a port on a cellular interface is on
	// no network of the customer's, and its part's detail says so instead.
	unruled := p.UnruledPorts()
	if multi {
		for _, pt := range unruled {
			text := fmt.Sprintf("%s (%s)", p.PortFact(pt), p.Part(pt.Part).Name)
			if e := p.KeyFactPortEnds(unruled, pt); e != "" {
				text = fmt.Sprintf("%s, from %s)", strings.TrimSuffix(text, ")"), e)
			}
			if !pt.DirectionStated() {
				continue // in Undirected
			}
			if pt.Direction != "out" {
				k.OffIn = addOnce(k.OffIn, pt.Part)
				// over the mobile network: explained, not counted
				if !p.CarrierPort(pt) {
					byState(pt.DefaultEnabled, text, &k.Listen, &k.ListenOff, &k.ListenUnknown)
				}
			}
			if pt.Direction != "in" {
				k.OffOut = addOnce(k.OffOut, pt.Part)
			}
		}
	}

	// Connections out, as the listening ports: those opened as shipped,
	// those a feature the customer turns on opens (a remote-service
	// connection off until enabled), and those whose state as shipped is
	// not stated.
	if multi {
		// whose each rule's is where the details speak of parts'
		// connections no rule covers or the parts are on two networks; its
		// ends where the same words are in another state (KeyFactRuleText)
		qualify := len(k.OffOut) > 0 || p.MixedHosting()
		for _, r := range p.FirewallRules() {
			// a rule no data place the users of (a home product's clinic
			// portal) is no connection from the customer's network
			if r.Direction != "out" || r.UsersUnstated() {
				continue
			}
			byState(r.Enabled, p.KeyFactRuleText(r, qualify), &k.Out, &k.OutOff, &k.OutUnknown)
		}
	} else {
		outbound := slices.DeleteFunc(p.OutboundPorts(), p.PhysicalAccessPort)
		for _, pt := range outbound {
			text := p.PortFact(pt)
			if e := p.KeyFactPortEnds(outbound, pt); e != "" {
				text = fmt.Sprintf("%s (to %s)", text, e)
			}
			if among := p.PortOnlyOnAmong(outbound, pt); among != "" {
				text = fmt.Sprintf("%s (%s)", text, among)
			}
			byState(pt.DefaultEnabled, text, &k.Out, &k.OutOff, &k.OutUnknown)
		}
	}
	// a connection is listed once, in its most open state
	k.OutOff = slices.DeleteFunc(k.OutOff, func(s string) bool { return slices.Contains(k.Out, s) })
	k.OutUnknown = slices.DeleteFunc(k.OutUnknown, func(s string) bool {
		return slices.Contains(k.Out, s) || slices.Contains(k.OutOff, s)
	})

	// Such a part's connections count as shipped only when they are used
	// as shipped; one off until the user turns it on, or whose state is
	// not stated, is named with its part as the rules' are (an app's sync
	// the patient turns on).
	if len(k.Out) > 0 {
		k.OutAll = append(k.OutAll, strings.Join(k.Out, ", "))
	}
	for _, id := range k.OffOut {
		part := p.Part(id)
		// a patient's phone opens nothing from the customer's network:
		// the detail says where it connects from
		if part.Runs.IsCustomerDevice() && p.PatientsDevices() {
			continue
		}
		var shipped []string
		for _, pt := range unruled {
			if pt.Part != id || pt.Direction == "in" || !pt.DirectionStated() || p.CarrierPort(pt) {
				continue
			}
			text := p.PortFact(pt)
			withPart := fmt.Sprintf("%s (%s)", text, part.Name)
			if e := p.KeyFactPortEnds(unruled, pt); e != "" {
				text = fmt.Sprintf("%s (to %s)", text, e)
				withPart = fmt.Sprintf("%s, to %s)", strings.TrimSuffix(withPart, ")"), e)
			}
			switch {
			case pt.DefaultEnabled.IsTrue():
				shipped = addOnce(shipped, text)
			case pt.DefaultEnabled.IsFalse():
				k.OutOff = addOnce(k.OutOff, withPart)
			default:
				k.OutUnknown = addOnce(k.OutUnknown, withPart)
			}
		}
		if len(shipped) > 0 {
			k.OutAll = append(k.OutAll, fmt.Sprintf("%s: %s", part.Name, strings.Join(shipped, ", ")))
		}
	}
	return k
}
