package content

// RevisionOn is the revision of the document current on date on, and its
// release date: the last history entry released by then (the history is
// oldest first), else the current revision (a history that starts after
// on, or none). What a page dated on cites of another document.
func (d DocumentControl) RevisionOn(on Date) (string, Date) {
	if on.IsZero() || !d.ReleaseDate.After(on) {
		return d.Revision, d.ReleaseDate
	}
	rev, date := "", Date{}
	for _, r := range d.History {
		if !r.Date.IsZero() && !r.Date.After(on) {
			rev, date = r.Revision, r.Date
		}
	}
	if rev == "" {
		return d.Revision, d.ReleaseDate
	}
	return rev, date
}
