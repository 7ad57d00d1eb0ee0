package kind

// CSDVersions are the versions the build's CSDs of p are about, as the
// csd kind builds them: the version current on the CSD's release date
// first, then each other version supported on the build's date that was
// also supported on that release date (each with a CSD of its own in its
// folder). None when p builds no CSD. Other kinds use it to say whether
// a CSD about a version exists; TestCSDVersionsAreTheCSDsBuilt holds it
// to the csd kind's documents.
func CSDVersions(env *Env, p Product) []string {
	if !p.Builds("csd") {
		return nil
	}
	on := Released(p.Documents.CSD, env.AsOf)
	about := p.On(on).VersionOf
	out := []string{about}
	for _, v := range p.SupportedVersions(env.AsOf) {
		if v.Version != about && v.SupportedOn(on) {
			out = append(out, v.Version)
		}
	}
	return out
}
