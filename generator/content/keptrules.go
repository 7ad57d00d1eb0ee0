package content

import "strings"

// KeptHostsRules is the CSD firewall section's word on the parts of its
// rules that run where the customer keeps them (CustomerHostedParts,
// given as kept): the customer's own traffic there (backup, monitoring,
// sign-in, updates) is for its own rules, not the final deny. A part on
// the customer's container platform (Part.OnContainerPlatform) has no
// host of its own, only the platform's nodes; one in the customer's
// cloud tenancy (Part.InCloudTenancy) has no host the customer runs,
// only the tenancy, as KeptHostsUpkeep says for notices. hosp is the
// customer's word ("hospital"). The verbs agree with the host, platform
// or tenancy, never with a part's name, which may be plural ("the
// BleedAlert services"). Plain text: the template escapes it.
func (p *Product) KeptHostsRules(kept []Part, hosp string) string {
	hosted, tenancy := splitTenancy(kept)
	var keeps, those, subjects []string
	traffic := ""
	some := false // "where a host runs", not "if the host runs"
	if len(hosted) > 0 {
		one := len(hosted) == 1
		platform := true
		for _, pt := range hosted {
			platform = platform && pt.OnContainerPlatform()
		}
		switch {
		case platform && one:
			keeps = append(keeps, "the container platform that runs "+p.PartTheNames(hosted))
			those, subjects = append(those, "that platform's nodes"), append(subjects, "the platform")
			traffic = "the platform's own traffic between its nodes, "
		case platform:
			keeps = append(keeps, "the container platforms that run "+p.PartTheNames(hosted))
			those, subjects = append(those, "those platforms' nodes"), append(subjects, "a platform")
			traffic = "each platform's own traffic between its nodes, "
		case one:
			keeps = append(keeps, "the host that runs "+p.PartTheNames(hosted))
			those, subjects = append(those, "that host"), append(subjects, "the host")
		default:
			keeps = append(keeps, "the hosts that run "+p.PartTheNames(hosted))
			those, subjects = append(those, "those hosts"), append(subjects, "a host")
		}
		some = !one
	}
	if len(tenancy) > 0 {
		keeps = append(keeps, "the cloud tenancy that holds "+p.PartTheNames(tenancy))
		those, subjects = append(those, "that tenancy"), append(subjects, "the tenancy")
	}
	even := "if "
	if some {
		even = "where "
	}
	return "The " + hosp + " keeps " + strings.Join(keeps, " and ") + ". These rules cover only the product's own connections: the " +
		hosp + "'s own traffic to and from " + strings.Join(those, " and ") + " (" + traffic + "backup, monitoring, administrators' sign-in, and operating-system updates where the " + hosp + " installs them) is for the " + hosp +
		"'s own rules, not the final deny, even " + even + strings.Join(subjects, " or ") + " runs nothing but the product." +
		p.keptUsersAccess(kept, hosp, ", not the final deny")
}
