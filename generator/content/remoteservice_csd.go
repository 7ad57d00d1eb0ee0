package content

import "strings"

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
// remote functions (software updates, configuration, training) where
// neither remote_service.other_functions nor the MDS2 form answers it. A
// data flow that carries software to a part on the customer's side over
// a network (NetworkUpdatesText) shows that software arrives there, not
// that it is an update of the product's software (a reference library
// or other content the customer downloads is "software" to a flow too)
// nor that the manufacturer delivers it as a remote function: the row
// says "Not stated" and names the flows beside it, so that it neither
// asserts remote updates nor denies what the flows show. "Not stated;
// data flow DF-02 carries software to the A over a network, which does
// not say whether that is a software update the manufacturer delivers
// remotely"; ""
// when no flow carries software so.
func (p *Product) NetworkUpdatesCell() string {
	s := p.NetworkUpdatesText(nil)
	rest, ok := strings.CutPrefix(s, "Software updates reach ")
	if !ok {
		return ""
	}
	parts, flows, ok := strings.Cut(rest, " over a network (")
	flows, ok2 := strings.CutSuffix(flows, ")")
	if !ok || !ok2 {
		return ""
	}
	verb := "carries"
	if strings.HasPrefix(flows, "data flows ") {
		verb = "carry"
	}
	return "Not stated; " + flows + " " + verb + " software to " + parts +
		" over a network, which does not say whether that is a software update the manufacturer delivers remotely"
}
