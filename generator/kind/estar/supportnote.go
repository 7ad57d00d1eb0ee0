package estar

import "fmt"

// supportNote says how many of total components have no stated support
// level, and how many of those are given a justification instead (which
// may say why no level, or why no end of support, is published).
func supportNote(total, levels, justified int) string {
	without := total - levels
	verb := "have"
	if without == 1 {
		verb = "has"
	}
	note := fmt.Sprintf("%d of %d components %s no stated support level", without, total, verb)
	switch {
	case justified == 0:
		return note + "."
	case justified == without && without == 1:
		return note + "; it is given a justification instead."
	case justified == without:
		return note + "; each is given a justification instead."
	case justified == 1:
		return note + "; 1 of them is given a justification instead."
	default:
		return fmt.Sprintf("%s; %d of them are given a justification instead.", note, justified)
	}
}
