package content

import (
	"fmt"
	"strings"
)

// DirectionStated reports whether the port's direction (in, out, both)
// is written. A port whose direction is not stated is counted neither as
// one its part listens on nor as one it connects to: the documents say
// its direction is not stated, give no firewall rule for it, and decide
// no MDS2 answer from it.
func (pt Port) DirectionStated() bool { return pt.Direction != "" }

// UndirectedPorts returns the ports whose direction is not stated, sorted
// like SortedPorts; a port on a link internal to the product is left out
// (no firewall and no customer's network sees it).
func (p *Product) UndirectedPorts() []Port {
	var out []Port
	for _, pt := range p.SortedPorts() {
		if !pt.DirectionStated() && !p.InternalPort(pt) {
			out = append(out, pt)
		}
	}
	return out
}

// UndirectedRulePorts are the UndirectedPorts that would give a firewall
// rule if their direction were stated: of a part on the customer's side or
// one the manufacturer hosts. FirewallRules gives them none; the CSD names
// them beneath its rules.
func (p *Product) UndirectedRulePorts() []Port {
	var out []Port
	for _, pt := range p.UndirectedPorts() {
		if p.OnCustomerSide(pt) || p.PartOfPort(pt).Runs.IsManufacturerHosted() {
			out = append(out, pt)
		}
	}
	return out
}

// UndirectedPortText names a port whose direction is not stated for the
// CSD's key facts and firewall section: "TCP 2575 (HL7 v2, to or from
// Hospital LIS)", with its part where the product has several.
func (p *Product) UndirectedPortText(pt Port) string {
	var extra []string
	extra = append(extra, pt.Service)
	if p.MultiPart() {
		extra = append(extra, p.PartOfPort(pt).Name)
	}
	if len(pt.Endpoints) > 0 {
		extra = append(extra, "to or from "+strings.Join(pt.Endpoints, "; "))
	} else if peer := p.Part(pt.PeerPart); pt.PeerPart != "" && peer.ID != "" {
		extra = append(extra, "to or from "+peer.Name)
	}
	return fmt.Sprintf("%s (%s)", p.PortFact(pt), strings.Join(extra, ", "))
}

// UndirectedPortTexts is UndirectedPortText of each of ports, each once.
func (p *Product) UndirectedPortTexts(ports []Port) []string {
	var out []string
	for _, pt := range ports {
		out = addOnce(out, p.UndirectedPortText(pt))
	}
	return out
}

// ruleDirectionUnstated: ports.direction is optional (a specification may
// name a port and its protocol without saying which end listens). The
// documents then count the port neither as listening nor as connecting
// and give no firewall rule for it; check says so once per port, where a
// document that prints the ports is built.
func ruleDirectionUnstated(p *Product) Diagnostics {
	if !producesAny(p, "csd", "security_plan", "mds2", "notices") {
		return nil
	}
	var out Diagnostics
	for i, pt := range p.Ports {
		if pt.DirectionStated() {
			continue
		}
		out = append(out, at(p, Warning, entryPath(pt.At, "ports", i),
			"port %d/%s (%s): direction not written: the documents say its direction is not stated, count it neither as listening nor as connecting, and give no firewall rule for it; write direction = \"in\", \"out\" or \"both\" once the specification says which end listens",
			pt.Number, pt.Transport, pt.Service))
	}
	return out
}

// FirewallTable reports whether the CSD prints its firewall rules table:
// with allow rules, or, where every port that would give one has no
// direction (UndirectedRulePorts), with the final deny alone, so that
// the caveats before the final deny are still given.
func (p *Product) FirewallTable() bool {
	return len(p.FirewallRules()) > 0 || len(p.UndirectedRulePorts()) > 0 && p.FinalDenyRule()
}
