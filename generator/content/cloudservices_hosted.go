package content

import "strings"

// CloudServicesBesideHostedParts are the cloud services that are not a
// part the manufacturer hosts: the CSD's key fact "Needs the internet or
// a cloud service" names the hosted parts on their own, and each service
// left here (a third party's crash reporting beside the manufacturer's
// own cloud) would go unnamed if the hosted parts stood for all of them.
// A service is a hosted part when it has that part's name or ID, or when
// one of its endpoints is on a host where that part listens.
func (p *Product) CloudServicesBesideHostedParts() []CloudService {
	var out []CloudService
	for _, s := range p.Cloud.Services {
		if !p.isHostedPart(s) {
			out = append(out, s)
		}
	}
	return out
}

// isHostedPart reports a cloud service that is one of the parts the
// manufacturer hosts, by name or ID or by an endpoint where it listens (a
// port whose direction is not stated is not known to listen).
func (p *Product) isHostedPart(s CloudService) bool {
	for _, pt := range p.ManufacturerHostedParts() {
		if sameName(s.Name, pt.Name) || sameName(s.Name, pt.ID) {
			return true
		}
	}
	for _, l := range p.Ports {
		if l.Direction == "out" || !l.DirectionStated() || p.InternalPort(l) || !p.PartOfPort(l).Runs.IsManufacturerHosted() {
			continue
		}
		for _, le := range l.Endpoints {
			for _, e := range s.Endpoints {
				if h := endpointHost(e); h != "" && h == endpointHost(le) {
					return true
				}
			}
		}
	}
	return false
}

// sameName reports two names that are equal but for case and the spaces
// around them, neither empty.
func sameName(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	return a != "" && strings.EqualFold(a, b)
}
