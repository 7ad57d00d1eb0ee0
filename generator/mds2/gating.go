package mds2

import "slices"

// Condition is one gating condition: the question it belongs to applies
// only when question ID was answered Answer (Yes or No).
type Condition struct {
	ID     string `toml:"id"`
	Answer Answer `toml:"answer"`
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

// RuledOut returns the first gating condition of q, direct or inherited,
// that the answers so far (keyed by canonical ID) contradict: its trigger
// was answered Yes, No or N/A other than the wanted answer. q's answer is
// then N/A. An unanswered or See Note trigger leaves q applicable.
func RuledOut(q *Question, answers map[string]Answer) (Condition, bool) {
	for _, c := range q.Gates() {
		switch answers[c.ID] {
		case Unanswered, SeeNote, c.Answer:
		default:
			return c, true
		}
	}
	return Condition{}, false
}

// NoteRequired reports whether answer a to q needs an explanatory note:
// always for See Note and N/A, and for the answers listed in q's note_when.
// A caller may waive the note for an N/A that gating implies (RuledOut),
// since the gate explains it.
func NoteRequired(q *Question, a Answer) bool {
	return a == SeeNote || a == NA || slices.Contains(q.NoteWhen, a)
}
