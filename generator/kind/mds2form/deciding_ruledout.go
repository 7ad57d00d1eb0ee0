package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// Some rules of mds2Derivations derive a question one or two ways only:
// TXCF-2 is derived N/A (no PII sent) or Yes (every PII transfer over
// ports that all state encrypted = true), never No. Where facts the
// product already states keep the rule from giving any of its answers
// (a PII flow over a port that states encrypted = false: maldi's HL7 on
// 2575), no fact the user adds would derive it, and the hint "or state
// the facts from which the form derives it" sent the user to state
// facts that cannot help. The hint then says so and asks for the answer
// by hand.

// blockedAnswer is an answer a rule derives and the stated fact that
// keeps it from deriving it.
type blockedAnswer struct {
	answer  mds2.Answer
	blocked func(*mds2Facts) (fact, bool)
}

// derivedOnly lists, by question, every answer its rule can derive, each
// with the stated fact that rules it out.
var derivedOnly = map[string][]blockedAnswer{
	"TXCF-2": {
		{mds2.Yes, (*mds2Facts).piiOverUnencryptedPort},
		{mds2.NA, (*mds2Facts).piiFlowOver},
	},
}

// derivedRuledOut is the hint, without its leading "; ", for question id
// without an answer where stated facts rule out every answer its rule
// derives (derivedOnly), naming them; "" otherwise.
func (f *mds2Facts) derivedRuledOut(id string) string {
	answers, ok := derivedOnly[id]
	if !ok {
		return ""
	}
	var names, says, paths []string
	for _, a := range answers {
		d, blocked := a.blocked(f)
		if !blocked {
			return ""
		}
		names = append(names, a.answer.String())
		if !slices.Contains(paths, d.Path) {
			paths = append(paths, d.Path)
			says = append(says, d.String())
		}
	}
	which := "that"
	if len(answers) == 2 {
		which = "both"
	} else if len(answers) > 2 {
		which = "each"
	}
	return fmt.Sprintf("the form derives it only as %s, and the product data rule out %s (%s): no fact added would derive it; answer it by hand in [mds2.answers]",
		strings.Join(names, " or "), which, strings.Join(says, "; "))
}

// piiOverUnencryptedPort (against a derived TXCF-2 Yes) is the first
// data flow of PHI or PII to or from the product one of whose ports
// (flowPorts) states encrypted = false: the rule's Yes needs them all to
// state encrypted = true.
func (f *mds2Facts) piiOverUnencryptedPort() (fact, bool) {
	for i, d := range f.p.DataFlows {
		if !f.piiTransfer(d) {
			continue
		}
		idx, _ := f.flowPorts(d)
		// the port is not named: versions that list other ports would
		// each give the warning
		if slices.ContainsFunc(idx, func(j int) bool { return f.p.Ports[j].Encrypted.IsFalse() }) {
			return f.no(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over interface %s, where a port it may use states encrypted = false",
				d.ID, d.Interface)), true
		}
	}
	return fact{}, false
}
