package content

// ruleHomeUseUnstated: without home_use (or customer) the CSD is written
// for a hospital's engineering teams (its firewall section, controls and
// audience). For a device patients take home, or one a school keeps, that
// speaks to people who are not there and names a network that is not the
// one it joins, so the default is said aloud and confirmed by writing the
// key. A customer written beside home_use = true names the organisation
// that provides the product to patients at home (a health system's
// remote monitoring programme), which the CSD then addresses.
func ruleHomeUseUnstated(p *Product) Diagnostics {
	if !p.Builds("csd") || p.States("home_use") || p.States("customer") {
		return nil
	}
	// The CSD of health IT that is not a medical device, or of software
	// on no medical hardware, speaks to the hospital's IT teams, not its
	// biomedical engineers (csd.md.tmpl).
	teams := "network, security and biomedical engineering teams"
	if p.ITTeamsLookAfter() {
		teams = "network, security and IT teams"
	}
	return Diagnostics{at(p, Warning, "home_use",
		"not stated; the CSD is written for a hospital's %s (write customer = \"hospital\" or home_use = false to confirm it, customer = \"organisation\" when the customers are other organisations, such as schools or offices, customer = \"manufacturer\" when they are device makers who build the product into their own devices, or home_use = true when patients or lay caregivers use the product at home)", teams)}
}
