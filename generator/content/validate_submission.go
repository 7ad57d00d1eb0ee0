package content

// submission checks the document control of a premarket submission
// document at path: as any document's, and that the version it says it
// describes is one of the product's.
func (v *productValidator) submission(path string, c SubmissionControl) {
	v.document(path, c.DocumentControl)
	if c.Version == "" {
		return
	}
	known := map[string]bool{}
	for _, ver := range v.p.Versions {
		known[ver.Version] = true
	}
	if !known[c.Version] {
		v.errorf(path+".version", "unknown version %q (want one of %s)", c.Version, keysOf(known))
	}
}
