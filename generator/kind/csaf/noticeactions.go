package csaf

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
)

// actionsNote is what an end-of-life or end-of-support notice asks the
// customer to do (customer_actions), as its section "What we ask you to
// do" says it: the interfaces to disable, the ports to block, the ports
// the product needs (every other port of the product to be blocked, with
// the notice's exceptions for the customer's own hosts: neededIntro), the
// connections to the services the manufacturer hosts, network isolation,
// backup and further steps. A CSAF document has no tables and no
// sections to point to, so each port is a line of the note. The ports
// are the notice's (kind.SortNoticePorts): a port on a link internal to
// the product, one the manufacturer hosts or one on an interface to
// disable is no port the customer keeps open. maker is the
// manufacturer's name.
func actionsNote(maker string, p kind.Product, n content.Notice) (csaf.Note, bool) {
	facts := kind.NoticeFacts(p, n).Product // the newest version's interfaces, as the notice's
	ports := kind.SortNoticePorts(p, n)
	block, needed, reach := ports.Block, ports.Needed, ports.Reach
	var disable []string
	for _, it := range ports.Disable {
		name := it.Name
		if only := facts.OnlyOnModels(it.Models); only != "" {
			name += " (" + only + ")"
		}
		disable = append(disable, name)
	}
	var lines []string
	if len(disable) > 0 {
		lines = append(lines, "Disable these interfaces: "+strings.Join(disable, "; ")+".")
	}
	if len(block) > 0 {
		lines = append(lines, "Block these ports at the network:")
		lines = append(lines, portLines(facts, block, false)...)
	}
	if len(needed) > 0 {
		lines = append(lines, neededIntro(facts, needed, len(block) > 0))
		lines = append(lines, portLines(facts, needed, true)...)
		if s := facts.FeaturePortsText(needed); s != "" { // ports.needed_for, as the notice
			lines = append(lines, s)
		}
		if s := neededUnstated(facts, needed); s != "" {
			lines = append(lines, s)
		}
		// the notice's caveat for the remote service, after the others
		if s := facts.RemoteServiceBesidesText(maker, needed); s != "" {
			lines = append(lines, s)
		}
	}
	if len(reach) > 0 {
		lines = append(lines, "Connections from the customer's network to the services the manufacturer hosts, which the product uses:")
		for _, r := range reach {
			via := strings.Join(r.Interfaces, ", ")
			if r.OnlyOn != "" {
				via += "; " + r.OnlyOn
			}
			line := fmt.Sprintf("- %s%s%s", facts.RulePortText(r), serviceSep(r.Configurable), r.Service)
			if via != "" {
				line += " (" + via + ")"
			}
			line += ", from " + r.Side
			if len(r.Peers) > 0 {
				line += " to " + strings.Join(r.Peers, "; ")
			}
			switch {
			case r.NeededFor != "":
				line += " (needed only for " + r.NeededFor + ")"
			case r.Enabled.IsTrue():
				line += " (needed as shipped)"
			case r.Enabled.IsFalse():
				line += " (needed only once its feature is turned on)"
			}
			lines = append(lines, line)
		}
	}
	if s := strings.TrimSpace(n.Actions.NetworkIsolation); s != "" {
		lines = append(lines, "Network isolation: "+s)
	} else if s := isolationUnstated(facts, n); s != "" {
		lines = append(lines, "Network isolation: "+s)
	}
	var backup, kept []string
	for _, s := range []string{facts.Backup.Scope, facts.Backup.Method} {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, s)
		}
	}
	switch s := strings.TrimSpace(n.Actions.Backup); {
	case s != "" && len(kept) > 0:
		// As the notice: the product's [backup] beside the notice's own
		// action is labelled, so that it does not read as the action.
		lines = append(lines, "What is backed up, and how: "+strings.Join(kept, " "))
		backup = append(backup, s)
	case s != "":
		backup = append(backup, s)
	default:
		backup = kept
	}
	if strings.TrimSpace(n.Actions.Backup) == "" && strings.TrimSpace(facts.Backup.Scope) == "" && facts.HostedOnly() {
		// As the notice: nothing of the product runs at the customer.
		backup = append(backup, hostedOnlySentence(maker, p, facts, n, "it", "there is nothing of it for the customer to back up.", true))
	}
	if s := backupUnstated(facts, n); s != "" {
		backup = append(backup, s)
	}
	if len(backup) > 0 {
		lines = append(lines, "Backup: "+strings.Join(backup, " "))
	}
	if len(n.Actions.Other) > 0 {
		lines = append(lines, "Further steps:\n- "+strings.Join(n.Actions.Other, "\n- "))
	}
	if len(lines) == 0 {
		return csaf.Note{}, false
	}
	return csaf.Note{Category: "general", Title: "What the customer is asked to do", Text: strings.Join(lines, "\n")}, true
}

// portLines words ports one a line, a port on several interfaces once:
// "- 53/UDP DNS, outbound, over Wi-Fi and Ethernet, to Hospital DNS
// servers". A product of several parts names the part; a port off, or
// whose state is not stated, says so in the state the notice's list
// gives it (portState); needed says the list is of the ports the product
// needs, not of those to block.
func portLines(q *content.Product, ports []content.Port, needed bool) []string {
	type row struct {
		head, peers string
		via         []string
		state       string
	}
	var rows []row
	for _, pt := range ports {
		head := fmt.Sprintf("%s%s%s, %s", q.PortText(pt), serviceSep(pt.Configurable), pt.Service, cmp.Or(strings.ToLower(content.Label(pt.Direction)), "direction not stated"))
		if q.MultiPart() {
			head += ", " + q.PartLabel(q.PartOfPort(pt).ID)
		}
		peers := strings.Join(q.PortPeers(pt), "; ")
		via := q.InterfaceShort(pt.Interface)
		if only := q.PortOnlyOn(pt); only != "" {
			via += " (" + only + ")"
		}
		state := portState(q, ports, pt, needed)
		i := slices.IndexFunc(rows, func(r row) bool { return r.head == head && r.peers == peers && r.state == state })
		if i < 0 {
			rows = append(rows, row{head: head, peers: peers, state: state})
			i = len(rows) - 1
		}
		if !slices.Contains(rows[i].via, via) {
			rows[i].via = append(rows[i].via, via)
		}
	}
	var out []string
	for _, r := range rows {
		line := "- " + r.head + ", over " + content.AndList(r.via)
		if r.peers != "" {
			line += ", " + peerWord(r.head) + " " + r.peers
		}
		if r.state != "" {
			line += " (" + r.state + ")"
		}
		out = append(out, line)
	}
	return out
}

// peerWord is how a port line names its other end: the endpoints an
// inbound port is reached from, an outbound one connects to.
func peerWord(head string) string {
	switch {
	case strings.Contains(head, ", inbound"):
		return "from"
	case strings.Contains(head, ", outbound"):
		return "to"
	}
	return "with"
}

// portState words the state of a port listed, off or not stated, as the
// notice's list of ports gives it: its state column is "Enabled as
// shipped", or "Enabled" with a sentence saying when each part's state
// holds (as installed on the customer's computers, where the manufacturer
// hosts it: content.Product.PortListEnabled, PortListStates), so a
// server the customer installs is not said to be "not used as shipped".
// "" for a port on.
func portState(q *content.Product, ports []content.Port, pt content.Port, needed bool) string {
	if pt.DefaultEnabled.IsTrue() {
		return ""
	}
	when := ""
	if q.PortListEnabled(ports) == "Enabled as shipped" {
		when = "as shipped"
	}
	part := q.PartOfPort(pt).ID
	for _, g := range q.PortListStates(ports) {
		if slices.ContainsFunc(g.Parts, func(p content.Part) bool { return p.ID == part }) {
			when = g.When
		}
	}
	switch {
	case !pt.DefaultEnabled.Known() && when == "":
		return "whether it is enabled is not stated"
	case !pt.DefaultEnabled.Known():
		return "whether it is enabled " + when + " is not stated"
	case !needed && when == "":
		return "not enabled"
	case !needed:
		return "not enabled " + when
	case when == "as shipped":
		return "not used as shipped: needed only once its feature is turned on"
	case when == "":
		return "off until its feature is turned on: needed only then"
	}
	return "off " + when + ": needed only once its feature is turned on"
}

// serviceSep joins a port to its service on a line: "6100/TCP HL7", but
// "TCP port the hospital configures (default 6100), HL7" (PortText).
func serviceSep(configurable bool) string {
	if configurable {
		return ", "
	}
	return " "
}
