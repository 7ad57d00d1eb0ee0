package content

// HostedRuleUse says when a firewall rule to a listener the manufacturer
// hosts is needed, for a product that runs only there (HostedOnly): the
// customer uses the product only through such rules, and no setting of
// its own turns the listener on, so its state as shipped decides nothing
// unless it is off until a feature is enabled (default_enabled = false,
// which keeps "When enabled"). "product": the product's only such rule,
// needed whenever the product is used; "interface": one of several,
// needed when its interface is used; "" for any other rule, whose Needed
// cell stays its state as shipped.
func (p *Product) HostedRuleUse(r FirewallRule) string {
	if !r.Manufacturer || r.Enabled.IsFalse() || !p.HostedOnly() {
		return ""
	}
	n := 0
	for _, x := range p.FirewallRules() {
		if x.Manufacturer {
			n++
		}
	}
	if n == 1 {
		return "product"
	}
	return "interface"
}
