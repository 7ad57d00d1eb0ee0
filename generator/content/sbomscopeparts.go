package content

// SBOMScopeParts returns the parts the product's software runs on
// (SoftwareParts) when there are two or more, and nil otherwise. An SBOM
// file lists the components of what it describes ("Rhenfluss Infuvia pump
// firmware 3.0"), which on a product of several such parts need not be
// every part's software, and the data do not say which part a file
// covers: the documents that publish or count the files (the CSD, the
// risk report) name these parts beside them rather than present a file
// as the whole product's. A product of one such part is left out: its
// SBOM's subject says what it covers.
func (p *Product) SBOMScopeParts() []Part {
	parts := p.SoftwareParts()
	if len(parts) < 2 {
		return nil
	}
	return parts
}
