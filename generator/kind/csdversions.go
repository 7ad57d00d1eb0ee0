package kind

import "github.com/jspgen/jspgen/generator/content"

// OtherVersions are the versions that get a document of their own beside
// one released on date on about version about (the CSD's and the MDS2
// form's per-version documents, in <version>/): every version supported
// (or in paid extended support) on the build's date
// (content.Product.SupportedVersions) other than about that was also so
// on on (content.Version.DocumentedOn). A version neither on on gets
// none: a document dated then cannot be about it.
func OtherVersions(env *Env, p Product, about string, on content.Date) []*content.Version {
	var out []*content.Version
	for _, v := range p.SupportedVersions(env.AsOf) {
		if v.Version != about && v.DocumentedOn(on) {
			out = append(out, v)
		}
	}
	return out
}

// CSDVersions are the versions the build's CSDs of p are about, as the
// csd kind builds them: the version current on the CSD's release date
// first, then its OtherVersions. None when p builds no CSD. Other kinds
// use it to say whether a CSD about a version exists;
// TestCSDVersionsAreTheCSDsBuilt holds it to the csd kind's documents.
func CSDVersions(env *Env, p Product) []string {
	if !p.Builds("csd") {
		return nil
	}
	on := Released(p.Documents.CSD, env.AsOf)
	about := p.On(on).VersionOf
	out := []string{about}
	for _, v := range OtherVersions(env, p, about, on) {
		out = append(out, v.Version)
	}
	return out
}
