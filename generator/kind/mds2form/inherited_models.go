package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Hand answers inherited across models. Answers pass from version to
// version in release order ([mds2.answers] are the first version's, a
// version's mds2_answers_changed are its own and its successors'), but a
// product's versions need not run on the same models (versions.models): a
// transport model's last release, 5.1, comes between 5.0 and 5.2 for the
// bedside models. An answer 5.1 wrote about the transport model ("no TLS")
// says nothing of the bedside models 5.2 runs on, and printed on 5.2's
// form it is false as often as true. The data cannot say which answer
// holds for those models, so the form gives none (or what the data
// derive) and check asks the manufacturer to answer for the version.

// foreignModels reports an answer g to question id that was written for
// a version whose models (versions.models) include none of the models
// the form covers, with the version and its models; "" when the answer
// is the form's own, was written for every model, or for some model the
// form covers.
func (r *mds2Resolver) foreignModels(id string) (string, []string) {
	if len(r.p.Versions) == 0 || len(r.facts.models) == 0 {
		return "", nil
	}
	from := r.p.MDS2.AnsweredIn(id)
	if from == "" {
		from = r.p.Versions[0].Version
	}
	if slices.Contains(r.facts.coveredVersionNames(), from) {
		return "", nil
	}
	k := slices.IndexFunc(r.p.Versions, func(v content.Version) bool { return v.Version == from })
	if k < 0 || len(r.p.Versions[k].Models) == 0 {
		return "", nil
	}
	for _, m := range r.facts.coveredModels() {
		if slices.Contains(r.p.Versions[k].Models, m.ID) {
			return "", nil
		}
	}
	return from, r.p.Versions[k].Models
}

// dropForeignModels removes from givens the yes/no answers written for
// other models only (foreignModels), reporting each as an error at the
// answer: the form then answers the question as if none were written
// (from the data, or the form's instruction), or leaves it blank, and
// no second error says it has no answer.
func (r *mds2Resolver) dropForeignModels(givens map[string]given) {
	ids := make([]string, 0, len(givens))
	for id := range givens {
		ids = append(ids, id)
	}
	mds2.SortIDs(ids)
	var covered []string
	for _, m := range r.facts.coveredModels() {
		covered = append(covered, m.ID)
	}
	self := content.AndList(r.facts.coveredVersionNames())
	at := "versions[].changes"
	if k := slices.IndexFunc(r.p.Versions, func(v content.Version) bool { return v.Version == r.p.VersionOf }); k >= 0 {
		at = fmt.Sprintf("versions[%d].changes", k)
	}
	for _, id := range ids {
		g := givens[id]
		if q, ok := r.cat.Lookup(id); !ok || q.Kind != mds2.KindYesNo {
			continue
		}
		from, models := r.foreignModels(id)
		if from == "" {
			continue
		}
		what := "answer " + g.answer.String()
		if g.answer == mds2.Unanswered {
			what = fmt.Sprintf("note %d", g.entry.Note)
		}
		r.errorf(g.path, "%s to %s was written for version %s, which runs on %s %s only (versions.models); the form of version %s covers %s %s, none of which runs %s, so the answer is not known to hold for them and the form leaves it out. Answer %s for version %s under %s.mds2_answers_changed, or drop it with %s.mds2_answers_removed = [%q] to let its data answer",
			what, id, from, content.Plural(len(models), "model", "models"), content.AndList(models), self, content.Plural(len(covered), "model", "models"), content.AndList(covered), from, id, self, at, at, id)
		delete(givens, id)
		r.refuse(id)
	}
}
