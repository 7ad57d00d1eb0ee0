package content

import "reflect"

// The security plan's design sections (interfaces, ports, data at rest and
// in transit) are drawn from one version's facts, the version it
// describes; its other versions may add or remove ports, interfaces, data
// stores or flows ([versions.changes]). The plan once said "every network
// port the device listens on" beside the current version's ports alone,
// while it covered an older version still supported whose plain HL7 port
// only the current version removed.

// DesignDifference is another version whose design differs from the
// described version's: Aspects names what differs, in the plan's order
// ("parts", "interfaces", "network ports", "data stores", "data flows").
type DesignDifference struct {
	Version string
	Aspects []string
}

// AspectsText is what differs, as a phrase: "interfaces and network ports".
func (d DesignDifference) AspectsText() string { return AndList(d.Aspects) }

// DesignDiffersFrom lists the versions other than ver whose parts,
// interfaces, network ports, data stores or data flows differ from ver's,
// in product order; none when ver is unknown. Each version is compared on
// the models it runs on (versions.models, ForModels, as its CSD and MDS2
// read it): an interface of other models only, and the ports and flows
// over it, are not on it. Where each entry was written (its At) is not
// part of the design.
func (p *Product) DesignDiffersFrom(ver string) []DesignDifference {
	described := p.Version(ver)
	if described == nil {
		return nil
	}
	a := p.onVersionModels(described)
	var out []DesignDifference
	for _, v := range p.Versions {
		if v.Version == ver {
			continue
		}
		b := p.onVersionModels(&v)
		var aspects []string
		if !sameDesign(a.Parts, b.Parts, func(x *Part) { x.At = "" }) {
			aspects = append(aspects, "parts")
		}
		if !sameDesign(a.Interfaces, b.Interfaces, func(x *Interface) { x.At = "" }) {
			aspects = append(aspects, "interfaces")
		}
		if !sameDesign(a.Ports, b.Ports, func(x *Port) { x.At = "" }) {
			aspects = append(aspects, "network ports")
		}
		if !sameDesign(a.DataStores, b.DataStores, func(x *DataStore) { x.At = "" }) {
			aspects = append(aspects, "data stores")
		}
		if !sameDesign(a.DataFlows, b.DataFlows, func(x *DataFlow) { x.At = "" }) {
			aspects = append(aspects, "data flows")
		}
		if len(aspects) > 0 {
			out = append(out, DesignDifference{Version: v.Version, Aspects: aspects})
		}
	}
	return out
}

// onVersionModels is version v's facts on the models it runs on.
func (p *Product) onVersionModels(v *Version) *Product {
	return p.At(v.Version).ForModels(v.Models)
}

// sameDesign reports whether two versions' lists hold the same entries,
// in any order (a version that removes an entry and adds it back has not
// changed it), once clear has removed what is not design (the key path
// each was written at).
func sameDesign[T any](a, b []T, clear func(*T)) bool {
	if len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
next:
	for _, x := range a {
		clear(&x)
		for j, y := range b {
			clear(&y)
			if !used[j] && reflect.DeepEqual(x, y) {
				used[j] = true
				continue next
			}
		}
		return false
	}
	return true
}
