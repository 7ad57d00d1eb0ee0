package content

import (
	"fmt"
	"strings"
)

// The CSD's key facts list ports in three groups by their state (open,
// can be enabled, state not stated), each port once, by its text ("TCP
// 443", with its part where the product has several). Two connections
// of the same text are then one entry, and one in the open group hides
// the other: right for one connection listed twice (two models, two
// interfaces), false for two connections with different ends (a
// scanner's upload and an optional third party's plugin, both on 443).
// Where the same text falls in two groups from ports or rules with
// different ends, each such entry names its ends instead.

// stateGroup is the key facts' group of a Tri state.
func stateGroup(t Tri) int {
	switch {
	case t.IsTrue():
		return 1
	case t.IsFalse():
		return 2
	}
	return 0
}

// KeyFactRuleText words an outbound firewall rule in the CSD's
// connections row: its port, with whose connection it is where qualify
// is set (the row also lists parts no rule covers, or the parts are on
// two networks), and with both its ends where an outbound rule of the
// same words but other ends is in another state group. A connection's
// group is that of the most open of its rules (a monitor's port on as
// shipped on its Ethernet port and off on its Wi-Fi): the key facts list
// it once, in that group.
func (p *Product) KeyFactRuleText(r FirewallRule, qualify bool) string {
	var rules []FirewallRule
	for _, o := range p.FirewallRules() {
		if o.Direction == "out" && !o.UsersUnstated() {
			rules = append(rules, o)
		}
	}
	group := func(x FirewallRule) int {
		g := 0
		for _, o := range rules {
			if p.RulePortFact(o) == p.RulePortFact(x) && ruleEnds(o) == ruleEnds(x) {
				switch og := stateGroup(o.Enabled); {
				case og == 1, og == 2 && g == 0:
					g = og
				}
			}
		}
		return g
	}
	text := p.keyFactRuleText(r, qualify)
	for _, o := range rules {
		if p.keyFactRuleText(o, qualify) == text && ruleEnds(o) != ruleEnds(r) && group(o) != group(r) {
			return fmt.Sprintf("%s (%s)", p.RulePortFact(r), ruleEnds(r))
		}
	}
	return text
}

func (p *Product) keyFactRuleText(r FirewallRule, qualify bool) string {
	pt := p.RulePortFact(r)
	switch {
	case !qualify:
		return pt
	case r.Manufacturer && r.FromNetwork:
		return fmt.Sprintf("%s (to %s)", pt, r.Hosted)
	case r.Manufacturer:
		return fmt.Sprintf("%s (%s, to %s)", pt, r.Side, r.Hosted)
	}
	return fmt.Sprintf("%s (%s)", pt, r.Side)
}

// ruleEnds words both ends of an outbound rule: "Cyrion image management
// server, to Quanta Dx cloud service"; a rule to a service the
// manufacturer hosts names that service, not its host names.
func ruleEnds(r FirewallRule) string {
	to := "any host"
	switch {
	case r.Manufacturer:
		to = r.Hosted
	case len(r.Peers) > 0:
		to = strings.Join(r.Peers, ", ")
	}
	if r.Manufacturer && r.FromNetwork {
		return "to " + to
	}
	return r.Side + ", to " + to
}

// KeyFactPortEnds is, for port pt among ports (those one key-facts row
// lists), the other end of its connection, where another port among them
// of the same number, transport and part is in another state group and
// has other ends; "" otherwise, when the port's text alone tells it
// apart. The row says "from" or "to" before it.
func (p *Product) KeyFactPortEnds(ports []Port, pt Port) string {
	same := func(a, b Port) bool {
		return a.Number == b.Number && a.Transport == b.Transport && a.Configurable == b.Configurable && p.PartOfPort(a).ID == p.PartOfPort(b).ID &&
			(a.Direction == b.Direction || a.Direction == "both" || b.Direction == "both") // a listener and a connection out are in different rows
	}
	// the group of the most open of the ports with the same ends, as for the rules
	group := func(x Port) int {
		g := 0
		for _, o := range ports {
			if same(o, x) && p.portEnds(o) == p.portEnds(x) {
				switch og := stateGroup(o.DefaultEnabled); {
				case og == 1, og == 2 && g == 0:
					g = og
				}
			}
		}
		return g
	}
	for _, o := range ports {
		if same(o, pt) && p.portEnds(o) != p.portEnds(pt) && group(o) != group(pt) {
			return p.portEnds(pt)
		}
	}
	return ""
}

// portEnds names a port's other end: its approved endpoints, else the
// part at the other end, else any host.
func (p *Product) portEnds(pt Port) string {
	if len(pt.Endpoints) > 0 {
		return strings.Join(pt.Endpoints, ", ")
	}
	if peer := p.Part(pt.PeerPart); pt.PeerPart != "" && peer.ID != "" {
		return peer.Name
	}
	return "any host"
}
