package content

import "slices"

// namesPart reports whether this view's interfaces, ports (the part that
// listens or connects, or the part at the other end), data flows or data
// stores name the part.
func (p *Product) namesPart(id string) bool {
	return slices.ContainsFunc(p.Interfaces, func(i Interface) bool { return p.PartOfInterface(i).ID == id }) ||
		slices.ContainsFunc(p.Ports, func(pt Port) bool { return p.PartOfPort(pt).ID == id || pt.PeerPart == id }) ||
		slices.ContainsFunc(p.DataFlows, func(f DataFlow) bool { return f.From == id || f.To == id }) ||
		slices.ContainsFunc(p.DataStores, func(s DataStore) bool { return p.Part(s.Part).ID == id })
}

// PartsInUse returns AllParts less those this version's view names
// nowhere while another version's view does: a cloud service a later
// version adds (its interface, ports and flows added by that version's
// changes) is not a part the earlier version's documents list, its
// responsibilities or "hosted by the manufacturer outside the hospital
// network". A part no version names stays, as before. A version's own
// parts (parts_added, _removed: versions_parts.go) say this outright;
// this keeps a product file that writes a later version's part at the
// top level true too. The list is a copy: AllParts is the product's own
// array, which the views of versions that change no part share.
func (p *Product) PartsInUse() []Part {
	base := p.Base()
	views := []*Product{base}
	for _, v := range base.Versions {
		views = append(views, base.At(v.Version))
	}
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool {
		return !p.namesPart(pt.ID) && slices.ContainsFunc(views, func(q *Product) bool { return q.namesPart(pt.ID) })
	})
}
