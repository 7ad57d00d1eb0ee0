package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// everyModelFact returns d, an answer the rule gives every model the
// form covers, with a fact every one of them has where d's names an
// interface, port or data flow of some of them only: MPII-1 Yes for two
// pumps, both with a touchscreen that shows PHI, and one with a Wi-Fi
// link that carries it, gives the touchscreen as the reason, not the
// Wi-Fi the other pump lacks. Where the facts every model has do not
// give the answer, each model's own (own, the rule asked of each covered
// model alone, in f.models' order) is cited with the models it is theirs
// for: the first model's Ethernet is no reason for the other's answer
// (eachModelsOwn). Where every model's own is the same fact, d stands. A
// fact about the whole list ("ports lists 2 ports") is every model's
// list and stands too: counted on the entries every model has, it would
// miscount.
func (f *mds2Facts) everyModelFact(rule derivation, d fact, own []fact) fact {
	if e, ok := f.commonFact(rule, d); ok {
		return e
	}
	if len(own) == 0 || !slices.ContainsFunc(own, func(e fact) bool { return e.Short() != own[0].Short() }) {
		return d
	}
	at := make([]int, len(own))
	for k := range at {
		at[k] = k
	}
	return f.eachModelsOwn(at, own)
}

// commonFact returns d when its fact is on every model f covers, else
// the rule's fact from the entries every one of them has where it gives
// d's answer; false when there is none.
func (f *mds2Facts) commonFact(rule derivation, d fact) (fact, bool) {
	common, dropped := f.onEveryModel()
	if common == nil || !slices.ContainsFunc(dropped, func(at string) bool { return d.Path == at || strings.HasPrefix(d.Path, at+".") }) {
		return d, true
	}
	e, ok := rule.derive(common)
	if !ok || e.Answer != d.Answer || e.Text != d.Text {
		return d, false
	}
	return e, true
}

// onEveryModel returns the facts of the interfaces, ports and data
// stores on every model the form covers (interfaces.models, ports.models,
// data_stores.models not naming some of them only) and the data flows
// not over an interface left out, and the key paths of the entries left
// out; nil when there is nothing to leave out.
func (f *mds2Facts) onEveryModel() (*mds2Facts, []string) {
	q := *f.p.Product
	q.Interfaces, q.Ports, q.DataFlows, q.DataStores = nil, nil, nil, nil
	dropped := map[string]bool{}
	var paths []string
	for i, it := range f.p.Interfaces {
		if f.coveredOf(it.Models) != nil {
			dropped[it.ID] = true
			paths = append(paths, f.ifacePath(i))
			continue
		}
		it.At = content.AtOr(it.At, f.ifacePath(i))
		q.Interfaces = append(q.Interfaces, it)
	}
	for i, pt := range f.p.Ports {
		if dropped[pt.Interface] || f.coveredOf(f.p.PortModelIDs(pt)) != nil {
			paths = append(paths, f.portPath(i))
			continue
		}
		pt.At = content.AtOr(pt.At, f.portPath(i))
		q.Ports = append(q.Ports, pt)
	}
	for i, d := range f.p.DataStores {
		if f.coveredOf(d.Models) != nil {
			paths = append(paths, f.storePath(i))
			continue
		}
		d.At = content.AtOr(d.At, f.storePath(i))
		q.DataStores = append(q.DataStores, d)
	}
	if len(paths) == 0 {
		return nil, nil
	}
	for i, d := range f.p.DataFlows {
		if dropped[d.Interface] {
			paths = append(paths, f.flowPath(i))
			continue
		}
		d.At = content.AtOr(d.At, f.flowPath(i))
		q.DataFlows = append(q.DataFlows, d)
	}
	g := *f
	g.p.Product = &q
	return &g, paths
}

// otherwiseOn words the models the rule for question id, asked of each
// covered model alone, answers neither as d (an answer ofModels left
// every model's) nor the opposite way, nor leaves open: "N/A for model
// TV-300T" beside CONN-2 Yes, the transport model joining no network.
// JSP-MODELS lists such an answer among those that differ, so that its
// list is not read as complete without it; "" when there is none. note
// is the text of the note the row then refers to, so that the row, and
// the JSON and CSV that carry no JSP-MODELS, say it too: the models d
// holds for, and what the data give each other model.
func (f *mds2Facts) otherwiseOn(id string, d fact) (text, note string) {
	rule, ok := derivationFor(id)
	if !ok || d.Answer != mds2.Yes && d.Answer != mds2.No || d.Text != "" {
		return "", ""
	}
	const undecided = mds2.Unanswered // the models the rule decides nothing for
	by := map[mds2.Answer][]string{}
	var order []mds2.Answer
	var holds, others []string
	for k := range f.models {
		id := f.p.Models[f.models[k]].ID
		e, ok := rule.derive(f.forModel(k))
		a := e.Answer
		switch {
		case ok && a == d.Answer:
			holds = append(holds, id)
			continue
		case !ok:
			a = undecided
		}
		others = append(others, id)
		if by[a] == nil {
			order = append(order, a)
		}
		by[a] = append(by[a], id)
	}
	var parts, gives []string
	for _, a := range order {
		if a == undecided || a == opposite(d.Answer) {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s for %s", a, content.ModelWord(by[a])))
	}
	if len(parts) == 0 || len(holds) == 0 {
		return content.AndList(parts), ""
	}
	for _, a := range order {
		give := fmt.Sprintf("give %s to each of those questions", a)
		if a == undecided {
			give = "do not decide those questions"
		}
		if len(order) > 1 {
			give += " for " + content.ModelWord(by[a])
		}
		gives = append(gives, give)
	}
	// As modelNote: beside a model the data do not decide for, the
	// answer is not shown to be the others' alone.
	holdsFor := content.OnlyOn(holds)
	if by[undecided] != nil {
		holdsFor = content.ModelWord(holds)
	}
	note = fmt.Sprintf("The answer %s to the questions that refer to this note holds for %s: for the other %s this form covers (%s), the product data %s.",
		d.Answer, holdsFor, content.Plural(len(others), "model", "models"), content.AndList(others), content.AndList(gives))
	return content.AndList(parts), note
}
