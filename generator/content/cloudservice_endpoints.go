package content

import "slices"

// CloudServicePortEndpoints gives, for a cloud service whose own
// endpoints are not written but that is a part the manufacturer hosts
// (isHostedPart: the same name or ID), the endpoints the product's ports
// list for reaching that part: a port whose peer_part is the part, or a
// port of the part that listens (its direction stated: the endpoints of
// one whose direction is not stated may be those it connects to). The
// CSD's cloud table then names the host its port and firewall sections
// already name, instead of "Not stated" beside them. Nil when the service writes its endpoints, is no
// hosted part, or no such port lists one.
func (p *Product) CloudServicePortEndpoints(s CloudService) []string {
	if len(s.Endpoints) > 0 || !p.isHostedPart(s) {
		return nil
	}
	var ids []string
	for _, pt := range p.ManufacturerHostedParts() {
		if sameName(s.Name, pt.Name) || sameName(s.Name, pt.ID) {
			ids = append(ids, pt.ID)
		}
	}
	var out []string
	for _, l := range p.Ports {
		if p.InternalPort(l) {
			continue
		}
		reaches := slices.Contains(ids, l.PeerPart) || slices.Contains(ids, p.PartOfPort(l).ID) && l.Direction != "out" && l.DirectionStated()
		if !reaches {
			continue
		}
		for _, e := range l.Endpoints {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}
