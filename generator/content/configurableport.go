package content

import (
	"fmt"
	"strings"
)

// A port the customer configures (ports.configurable: a sterilizer that
// connects out to the host and port the hospital sets for its tracking
// system) has no one number to allow: its number is only the default, and
// a document that printed "6100/TCP" above "block every other port" would
// have the customer cut off the port it chose. Every place that prints a
// port's number goes through PortText, PortFact or RulePortText.

// PortText words a port's number and transport for a table cell or a
// list line: "6100/TCP"; for a port the customer configures, "TCP port
// the hospital configures (default 6100)".
func (p *Product) PortText(pt Port) string {
	return p.portText(pt.Number, pt.Transport, pt.Configurable, false)
}

// PortFact is PortText in the order of the CSD's key facts: "TCP 6100";
// for a port the customer configures, as PortText.
func (p *Product) PortFact(pt Port) string {
	return p.portText(pt.Number, pt.Transport, pt.Configurable, true)
}

// RulePortText is PortText for a firewall rule's port.
func (p *Product) RulePortText(r FirewallRule) string {
	return p.portText(r.Port, r.Transport, r.Configurable, false)
}

// RulePortFact is PortFact for a firewall rule's port.
func (p *Product) RulePortFact(r FirewallRule) string {
	return p.portText(r.Port, r.Transport, r.Configurable, true)
}

func (p *Product) portText(number int, transport string, configurable, fact bool) string {
	t := Label(transport)
	switch {
	case configurable:
		return fmt.Sprintf("%s port the %s configures (default %d)", t, p.customerWord(), number)
	case fact:
		return fmt.Sprintf("%s %d", t, number)
	}
	return fmt.Sprintf("%d/%s", number, t)
}

// configurablePorts reports a port the customer is said to configure on
// a part the manufacturer hosts: the customer sets nothing there.
func (v *productValidator) configurablePorts() {
	seen := map[string]bool{}
	for _, vv := range v.p.distinctViews() {
		q := vv.q
		for i, pt := range q.Ports {
			path := AtOr(pt.At, fmt.Sprintf("ports[%d]", i)) + ".configurable"
			if !pt.Configurable || seen[path] {
				continue
			}
			seen[path] = true
			if part := q.PartOfPort(pt); part.Runs.IsManufacturerHosted() {
				v.errorf(path, "port %d/%s is of part %q, which the manufacturer hosts: the customer cannot configure its number; remove configurable", pt.Number, strings.ToUpper(pt.Transport), part.Name)
			}
		}
	}
}
