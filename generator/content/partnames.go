package content

import "strings"

// A part's name is mostly a noun phrase ("CardioWatch tablet", "Read-out
// lab workstation", "Halcyon Connect server"): in the middle of a
// sentence it takes "the", as the documents name the product and its
// models ("the Lumis OCT"); a brand's own name ("Solace Connect") takes
// none (commonNoun). Tables and lists after a heading keep the name as
// written. A related system's name is often the other
// product's own name ("Halcyon Connect 5.3"), which takes no article, so
// it stays as written.

// TheName is the part's name for a sentence: "the CardioWatch tablet".
// The part's article, where written, decides; else its name does.
func (pt Part) TheName() string {
	switch pt.Article {
	case "none":
		return strings.TrimSpace(pt.Name)
	case "the":
		return withArticle(pt.Name, true)
	}
	return withThe(pt.Name)
}

// PartTheNames names the parts for a sentence, each with its article:
// "the A and the B".
func (p *Product) PartTheNames(parts []Part) string {
	names := make([]string, len(parts))
	for i, pt := range parts {
		names[i] = pt.TheName()
	}
	return AndList(names)
}

// withThe puts "the" before name unless it already begins with an
// article, which it writes in lower case for the middle of a sentence:
// "The hospital's PACS" becomes "the hospital's PACS".
func withThe(name string) string { return withArticle(name, commonNoun(name)) }

// withArticle is withThe with the choice for a name without an article
// made: "the" when the is true.
func withArticle(name string, the bool) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	lower := strings.ToLower(name)
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(lower, a) {
			return a + name[len(a):] // the article in lower case, mid-sentence
		}
	}
	if !the {
		return name
	}
	return "the " + name
}

// commonNoun reports whether a part's name ends in a common noun
// ("Halcyon Connect server", "GlucoWear app", "gateway VM"), which takes
// "the" in a sentence, rather than in a brand's own word ("Solace
// Connect", "CardioWatch Cloud", "DentaSense Imaging (chairside)"), which
// takes none: its last word outside brackets is in lower case or an
// acronym.
func commonNoun(name string) bool {
	words := strings.Fields(name)
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], ".,;:")
		if strings.HasPrefix(w, "(") || strings.HasSuffix(w, ")") || w == "" {
			continue // a bracketed qualifier: "(chairside)"
		}
		if w == strings.ToLower(w) {
			return true
		}
		return w == strings.ToUpper(w) && len(w) <= 4
	}
	return false
}
