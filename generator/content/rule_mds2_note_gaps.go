package content

import "strconv"

// ruleMDS2NoteGaps: the MDS2 form prints the notes of [[mds2.notes]] by
// their numbers ("Note 6" then "Note 8"), so a number the notes skip
// sends the reader looking for a note that does not exist. Numbers from
// 1 up to the highest are expected; a duplicate number is mds2()'s
// error, not counted here. The notes a form adds of its own (about
// models) are numbered after these and do not fill a gap.
func ruleMDS2NoteGaps(p *Product) Diagnostics {
	if !p.Builds("mds2") || len(p.MDS2.Notes) == 0 {
		return nil
	}
	have := map[int]bool{}
	highest := 0
	for _, n := range p.MDS2.Notes {
		have[n.Number] = true
		highest = max(highest, n.Number)
	}
	var missing []string
	for n := 1; n < highest; n++ {
		if !have[n] {
			missing = append(missing, strconv.Itoa(n))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	notes := Plural(len(missing), "note", "notes") + " " + AndList(missing)
	return Diagnostics{at(p, Warning, "mds2.notes",
		"the notes skip %s (they are numbered up to %d): the MDS2 form prints them by number, so a reader looks for %s; renumber the notes from 1 without a gap (and the answers' note = n that refer to them), or add %s",
		notes, highest, Plural(len(missing), "a note that does not exist", "notes that do not exist"), notes)}
}
