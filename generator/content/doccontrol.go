package content

import "strings"

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

// Written reports whether any of the document control is given. Its id,
// revision and release date are optional (a sparse specification may
// assign none), so a document's control is known by any of its fields.
func (d DocumentControl) Written() bool {
	return d.ID != "" || d.Revision != "" || !d.ReleaseDate.IsZero() || strings.TrimSpace(d.Owner) != "" ||
		len(d.Approvals) > 0 || len(d.History) > 0
}

// HasControl reports whether the document key (a documents.build name)
// has its document control: some of it written, or the document named in
// documents.build (its control may then leave every field out).
func (p *Product) HasControl(key string, d DocumentControl) bool {
	return d.Written() || p.BuildsExplicitly(key)
}

// Cite names the document in a warning: its number and revision, as far
// as they are written.
func (d DocumentControl) Cite() string {
	switch {
	case d.ID != "" && d.Revision != "":
		return d.ID + " revision " + d.Revision
	case d.ID != "":
		return d.ID + ", revision not assigned"
	case d.Revision != "":
		return "no document number, revision " + d.Revision
	}
	return "no document number or revision"
}

// NumberUnassigned lists what of the id, revision and release date a
// document control leaves out, in words for a check warning.
func (d DocumentControl) NumberUnassigned() []string {
	var out []string
	if d.ID == "" {
		out = append(out, "document number (id)")
	}
	if d.Revision == "" {
		out = append(out, "revision")
	}
	if d.ReleaseDate.IsZero() {
		out = append(out, "release date (release_date)")
	}
	return out
}
