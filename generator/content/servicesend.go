package content

import "slices"

// deliversSoftware reports a cloud service whose data are software alone:
// it delivers the product's own software (a CDN serving its files, a
// download site, a container registry) and is not a back end that an
// installed version connects to for its use.
func (s CloudService) deliversSoftware() bool {
	return len(s.Data) > 0 && !slices.ContainsFunc(s.Data, func(k DataKind) bool { return k != "software" })
}

// ServicesEndText is names (ServicesNeeded or ServicesUnstated) as one
// phrase, each with what its operator may do to a version whose support
// has ended: a back end may stop accepting it; a service that only
// delivers the product's software may stop offering it (it serves the
// versions its operator publishes, and no installed version connects to
// it to be refused).
func (p *Product) ServicesEndText(names []string) string {
	var accept, offer []string
	for _, n := range names {
		i := slices.IndexFunc(p.Cloud.Services, func(s CloudService) bool { return s.Name == n })
		if i >= 0 && p.Cloud.Services[i].deliversSoftware() {
			offer = append(offer, n)
		} else {
			accept = append(accept, n)
		}
	}
	const ended = "a version whose support has ended"
	switch {
	case len(offer) == 0:
		return p.theList(accept) + ", which may stop accepting " + ended
	case len(accept) == 0:
		return p.theList(offer) + ", which may stop offering " + ended
	}
	return p.theList(accept) + ", which may stop accepting " + ended + ", and " + p.theList(offer) + ", which may stop offering it"
}
