package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// someModelsFact returns the fact a Yes or No of the models same (indexes
// into f.models) cites: d where its entry is on each of them, else the
// rule's fact from the entries every one of them has. TXCF-1 No for two
// monitors, one with Ethernet and one with Wi-Fi carrying PHI, cited the
// first monitor's Ethernet "on models B and W", which the second lacks.
// Where no shared entry gives the answer, each model's own fact (own,
// the rule asked of that model alone) is cited with the models it is
// theirs for, and, beside models the data do not decide it for (open),
// says so: eachModel is then true, and the text names the models itself.
func (f *mds2Facts) someModelsFact(rule derivation, d fact, same []int, own []fact, open []string) (fact, bool) {
	if e, ok := f.onModels(same).commonFact(rule, d); ok {
		return e, false
	}
	e := f.eachModelsOwn(same, own)
	if len(open) > 0 {
		e.Says += notDecidedFor(open)
	}
	return e, true
}

// eachModelsOwn is the fact citing each model's own (own, the rule asked
// of the model at[i], an index into f.models, alone), each with the
// models it is theirs for: "interfaces[2] … on model m1; interfaces[3] …
// on model m2".
func (f *mds2Facts) eachModelsOwn(at []int, own []fact) fact {
	type group struct {
		fact fact
		ids  []string
	}
	var groups []group
	for i, e := range own {
		id := f.p.Models[f.models[at[i]]].ID
		k := 0
		for k < len(groups) && groups[k].fact.Short() != e.Short() {
			k++
		}
		if k == len(groups) {
			groups = append(groups, group{fact: e})
		}
		groups[k].ids = append(groups[k].ids, id)
	}
	parts := make([]string, len(groups))
	for k, g := range groups {
		parts[k] = g.fact.Short() + " on " + content.ModelWord(g.ids)
	}
	e := groups[0].fact
	e.Says = strings.TrimPrefix(strings.Join(parts, "; "), e.Path+" ")
	return e
}

// notDecidedFor is the tail of a fact citing each model's own that names
// the models the data do not decide the answer for.
func notDecidedFor(open []string) string {
	return ", not decided for " + content.ModelWord(open)
}

// citesEachModel reports d citing each model's own fact beside models it
// leaves open (someModelsFact): its text already names the models.
func citesEachModel(d fact) bool {
	return len(d.Open) > 0 && strings.HasSuffix(d.Says, notDecidedFor(d.Open))
}

// onModels is f on the models ks (indexes into f.models) alone.
func (f *mds2Facts) onModels(ks []int) *mds2Facts {
	g := *f
	g.models = nil
	var ids []string
	for _, k := range ks {
		g.models = append(g.models, f.models[k])
		ids = append(ids, f.p.Models[f.models[k]].ID)
	}
	g.p.Product = f.p.Product.OnModels(ids)
	return &g
}
