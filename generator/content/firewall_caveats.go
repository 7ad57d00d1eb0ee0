package content

import (
	"slices"
	"strings"
	"unicode"
)

// The CSD's firewall section says only what the rules hold: "When
// enabled" rules, described endpoints and the services the final deny
// would cut off are mentioned where the product's own rules have them,
// never as boilerplate.

// RulesWhenEnabled reports a firewall rule needed only once its feature
// is turned on (its port off as shipped, default_enabled = false; who
// turns it on the data do not say): only then does the table's Needed column say "When enabled".
// A rule whose port serves only an optional feature (NeededFor) says
// "Only for" it instead (RuleNeeded), and is not one.
func (p *Product) RulesWhenEnabled() bool {
	return slices.ContainsFunc(p.FirewallRules(), func(r FirewallRule) bool { return r.Enabled.IsFalse() && r.NeededFor == "" })
}

// RulesNeededUnstated reports, among rules (the CSD's, a notice's
// connections to keep open), one whose Needed cell is "Not stated": its
// port's state as shipped or installed is not written (default_enabled)
// and HostedRuleUse gives it no other. The tables then say what that
// means, so that the cell does not read as "maybe not needed" beside a
// connection the product's data flows use.
func (p *Product) RulesNeededUnstated(rules []FirewallRule) bool {
	return slices.ContainsFunc(rules, func(r FirewallRule) bool { return !r.Enabled.Known() && p.HostedRuleUse(r) == "" && r.NeededFor == "" })
}

// DescribedEnd is a firewall rule's end that the product data describe
// in words ("Hospital PACS") rather than name by host name or address,
// with the number of the rule that has it.
type DescribedEnd struct {
	Rule int
	End  string
}

// DescribedRuleEnd returns the first end of a firewall rule, in rule
// order, that is an approved endpoint written in words (ports.endpoints)
// rather than a host name or an address, and is not a part of the
// product: the customer puts the address of the system it stands for in
// its place. nil when every end is named, a part or any host.
func (p *Product) DescribedRuleEnd() *DescribedEnd {
	written := map[string]bool{}
	for _, pt := range p.Ports {
		for _, e := range pt.Endpoints {
			written[e] = true
		}
	}
	for i, r := range p.FirewallRules() {
		for _, e := range r.Peers {
			if !written[e] || networkName(e) {
				continue
			}
			if end, _ := p.ResolveFlowEnd(e); end.IsPart() {
				continue
			}
			return &DescribedEnd{Rule: i + 1, End: e}
		}
	}
	return nil
}

// networkName reports an endpoint written as a host name or an address
// (a name with a dot, an IPv4 or IPv6 address, a CIDR range, a URL): one
// word with a dot or a colon. A description has words.
func networkName(e string) bool {
	return !strings.ContainsFunc(e, unicode.IsSpace) && strings.ContainsAny(e, ".:")
}

// basicService is a network service nearly every networked host uses
// without it being the product's own function: the ports data may leave
// it out without meaning it is not needed.
type basicService struct {
	phrase string
	words  []string // words of a port's service that name it
	match  func(Port) bool
}

// timeSync is the phrase of the time service among basicServices.
const timeSync = "time synchronisation (NTP, UDP 123)"

var basicServices = []basicService{
	{"address assignment (DHCP, UDP 67 and 68)", []string{"DHCP", "BOOTP"}, func(pt Port) bool {
		return (pt.Number == 67 || pt.Number == 68) && pt.Transport == "udp"
	}},
	{"name resolution (DNS, port 53)", []string{"DNS"}, func(pt Port) bool { return pt.Number == 53 }},
	{timeSync, []string{"NTP", "SNTP", "NTS"}, func(pt Port) bool {
		return pt.Number == 123 && pt.Transport == "udp"
	}},
}

// BasicServicesUnstated names, where the firewall rules end with the
// final deny (FinalDenyRule), the basic network services (address
// assignment, name resolution, time) that no port of the parts that deny
// isolates states: the data are silent about them, which is not saying
// the parts need none, and the final deny would block them. nil when
// every one is stated or there is no final deny.
func (p *Product) BasicServicesUnstated() []string {
	if !p.FinalDenyRule() {
		return nil
	}
	return basicServicesUnstatedIn(p.isolatedPorts())
}

// isolatedPorts are the ports of the parts the final deny isolates: on
// the customer's side, not on phones or tablets carried between networks.
func (p *Product) isolatedPorts() []Port {
	var ports []Port
	for _, pt := range p.Ports {
		if p.OnCustomerSide(pt) && !p.PartOfPort(pt).Roams() {
			ports = append(ports, pt)
		}
	}
	return ports
}

// basicServicesUnstatedIn names the basic services no port of ports
// states, by number or by its service's name.
func basicServicesUnstatedIn(ports []Port) []string {
	var out []string
	for _, s := range basicServices {
		stated := slices.ContainsFunc(ports, func(pt Port) bool {
			if s.match(pt) {
				return true
			}
			words := strings.FieldsFunc(strings.ToUpper(pt.Service), func(r rune) bool { return !unicode.IsLetter(r) })
			return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(s.words, w) })
		})
		if !stated {
			out = append(out, s.phrase)
		}
	}
	return out
}

// BasicServicesUnstatedText is BasicServicesUnstated as one phrase:
// "A, B or C".
func (p *Product) BasicServicesUnstatedText() string { return OrList(p.BasicServicesUnstated()) }

// TimeSyncUnstated reports that time synchronisation is among
// BasicServicesUnstated: the CSD's note then adds, where the MDS2 form is
// built, the form's own Yes to AUDT-4.1.1 (the clock can be synchronised
// with a time source), so that the customer knows a time source may need
// a rule before the final deny.
func (p *Product) TimeSyncUnstated() bool {
	return slices.Contains(p.BasicServicesUnstated(), timeSync)
}
