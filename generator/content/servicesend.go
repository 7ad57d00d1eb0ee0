package content

import "slices"

// deliversSoftware reports a cloud service whose data are software alone:
// it delivers the product's own software (a CDN serving its files, a
// download site, a container registry) and is not a back end that an
// installed version connects to for its use.
func (s CloudService) deliversSoftware() bool {
	return len(s.Data) > 0 && !slices.ContainsFunc(s.Data, func(k DataKind) bool { return k != "software" })
}

// ServicesEndWhether is, for names (ServicesNeeded or ServicesUnstated),
// the question of what each service does with a version whose support
// has ended, for a sentence that says it is not stated: "whether it keeps
// accepting a version whose support has ended". No key states it (a
// notice's stops are the manufacturer's updates and support; a hosted
// service's switch_off, when it stops running versions it hosts), so the
// documents never say a service may refuse such a version. A back end is
// asked whether it keeps accepting the version; a service that only
// delivers the product's software whether it keeps offering it (it
// serves the versions its operator publishes, and no installed version
// connects to it to be refused).
func (p *Product) ServicesEndWhether(names []string) string {
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
	verb := func(list []string, one, many string) string {
		if len(list) == 1 {
			return one
		}
		return many
	}
	switch {
	case len(offer) == 0:
		return "whether " + verb(accept, "it keeps", "they keep") + " accepting " + ended
	case len(accept) == 0:
		return "whether " + verb(offer, "it keeps", "they keep") + " offering " + ended
	}
	return "whether " + p.theList(accept) + " " + verb(accept, "keeps", "keep") + " accepting " + ended +
		" and " + p.theList(offer) + " " + verb(offer, "keeps", "keep") + " offering it"
}
