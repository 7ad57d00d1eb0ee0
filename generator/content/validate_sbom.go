package content

// sbomOnRequest checks sbom.on_request: it must say how customers get the
// SBOM, and giving it to customers puts none in the premarket submission,
// which FD&C Act 524B(b)(3) requires of a cyber device's: where no SBOM
// file is named, the eSTAR cross-reference says the SBOM is not provided,
// and check says why.
func (v *productValidator) sbomOnRequest() {
	p := v.p
	if p.Source.Has("sbom.on_request") && p.SBOM.OnRequestText() == "" {
		v.errorf("sbom.on_request", "empty: say how customers obtain the SBOM (whom to ask, how, on what condition), or remove the key")
		return
	}
	// An empty published_at names no place (the url rule passes "",
	// and reports a blank one).
	if p.Source.Has("sbom.published_at") && p.SBOM.PublishedAt == "" {
		v.errorf("sbom.published_at", "empty: give the absolute http(s) URL where the manufacturer publishes the SBOM, or remove the key")
	}
	if p.SBOM.OnRequestText() == "" || len(newestSBOMFiles(p)) > 0 || !p.Produces("estar") {
		return
	}
	v.warnf("sbom.on_request", "the SBOM is given to customers on request and no SBOM file is named (sbom.files): the premarket submission must still include the SBOM itself (FD&C Act 524B(b)(3), FDA premarket guidance V.A.4.a); attach it to the submission, as the eSTAR cross-reference says it does not provide it")
}

// newestSBOMFiles are the SBOM files of the last version listed, which
// the eSTAR cross-reference is about once it is released: sbom.files as
// the later versions' changes replace them (an SBOM produced from some
// version on, its earlier versions' components given on request).
func newestSBOMFiles(p *Product) []string {
	files := p.SBOM.Files
	for _, v := range p.Versions {
		if len(v.Changes.SBOMFiles) > 0 {
			files = v.Changes.SBOMFiles
		}
	}
	return files
}
