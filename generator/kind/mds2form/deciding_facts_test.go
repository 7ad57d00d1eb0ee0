package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// noAnswerError resolves question id of the shipped form with nothing
// derived and nothing answered, of a product that states none of the
// models and document control facts a world has (the error names only
// facts not stated), and returns the error it gives.
func noAnswerError(t *testing.T, cat *mds2.Catalog, id string) string {
	t.Helper()
	w := newWorld()
	w.p.Models, w.p.Documents = nil, content.Documents{}
	return noAnswerErrorOf(t, cat, id, w)
}

// noAnswerErrorOf is noAnswerError of the product of w.
func noAnswerErrorOf(t *testing.T, cat *mds2.Catalog, id string, w *world) string {
	t.Helper()
	q, ok := cat.Lookup(id)
	if !ok {
		t.Fatalf("%s is not a question of the form", id)
	}
	r := newResolver(w)
	r.resolve(q, map[string]fact{}, map[string]given{}, map[string]mds2.Answer{})
	lines := diagLines(t, r.diags)
	if len(lines) != 1 || !strings.Contains(lines[0], id+" has no answer") {
		t.Fatalf("diagnostics %q, want one warning that %s has no answer", lines, id)
	}
	return lines[0]
}

// TestNoAnswerNamesTheDecidingFacts: the error for a question a rule of
// mds2Derivations would derive names the facts (keys) from which it
// would, as the rule's From names them, so the user may state a fact
// instead of answering by hand. A rule whose From names no key fails
// here.
func TestNoAnswerNamesTheDecidingFacts(t *testing.T) {
	cat := shippedCatalog(t)
	for _, d := range mds2Derivations {
		if _, ok := cat.Lookup(d.ID); !ok {
			continue // JSP-VER, JSP-MODELS: jspgen's own rows, always derived
		}
		msg := noAnswerError(t, cat, d.ID)
		_, hint, ok := strings.Cut(msg, "; or state ")
		if !ok {
			t.Errorf("%s: the error names no fact that would decide it: %s", d.ID, msg)
			continue
		}
		named := 0
		for _, f := range decidingFacts(d) {
			if strings.Contains(hint, f.key) {
				named++
			}
		}
		if named == 0 {
			t.Errorf("%s: the error names none of the keys of its rule: %s", d.ID, msg)
		}
	}
}

// TestNoAnswerNamesTheFactReviewed: the facts a reviewer stated, one
// each, to have these questions derived (mds2derived's review, finding
// 4), are the ones their errors name.
func TestNoAnswerNamesTheFactReviewed(t *testing.T) {
	cat := shippedCatalog(t)
	for id, key := range map[string]string{
		"DOC-9":   "manufacturer.isao.member in the site file (true or false)",
		"DOC-11":  "samd",
		"PLOK-1":  "samd",
		"SAHD-2":  "certifications",
		"CONN-4":  "cloud.services",
		"CONN-6":  "cloud.services",
		"AUDT-2":  "logging.events",
		"PAUT-14": "data_stores[].data",
		"RDMP-1":  "spdf.frameworks",
		"RDMP-2":  "suppliers.components_evaluated (true or false)",
		"RDMP-4":  "suppliers.end_of_life_planned (true or false)",
		"RMOT-2":  "remote_service.telemetry",
		"RMOT-3":  "remote_service.other_functions",
		"DOC-6":   "intended_use",
	} {
		if msg := noAnswerError(t, cat, id); !strings.Contains(msg, "or state ") || !strings.Contains(msg, key) {
			t.Errorf("%s: the error does not name %s: %s", id, key, msg)
		}
	}
}

// TestNoAnswerNamesNoFactWhereNoRuleDerives: a question no rule derives
// (AUDT-1: a log's facts do not say whose it is) is answered by hand
// only; its error names no fact. A yes/no fact that decides one answer
// only (logging.siem.supported: Yes only) is not offered as the answer
// itself.
func TestNoAnswerNamesNoFactWhereNoRuleDerives(t *testing.T) {
	cat := shippedCatalog(t)
	for _, id := range []string{"AUDT-1", "ALOF-1", "SBOM-4"} {
		if msg := noAnswerError(t, cat, id); strings.Contains(msg, "or state") {
			t.Errorf("%s: no rule derives it, but the error names a fact: %s", id, msg)
		}
	}
	if msg := noAnswerError(t, cat, "AUDT-5"); !strings.Contains(msg, "logging.siem.supported") || strings.Contains(msg, "true or false") {
		t.Errorf("AUDT-5: want logging.siem.supported named as deciding it where it does, not as the answer: %s", msg)
	}
}

// TestDecidingFactsAreKeys: the keys the phrases of a rule's From stand
// for are keys of the content model (a renamed key would otherwise drop
// out of the errors unnoticed), and the prose words are keys (else the
// list is stale).
func TestDecidingFactsAreKeys(t *testing.T) {
	paths := keyPaths()
	for _, pk := range phraseKeys {
		for _, k := range pk.keys {
			if _, ok := paths[strings.ReplaceAll(k, "[]", "")]; !ok {
				t.Errorf("phrase %q stands for %q, which is no key", pk.phrase, k)
			}
		}
	}
	for _, k := range proseKeys {
		if _, ok := paths[k]; !ok {
			t.Errorf("prose word %q is no key", k)
		}
	}
	for _, d := range mds2Derivations {
		for _, f := range decidingFacts(d) {
			if _, ok := paths[strings.ReplaceAll(f.key, "[]", "")]; !ok {
				t.Errorf("%s names %q, which is no key", d.ID, f.key)
			}
		}
	}
}
