package mds2

import "slices"

// Condition is one gating condition: the question it belongs to applies
// only when question ID was answered Answer (Yes or No); or, with Unless
// set instead, unless ID was answered Unless, because the form names only
// that answer (MLDP-2 = Yes makes MLDP-3 N/A; under MLDP-2 N/A the form
// says nothing, and MLDP-3 is still asked).
//
// Stated marks a condition the form's own text states (the basis "stated"
// of the catalog fact sheet); the others are implied by the question. Only
// a stated condition makes a question N/A by itself (see RuledOut).
type Condition struct {
	ID     string `toml:"id"`
	Answer Answer `toml:"answer"`
	Unless Answer `toml:"unless"`
	Stated bool   `toml:"stated"`
}

// Admits reports whether trigger answer a lets the question apply: a is
// the wanted Answer, or, for an Unless condition, an answer (N/A too)
// other than Unless. Unanswered and See Note admit only an Unless
// condition's question; RuledOut leaves every question applicable under
// them.
func (c Condition) Admits(a Answer) bool {
	if c.Unless != Unanswered {
		return a != c.Unless && a != Unanswered && a != SeeNote
	}
	return a == c.Answer
}

// Asked is the trigger's answer under which the form asks the question,
// for a message: "No", or "other than Yes" for an Unless condition.
func (c Condition) Asked() string {
	if c.Unless != Unanswered {
		return "other than " + c.Unless.String()
	}
	return c.Answer.String()
}

// Gates returns every condition q depends on: its own applies_when plus,
// once loaded by LoadCatalog, the conditions of the questions those name,
// transitively. For a Question not built by LoadCatalog it is AppliesWhen.
func (q *Question) Gates() []Condition {
	if q.gates != nil {
		return q.gates
	}
	return q.AppliesWhen
}

// RuledOut returns a gating condition of q, direct or inherited, that the
// answers so far (keyed by canonical ID) contradict: its trigger was
// answered Yes, No or N/A other than the wanted answer (or, for an Unless
// condition, answered Unless). A stated condition
// is returned before an implied one, else the first in Gates order. An
// unanswered or See Note trigger leaves q applicable.
//
// What follows is the caller's (the MDS2 resolver): under a stated
// condition an unanswered q is N/A and any other explicit answer is a
// warning; under an implied one q takes No or N/A from the product, and
// Yes is a warning.
func RuledOut(q *Question, answers map[string]Answer) (Condition, bool) {
	var first Condition
	found := false
	for _, c := range q.Gates() {
		switch a := answers[c.ID]; {
		case a == Unanswered || a == SeeNote || c.Admits(a):
		default:
			if c.Stated {
				return c, true
			}
			if !found {
				first, found = c, true
			}
		}
	}
	return first, found
}

// NoteRequired reports whether answer a to q needs an explanatory note:
// always for See Note, and for the answers listed in q's note_when (the
// form asks for details in a note). N/A needs no note by the form's own
// rules; the resolver asks a reason (or note) of an N/A that no earlier
// answer gives by them (mds2form's checkApplies).
func NoteRequired(q *Question, a Answer) bool {
	return a == SeeNote || slices.Contains(q.NoteWhen, a)
}
