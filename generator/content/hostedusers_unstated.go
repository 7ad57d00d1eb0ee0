package content

import (
	"fmt"
	"slices"
	"strconv"
)

// A service the manufacturer hosts that no data flow ties to its users
// (a clinic portal when the flows are not written) is reached, for a
// hospital or another organisation, from the customer's network as a
// whole: its staff use it from there. For a product whose customers are
// the patients at home (PatientAudience), with no part of it on their
// network (OnCustomerNetwork) for that network to stand for, the
// customer's network is a patient's home, and the users of such a
// service are as likely someone else (the clinic's staff): the data
// place them nowhere, so the rule's From is not stated (usersOf), and
// nothing counts it among the connections from the customer's network:
// not the CSD's key facts, nor a notice's connections to keep open, nor
// its CSAF twin.

// usersUnstated is the From of such a rule.
const usersUnstated = "Not stated"

// UsersUnstated reports a rule to a service the manufacturer hosts whose
// users, and the network they reach it from, the data do not state.
func (r FirewallRule) UsersUnstated() bool {
	return r.Manufacturer && r.Side == usersUnstated && !r.FromNetwork && !r.FromSystems
}

// UsersUnstatedRules are the numbers, from 1 in FirewallRules' order, of
// the rules whose users are not stated (FirewallRule.UsersUnstated).
func (p *Product) UsersUnstatedRules() []string {
	var out []string
	for i, r := range p.FirewallRules() {
		if r.UsersUnstated() {
			out = append(out, strconv.Itoa(i+1))
		}
	}
	return out
}

// UsersUnstatedText says, for the CSD's firewall section, which rules
// have no stated users and that they are not given as connections from
// net (the section's name for the customer's network), without a final
// period: "No data flow names who reaches the GlucoSense Clinic portal
// of GlucoSense Cloud (rule 1), nor from which network, so its From is
// not stated: it is not given as a connection from the customer's
// network". "" when every rule's users are stated.
func (p *Product) UsersUnstatedText(net string) string {
	var what []string
	for i, r := range p.FirewallRules() {
		if r.UsersUnstated() {
			what = append(what, fmt.Sprintf("the %s of %s (rule %d)", AndList(r.Interfaces), r.Hosted, i+1))
		}
	}
	switch len(what) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("No data flow names who reaches %s, nor from which network, so its From is not stated: it is not given as a connection from the %s", what[0], net)
	}
	return fmt.Sprintf("No data flow names who reaches %s, nor from which network, so their From is not stated: they are not given as connections from the %s", OrList(what), net)
}

// ruleHostedUsersUnstated: a port a manufacturer-hosted part listens on
// whose firewall rule has no stated users (UsersUnstated) is named, so
// that the manufacturer can say who uses it with a data flow.
func ruleHostedUsersUnstated(p *Product) Diagnostics {
	if !p.PatientAudience() || !producesAny(p, "csd", "notices") {
		return nil
	}
	rules := slices.DeleteFunc(p.FirewallRules(), func(r FirewallRule) bool { return !r.UsersUnstated() })
	var out Diagnostics
	for i, pt := range p.Ports {
		part := p.PartOfPort(pt)
		if !part.Runs.IsManufacturerHosted() || pt.Direction == "out" {
			continue
		}
		short := p.InterfaceShort(pt.Interface)
		if !slices.ContainsFunc(rules, func(r FirewallRule) bool {
			return r.Hosted == part.Name && r.Port == pt.Number && r.Transport == pt.Transport && r.Service == pt.Service && slices.Contains(r.Interfaces, short)
		}) {
			continue
		}
		out = append(out, at(p, Warning, fmt.Sprintf("ports[%d]", i),
			"%s (hosted by the manufacturer) listens on %d/%s (%s, interface %q), but no data flow over that interface names who reaches it: the customers are patients at home, so the CSD's firewall rule to it gives From as not stated, and neither the key facts nor the notices count it among the connections from the customer's network; write a [[data_flows]] entry between %q and its users over interface %q (and a [[flow_endpoints]] entry with its zone, such as third_party for a clinic's browsers)",
			part.Name, pt.Number, pt.Transport, pt.Service, pt.Interface, part.ID, pt.Interface))
	}
	return out
}
