package mds2form

// noteWrittenForOther reports, as a warning, an answer g to id with a
// note that this version's data decide alike (d) and that an earlier
// version gave, whose own data did not decide it so: the note explains
// the answer where the data left it open (or said otherwise), and may be
// false where they decide it ("the pump joins no network" inherited by
// the version that adds Wi-Fi). Unlike an answer those data contradict
// (writtenForOther, an error), nothing shows it wrong, and a note
// written for the whole product is often true of every version: the
// form leaves the note out of this version's answer (no false sentence)
// and the build goes on, until the manufacturer confirms the note for
// this version or drops it. A note written beside data that
// decide the same answer in both versions is the manufacturer's for
// both.
func (r *mds2Resolver) noteWrittenForOther(id string, g given, d fact) bool {
	if g.entry.Note == 0 {
		return false
	}
	w, ok := r.inheritedAgainst(id, d)
	if !ok {
		return false
	}
	r.warnf(g.path, "answer %s with note %d was written for version %s (in %s), whose data %s; version %s's data give %s: %s. Note %d explains the answer for version %s and may not hold for version %s, so version %s's form gives the derived answer without it: restate answer and note under %s.mds2_answers_changed if the note holds for version %s too, or drop the answer there with %s.mds2_answers_removed = [%q] to confirm the form as it is",
		g.answer, g.entry.Note, w.from, w.where, w.there, r.p.VersionOf, d.Answer, d, g.entry.Note, w.from, r.p.VersionOf, r.p.VersionOf, w.at, r.p.VersionOf, w.at, id)
	return true
}
