package content

// SBOMFilesInAnyVersion reports whether any version of the product
// publishes an SBOM file (sbom.files, or a version's
// changes.sbom_files). sbom.on_request then says what is given on
// request besides the files (an older version's component list, say),
// not that "the SBOM" is: a document of a version without a file of its
// own quotes it as such rather than as the SBOM's availability.
func (p *Product) SBOMFilesInAnyVersion() bool {
	if len(p.SBOM.Files) > 0 {
		return true
	}
	for _, v := range p.Versions {
		if len(v.Changes.SBOMFiles) > 0 {
			return true
		}
	}
	return false
}
