package kind

// OwnComponentList reports whether version v of p has a component list
// of its own: an inventory of v's (p.At(v)) that lists components or
// reads SBOM files, and is not another version's list standing in for
// it (inventory.Inventory.ListedFor). The lifecycle page takes in turn
// the components of each supported version that has one and says of any
// other that its components are not stated (lifecycle's supported); the
// plan, pointing to that page for the other versions' components, must
// tell the same versions apart.
func OwnComponentList(p Product, v string) bool {
	q := p.At(v)
	if q.VersionOf != v || q.Inventory == nil {
		return false
	}
	inv := q.Inventory
	if len(inv.List) == 0 && len(inv.SBOMs) == 0 {
		return false
	}
	return inv.ListedFor == "" || inv.ListedFor == v
}
