package content

import "strings"

// RelatedKeptUnstated reports a related system of which nothing says who
// keeps it on a version that works with the device's software: no
// kept_by, not hosted by the manufacturer (which runs the version it
// deploys), and neither its patch_policy nor its part's patching says who
// installs its updates. RelatedKeptBy's default (the customer) then
// decides nothing the CSD may tell the customer as its task.
func (p *Product) RelatedKeptUnstated(s RelatedSystem) bool {
	if s.KeptBy != "" || p.RelatedHosting(s).IsManufacturerHosted() || strings.TrimSpace(s.PatchPolicy) != "" {
		return false
	}
	pt := p.RelatedPart(s)
	return pt.ID == "" || strings.TrimSpace(pt.Patching) == ""
}

// RelatedKeptOpen is the CSD's sentence on who keeps the related systems
// on a version that works with the thing's ("device" or "product")
// software, where nothing says it of one of them (RelatedKeptUnstated):
// that it is not stated of those, with the task of the customer and the
// manufacturer's undertaking for the others as RelatedKeptBy gives them
// (of a system the manufacturer hosts nothing is said). "" where every
// system's keeper is stated: the CSD then says it as before.
func (p *Product) RelatedKeptOpen(thing, manufacturer string) string {
	var open, cust, mine []string
	for _, s := range p.RelatedSystems {
		switch {
		case p.RelatedKeptUnstated(s):
			open = append(open, s.Name)
		case p.RelatedKeptBy(s) == "customer":
			cust = append(cust, s.Name)
		case !p.RelatedHosting(s).IsManufacturerHosted():
			mine = append(mine, s.Name)
		}
	}
	if len(open) == 0 {
		return ""
	}
	which := AndList(open)
	if len(p.RelatedSystems) == 1 {
		which = "it"
	} else if len(open) == len(p.RelatedSystems) {
		which = "each"
	}
	out := "Who keeps " + which + " on a version that works with the " + thing + "'s software is not stated"
	if len(cust) > 0 {
		out += "; keep " + AndList(cust) + " on one that works with it and is still supported"
	}
	if len(mine) > 0 {
		out += "; " + manufacturer + " keeps " + AndList(mine) + " on one that works with it"
	}
	return out + "."
}
