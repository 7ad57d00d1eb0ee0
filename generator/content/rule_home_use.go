package content

// ruleHomeUseUnstated: without home_use the CSD is written for a
// hospital's engineering teams (its firewall section, controls and
// audience). For a device patients take home that speaks to people who
// are not there and names a network that is not the one it joins, so the
// default is said aloud and confirmed by writing the key.
func ruleHomeUseUnstated(p *Product) Diagnostics {
	if !p.Builds("csd") || p.States("home_use") {
		return nil
	}
	return Diagnostics{at(p, Warning, "home_use",
		"not stated; the CSD is written for a hospital's network, security and biomedical engineering teams (write home_use = false to confirm it, or true when patients or lay caregivers use the product at home)")}
}
