package content

import "strings"

// KeptHostsUpkeep is the sentence an end-of-life or end-of-support notice
// and its CSAF twin say before the ports the product needs where some of
// those are of parts on hosts the customer keeps (CustomerHostedParts,
// given as kept): the customer's own upkeep of those hosts is for its own
// rules, so "block every other port" reads as the product's ports only.
// where says where the ports follow ("below", "listed next"). Parts that
// all run on the customer's container platform (Part.OnContainerPlatform)
// have no host of their own, the platform placing their containers on
// whichever node it chooses: the sentence speaks of the platform's nodes,
// as the CSD's firewall rules do. A part in the customer's own cloud
// tenancy (Part.InCloudTenancy) has no host the customer runs either,
// only the tenancy, which the CSD says is the customer's: the sentence
// speaks of that tenancy, beside the hosts of the other parts. Plain
// text: the notice escapes it.
func (p *Product) KeptHostsUpkeep(kept []Part, where string) string {
	hosted, tenancy := splitTenancy(kept)
	var of, those []string
	traffic := ""
	if len(hosted) > 0 {
		one := len(hosted) == 1
		platform := true
		for _, pt := range hosted {
			platform = platform && pt.OnContainerPlatform()
		}
		// the verbs agree with the host, never with a part's name, which
		// may be plural ("the BleedAlert services")
		host, that := "the hosts that run ", "those hosts"
		if one {
			host, that = "the host that runs ", "that host"
		}
		if platform {
			host, traffic, that = "the nodes of the container platforms that run ", "each platform's own traffic between its nodes, ", "those platforms"
			if one {
				host, traffic, that = "the nodes of the container platform that runs ", "the platform's own traffic between its nodes, ", "that platform"
			}
		}
		of = append(of, host+p.PartTheNames(hosted))
		those = append(those, that)
	}
	if len(tenancy) > 0 {
		of = append(of, "the cloud tenancy that holds "+p.PartTheNames(tenancy))
		those = append(those, "that tenancy")
	}
	// the verb agrees with the last of "that host or that tenancy"
	verb := "runs"
	if len(tenancy) == 0 && len(hosted) > 1 {
		verb = "run"
	}
	return "The customer's own traffic to and from " + strings.Join(of, " and ") + " (" + traffic +
		"backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if " +
		strings.Join(those, " or ") + " " + verb + " nothing but the product: the ports " + where + " are only the product's own connections." +
		p.keptUsersAccess(kept, "customer", "")
}

// keptUsersAccess is the sentence KeptHostsUpkeep and KeptHostsRules add
// where some of the kept parts listen on no port the product data list
// (keptWithoutListener): the customer's users may still reach that
// software through the customer's own means (a remote desktop or
// application-delivery session on the host, say), whose ports are the
// customer's, not the product's; the data give no port for it, so none is
// named, and "block every other port" or the final deny must not cut it
// off. who is the customer's word, after the customer's own rules
// (", not the final deny" for the CSD). "" where every kept part listens
// on a port the data list, or whose direction they leave unstated.
func (p *Product) keptUsersAccess(kept []Part, who, after string) string {
	quiet := p.keptWithoutListener(kept)
	if len(quiet) == 0 {
		return ""
	}
	return " The product data list no port on which " + p.PartTheNames(quiet) + " " + listenVerb(len(quiet)) +
		": the connections by which the " + who + "'s users reach that software, if they do, go through the " + who +
		"'s own means and are for the " + who + "'s own rules too" + after + "."
}

// listenVerb agrees with the number of parts named before it, never with
// a part's name, which may be plural: "the X listens", "the X and the Y
// listen".
func listenVerb(n int) string {
	if n == 1 {
		return "listens"
	}
	return "listen"
}

// keptWithoutListener returns, in order, the kept parts with no port in
// the product data that takes connections from outside the product:
// none whose direction is in or both, or not stated (which may listen),
// other than a port marked internal (only the product's own parts reach
// it). Users who reach such a part do so by means the data do not list.
func (p *Product) keptWithoutListener(kept []Part) []Part {
	return filter(kept, func(pt Part) bool {
		for _, x := range p.Ports {
			if x.Internal || p.PartOfPort(x).ID != pt.ID {
				continue
			}
			if x.Direction != "out" {
				return false
			}
		}
		return true
	})
}

// splitTenancy parts the kept parts into those on a host the customer
// runs and those in its cloud tenancy (Part.InCloudTenancy), in order:
// KeptHostsUpkeep and KeptHostsRules word each group apart.
func splitTenancy(kept []Part) (hosted, tenancy []Part) {
	for _, pt := range kept {
		if pt.InCloudTenancy() {
			tenancy = append(tenancy, pt)
		} else {
			hosted = append(hosted, pt)
		}
	}
	return hosted, tenancy
}
