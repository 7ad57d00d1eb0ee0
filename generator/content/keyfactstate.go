package content

// KeyFactConnectingState is ConnectingState for the title of the CSD's
// connections row, "" where the outbound firewall rules are all the
// customer's own systems' (a care manager's browser, an export client, to
// the manufacturer's cloud) and no part of the product opens a connection
// from the customer's network: nothing of the product is shipped or
// installed there, so neither "as shipped" nor "as installed" is true of
// them. With no outbound rule at all, the state stays: "None as shipped"
// says what the shipped product does.
func (p *Product) KeyFactConnectingState() string {
	for _, r := range p.FirewallRules() {
		if r.Direction != "out" || r.UsersUnstated() {
			continue
		}
		for _, pt := range p.connectingParts() {
			if pt.ID != "" && !pt.Runs.IsCustomerInfrastructure() && !pt.Runs.IsManufacturerHosted() {
				return p.ConnectingState()
			}
		}
		return ""
	}
	return p.ConnectingState()
}

// ThirdPartyFlowOff is, for a flow that hands data to a third party's
// system, the state in which it is off ("as shipped", or "as installed"
// for a part on the customer's computers or servers) where every port by
// which its source part reaches that system (out or both, on the flow's
// interface where it names one, listing the system among its endpoints)
// is off in that state (default_enabled = false): the data leave only
// once the customer turns the connection on. "" where one of them is on
// or its state is not stated, and where no port names the system: the
// data then do not say the flow waits for the customer.
func (p *Product) ThirdPartyFlowOff(f ThirdPartyFlow) string {
	from, _ := p.ResolveFlowEnd(f.Flow.From)
	if !from.IsPart() {
		return ""
	}
	fe, ok := p.thirdPartyEndpoint(f.Flow.To)
	if !ok {
		return ""
	}
	found := false
	for _, pt := range p.Ports {
		if p.PartOfPort(pt).ID != from.Part || pt.Direction == "in" || f.Flow.Interface != "" && pt.Interface != f.Flow.Interface {
			continue
		}
		names := false
		for _, e := range pt.Endpoints {
			if fe.Matches(e) {
				names = true
			}
		}
		if !names {
			continue
		}
		if !pt.DefaultEnabled.IsFalse() {
			return ""
		}
		found = true
	}
	if !found {
		return ""
	}
	if part := p.Part(from.Part); p.HasDevice() && (part.Runs.IsCustomerDevice() || part.Runs.IsCustomerHosted()) {
		return "as installed"
	}
	return "as shipped"
}
