package content

// KeptHostsUpkeep is the sentence an end-of-life or end-of-support notice
// and its CSAF twin say before the ports the product needs where some of
// those are of parts on hosts the customer keeps (CustomerHostedParts,
// given as kept): the customer's own upkeep of those hosts is for its own
// rules, so "block every other port" reads as the product's ports only.
// where says where the ports follow ("below", "listed next"). Parts that
// all run on the customer's container platform (Part.OnContainerPlatform)
// have no host of their own, the platform placing their containers on
// whichever node it chooses: the sentence speaks of the platform's nodes,
// as the CSD's firewall rules do. Plain text: the notice escapes it.
func (p *Product) KeptHostsUpkeep(kept []Part, where string) string {
	one := len(kept) == 1
	platform := len(kept) > 0
	for _, pt := range kept {
		platform = platform && pt.OnContainerPlatform()
	}
	runs, of, traffic, those := "run", "the hosts", "", "those hosts run"
	if one {
		runs, of, those = "runs", "the host", "that host runs"
	}
	if platform {
		of, traffic, those = "the nodes of the container platforms", "each platform's own traffic between its nodes, ", "those platforms run"
		if one {
			of, traffic, those = "the nodes of the container platform", "the platform's own traffic between its nodes, ", "that platform runs"
		}
	}
	return "The customer's own traffic to and from " + of + " that " + p.PartTheNames(kept) + " " + runs + " on (" + traffic +
		"backup, monitoring, administrators' sign-in through the customer's directory and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if " +
		those + " nothing but the product: the ports " + where + " are only the product's own connections."
}
