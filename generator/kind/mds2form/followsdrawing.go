package mds2form

import "github.com/jspgen/jspgen/generator/kind"

// withoutOthersDrawing leaves out of derived, what the rules derive from
// version's facts read as the form about x reads its own (derivedAs),
// a DOC-10 Yes that comes only from a drawing of x's version: a drawing
// the site publishes is of one version (drawnVersion), and a form of
// version alone derives nothing from another's (publishedDataFlowView).
// A form covering several versions then counts DOC-10 among the answers
// that describe the newest alone (followedAnswers), instead of claiming
// the newest's drawing for every version it covers while an older
// version's own CSD says it includes no diagram.
func withoutOthersDrawing(env *kind.Env, x kind.Product, version string, derived map[string]fact) {
	if version == "" || version == x.VersionOf {
		return
	}
	if _, ok := derived["DOC-10"]; !ok {
		return
	}
	own := x
	own.VersionOf = version
	if _, ok := newMDS2Facts(env, own).diagrams(); !ok {
		delete(derived, "DOC-10")
	}
}
