package content

import (
	"slices"
	"strings"
)

// OutsideUse says what the data state the product reaches outside the
// customer's network, beside the parts the manufacturer hosts (which the
// CSD's key facts name on their own), for the key fact "Needs the
// internet or a cloud service" where nothing decides whether the product
// needs it (no cloud service is required = true, one or more is not
// stated, and the MDS2 form's CONN-6 does not answer): the cloud services
// whose need is not stated, those stated not to be needed (optional),
// then OutsideReach's clauses (a port to the manufacturer's own domain,
// its remote service, telemetry). Each is a fact of the same CSD (section
// 15.1, 3.2, 4.3): a bare "Not stated" beside them would read as if
// nothing were known, and a network team scoping its egress rules would
// miss them. Nothing here says the product needs them.
func (p *Product) OutsideUse(m Manufacturer) []string {
	var unknown, optional []string
	for _, s := range p.CloudServicesBesideHostedParts() {
		name := strings.TrimSpace(s.Name)
		if name == "" {
			continue
		}
		switch {
		case s.Required.IsFalse():
			optional = append(optional, name)
		case !s.Required.Known():
			unknown = append(unknown, name)
		}
	}
	var out []string
	if len(unknown) > 0 {
		out = append(out, "it uses the cloud "+Plural(len(unknown), "service", "services")+" "+AndList(unknown))
	}
	if len(optional) > 0 {
		out = append(out, "optional cloud "+Plural(len(optional), "service", "services")+": "+strings.Join(optional, ", "))
	}
	return append(out, p.OutsideReach(m)...)
}

// ListeningStateUnknown is ListeningState for the listening ports whose
// state is not stated only (the key facts' "whether each is open … is not
// stated"): where those are all on parts the customer installs, "as
// installed", not the whole product's "as shipped (A) or installed (B)",
// whose shipped half would speak of ports not among them. With no such
// port it is ListeningState.
func (p *Product) ListeningStateUnknown() string {
	match := func(po Port) bool { return po.Direction != "out" && po.DirectionStated() && !po.DefaultEnabled.Known() }
	if !slices.ContainsFunc(p.Ports, match) {
		return p.ListeningState()
	}
	return p.portState(match, nil)
}
