package content

import (
	"slices"
	"strings"
	"unicode"
)

// endpointMayBe reports whether a port's endpoint that names no flow end
// may be the outside system b under another name: where it is worded like
// b ("Pathologists' web browsers" for the flow's "Pathologist's web
// browser"), or like no outside system the data name, in a flow or in
// [[flow_endpoints]] (a host described, not named). One worded like
// another system stands for that one: the LDAPS
// port to "Hospital Active Directory domain controllers" does not carry
// the images from the "Hospital PACS", nor a C-STORE port to "The
// hospital's PACS" the worklist from the "Hospital DICOM Modality
// Worklist server".
func (p *Product) endpointMayBe(endpoint string, b FlowEnd) bool {
	if p.endpointWordedLike(endpoint, b) {
		return true
	}
	var names []string
	for _, f := range p.DataFlows {
		names = append(names, f.From, f.To)
	}
	for _, fe := range p.FlowEndpoints {
		names = append(names, fe.Name)
	}
	return !slices.ContainsFunc(names, func(name string) bool {
		c, _ := p.ResolveFlowEnd(name)
		return !c.IsPart() && p.endpointWordedLike(endpoint, c)
	})
}

// endpointWordedLike reports an endpoint whose words (endpointWords) are
// all among those of the outside end's name or one of its aliases, or
// the other way round.
func (p *Product) endpointWordedLike(endpoint string, end FlowEnd) bool {
	names := []string{end.Label}
	for _, fe := range p.FlowEndpoints {
		if fe.Matches(end.Label) {
			names = append(names, fe.Aliases...)
		}
	}
	ew := endpointWords(endpoint)
	return slices.ContainsFunc(names, func(n string) bool {
		nw := endpointWords(n)
		return len(ew) > 0 && len(nw) > 0 && (wordsWithin(ew, nw) || wordsWithin(nw, ew))
	})
}

// endpointWords are a name's words for endpointWordedLike, lower case,
// without articles, possessives or a plural s: "The hospital's PACS" and
// "Hospital PACS" have the same.
func endpointWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "the", "a", "an", "s":
			continue
		}
		if len(w) > 3 {
			w = strings.TrimSuffix(w, "s")
		}
		out = append(out, w)
	}
	return out
}

// wordsWithin reports whether every word of a is in b.
func wordsWithin(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
