package content

import "slices"

// A part whose software is never updated once made (field_updatable =
// false: a single-use sensor) is fixed only by manufacture: a fix reaches
// the units made afterwards, and units in use or in stock are replaced.
// The product-wide promises of security updates and fix timelines then
// hold for it only so, which the documents say beside them; a part whose
// field_updatable is not written is assumed neither way.

// FieldFixedParts are the parts of this view (PartsInUse) whose software
// is never updated once made.
func (p *Product) FieldFixedParts() []Part {
	return slices.DeleteFunc(p.PartsInUse(), func(pt Part) bool { return !pt.FieldUpdatable.IsFalse() })
}

// FieldFixedPart is a part whose software is never updated once made, in
// some or all of the product's versions.
type FieldFixedPart struct {
	Part Part
	// Versions are the versions whose part is so, when some other version
	// that has the part does not say so (it is updatable there, or not
	// stated); nil when every version that has the part says so.
	Versions []string
}

// FieldFixedEver is FieldFixedParts over every version of the product
// (the lifecycle page and the plan speak of all of them), in the order
// the parts first appear.
func (p *Product) FieldFixedEver() []FieldFixedPart {
	base := p.Base()
	views := []*Product{base}
	var names []string
	if len(base.Versions) > 0 {
		views = views[:0]
		for _, v := range base.Versions {
			views = append(views, base.At(v.Version))
			names = append(names, v.Version)
		}
	}
	var out []FieldFixedPart
	has := map[string]int{} // versions that have the part
	for i, q := range views {
		for _, pt := range q.PartsInUse() {
			has[pt.ID]++
			if !pt.FieldUpdatable.IsFalse() {
				continue
			}
			j := slices.IndexFunc(out, func(f FieldFixedPart) bool { return f.Part.ID == pt.ID })
			if j < 0 {
				out = append(out, FieldFixedPart{Part: pt})
				j = len(out) - 1
			}
			if names != nil {
				out[j].Versions = append(out[j].Versions, names[i])
			}
		}
	}
	for i := range out {
		if len(out[i].Versions) == has[out[i].Part.ID] {
			out[i].Versions = nil
		}
	}
	return out
}
