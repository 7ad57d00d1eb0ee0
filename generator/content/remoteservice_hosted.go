package content

import (
	"fmt"
	"strings"
)

// A part the manufacturer hosts is run by the manufacturer: its work on
// it is its own, not remote service of the customer's parts, and the
// data decide that much (the CSD's key facts already say "Not counted
// here"). Where the security plan's 6.8 has nothing else to say, it says
// so of those parts and leaves "not stated" for the rest only.

// remoteHostedSplit returns the parts in use that the manufacturer hosts
// and the other parts of the product (not the customer's own
// infrastructure).
func (p *Product) remoteHostedSplit() (hosted, others []Part) {
	for _, pt := range p.PartsInUse() {
		switch {
		case pt.Runs.IsManufacturerHosted():
			hosted = append(hosted, pt)
		case !pt.Runs.IsCustomerInfrastructure():
			others = append(others, pt)
		}
	}
	return hosted, others
}

// HostedServiceText says, for a product with a part the manufacturer
// hosts, that the manufacturer runs it, and that whether it services the
// other parts remotely is not stated: whole sentences, "" without such
// a part. maker is the manufacturer's name; sessions, where
// remote_service.other_functions names functions the plan states beside
// it (software updates over a network), limits the "not stated" to
// remote-service sessions, which are all the data leave open.
func (p *Product) HostedServiceText(maker string, sessions bool) string {
	hosted, others := p.remoteHostedSplit()
	if len(hosted) == 0 {
		return ""
	}
	s := fmt.Sprintf("%s runs %s, which it hosts.", maker, p.PartTheNames(hosted))
	if len(others) > 0 {
		if sessions {
			s += fmt.Sprintf(" Whether it offers remote-service sessions for %s is not stated in the product data.", p.PartTheNames(others))
		} else {
			s += fmt.Sprintf(" Whether it services %s remotely is not stated in the product data.", p.PartTheNames(others))
		}
	}
	return s
}

// HostedUpdatesText says, for a product with a part the manufacturer
// hosts whose software is updated (field_updatable not false), that the
// manufacturer updates it itself; for each other part whose patching is
// written, who updates it and how, as written (the plan prints no part's
// patching elsewhere); and that whether it updates the remaining parts,
// changes settings or trains users over a network is not stated: whole
// sentences, "" without such a part. A written patching is what the data
// say of that part, whatever its words: its updates are not "not
// stated". maker is the manufacturer's name.
func (p *Product) HostedUpdatesText(maker string) string {
	hosted, others := p.remoteHostedSplit()
	var updated []Part
	for _, pt := range hosted {
		if !pt.FieldUpdatable.IsFalse() {
			updated = append(updated, pt)
		}
	}
	if len(updated) == 0 {
		return ""
	}
	s := fmt.Sprintf("%s itself updates %s, which it hosts.", maker, p.PartTheNames(updated))
	said, unsaid := hostedUpdatesSplit(others)
	for _, pt := range said {
		s += fmt.Sprintf(" Who updates %s, and how: %s", pt.TheName(), EndSentence(strings.TrimSpace(pt.Patching)))
	}
	// after a part's own words, "it" would read as that part
	who := "it"
	if len(said) > 0 {
		who = maker
	}
	if len(unsaid) > 0 {
		s += fmt.Sprintf(" Whether %s updates the software of %s, changes settings or trains users over a network is not stated.", who, p.PartTheNames(unsaid))
	} else {
		s += fmt.Sprintf(" Whether %s changes settings or trains users over a network is not stated.", who)
	}
	return s
}

// HostedUpdatesUnsaidDeployed reports, where HostedUpdatesText speaks, a
// part whose updates it calls not stated (its patching not written)
// beside a written postmarket.patching.deployment: the plan then points
// to its update deployment section, which says how the product's updates
// are deployed, without claiming that it speaks of that part.
func (p *Product) HostedUpdatesUnsaidDeployed(maker string) bool {
	if p.HostedUpdatesText(maker) == "" || strings.TrimSpace(p.Postmarket.Patching.Deployment) == "" {
		return false
	}
	_, others := p.remoteHostedSplit()
	_, unsaid := hostedUpdatesSplit(others)
	return len(unsaid) > 0
}

// hostedUpdatesSplit splits parts into those whose patching is written
// and the rest.
func hostedUpdatesSplit(parts []Part) (said, unsaid []Part) {
	for _, pt := range parts {
		if strings.TrimSpace(pt.Patching) != "" {
			said = append(said, pt)
		} else {
			unsaid = append(unsaid, pt)
		}
	}
	return said, unsaid
}
