package content

// MDS2Decides reports whether the manufacturer's own answer to question
// id answers it, as another document cites it (plan-fact-or-form): Yes,
// No, or a note that says more than "not stated". Where it does not, what
// the data flows state may answer instead, without contradicting the form.
func (p *Product) MDS2Decides(id string) bool {
	switch p.MDS2Answered(id) {
	case "yes", "no":
		return true
	case "see_note":
		return !p.MDS2NoteUnstated(id)
	}
	return false
}

// NetworkUpdatesCell answers the CSD's row of the manufacturer's other
// remote functions (software updates, configuration, training) from the
// data flows of the version the CSD describes, where neither
// remote_service.other_functions nor the MDS2 form answers it: the
// software updates the flows state (NetworkUpdatesText), the rest not
// stated, so that the row does not say "Not stated" of updates the flows
// show. "Software updates reach the A over a network (data flow DF-02);
// configuration and training: not stated"; "" when no flow states one.
func (p *Product) NetworkUpdatesCell() string {
	if s := p.NetworkUpdatesText(nil); s != "" {
		return s + "; configuration and training: not stated"
	}
	return ""
}
