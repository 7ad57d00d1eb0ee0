package mds2form

// updatesSigned derives SAHD-3.2 (updates verified as authorised by the
// manufacturer) from updates.signature_verified both ways, and SAHD-3
// (the device checks its software's integrity) Yes only: a device that
// checks no signature on its updates may still check its software in
// another way. Not written decides nothing. updates.integrity, the prose
// the CSD prints beside it, is never read (textStatedOpen points to it).
func (f *mds2Facts) updatesSigned(id string) (fact, bool) {
	path := f.p.PatchKey("updates", "signature_verified")
	switch v := f.p.Updates.SignatureVerified; {
	case v.IsTrue() && id == "SAHD-3":
		return f.yes(path, "is true: every update is checked for the manufacturer's signature before it is installed, which checks that the software has not been altered"), true
	case v.IsTrue():
		return f.yes(path, "is true: every update is checked for the manufacturer's signature before it is installed"), true
	case v.IsFalse() && id == "SAHD-3.2":
		return f.no(path, "is false: updates are installed without a check that the manufacturer signed them"), true
	}
	return fact{}, false
}
