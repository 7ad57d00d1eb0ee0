package content

// SoftwareParts returns, in part order, the parts the product's own
// software runs on: every part but the customer's own infrastructure the
// product relies on (its identity provider, its workstations' browsers),
// which runs none of it, and a related system's part, which is a system
// the product relies on and not the product ([[related_systems]]: the
// plan describes it in its own section, and its SBOM files are its own).
// The plan's scope and the risk report's SBOM section name these parts,
// so that the two say the same of where the product's software runs.
func (p *Product) SoftwareParts() []Part {
	return filter(p.AllParts(), func(pt Part) bool {
		return !pt.Runs.IsCustomerInfrastructure() && !p.IsRelatedPart(pt.ID)
	})
}
