package mds2

import "slices"

// Condition is one gating condition: the question it belongs to applies
// only when question ID was answered Answer (Yes or No).
type Condition struct {
	ID     string `toml:"id"`
	Answer Answer `toml:"answer"`
}

// holds reports whether c is met or still undecided: the trigger is
// unanswered or answered See Note (undecided, the question stays), or it
// carries exactly the wanted answer.
func (c Condition) holds(answers map[string]Answer) bool {
	got := answers[c.ID]
	switch got {
	case Unanswered, SeeNote:
		return true
	}
	return got == c.Answer
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

// Applicable reports whether q should be answered given the answers so far
// (keyed by canonical ID): false when a gating condition, direct or
// inherited, is contradicted by a Yes, No or N/A answer, in which case q's
// answer is N/A. Unanswered and See Note triggers leave q applicable.
func Applicable(q *Question, answers map[string]Answer) bool {
	for _, c := range q.Gates() {
		if !c.holds(answers) {
			return false
		}
	}
	return true
}

// NoteRequired reports whether answer a to q needs an explanatory note:
// always for See Note and N/A, and for the answers listed in q's note_when.
// A caller may waive the note for an N/A that gating implies (Applicable is
// false), since the gate explains it.
func NoteRequired(q *Question, a Answer) bool {
	return a == SeeNote || a == NA || slices.Contains(q.NoteWhen, a)
}
