package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestNeverUpdatedProductCSUP: a product whose only part is a patch whose
// firmware is never updated once made (field_updatable = false) takes no
// patch, remotely or automatically, and no software from its owner: the
// data answer CSUP-x.3, CSUP-x.4, CSUP-8 and CSUP-10 No, where the
// manufacturer had to answer them by hand, and a hand Yes is warned
// about. Beside a gateway that can be updated, or a patch that does not
// say, the data decide none of them.
func TestNeverUpdatedProductCSUP(t *testing.T) {
	ids := []string{"CSUP-2.3", "CSUP-3.3", "CSUP-4.3", "CSUP-5.3", "CSUP-6.3", "CSUP-2.4", "CSUP-3.4", "CSUP-4.4", "CSUP-5.4", "CSUP-6.4", "CSUP-8", "CSUP-10"}
	patch := content.Part{ID: "patch", Name: "Patch", Runs: "device", FieldUpdatable: content.False}
	server := content.Part{ID: "server", Name: "Server", Runs: "customer_infrastructure"}
	for _, tc := range []struct {
		name    string
		parts   []content.Part
		decides bool
	}{
		{"a never-updated patch", []content.Part{patch}, true},
		{"the patch beside the customer's own server", []content.Part{patch, server}, true},
		{"the patch beside a gateway", []content.Part{patch, {ID: "gw", Name: "Gateway", Runs: "device"}}, false},
		{"a patch that does not say", []content.Part{{ID: "patch", Name: "Patch", Runs: "device"}}, false},
	} {
		w := newWorld()
		w.p.Parts = tc.parts
		w.p.Interfaces = []content.Interface{{ID: "ble", Kind: "bluetooth", Name: "BLE", Part: "patch", Carries: dataKinds([]string{"phi"})}}
		derived := w.facts().derive()
		for _, id := range ids {
			d, ok := derived[id]
			switch {
			case tc.decides && (!ok || d.Answer != mds2.No || !strings.Contains(d.Says, "field_updatable = false")):
				t.Errorf("%s: %s = %v (%q), decided %v; want No from field_updatable", tc.name, id, d.Answer, d.Says, ok)
			case !tc.decides && ok:
				t.Errorf("%s: %s derived %v (%q), want nothing", tc.name, id, d.Answer, d.Says)
			}
		}
	}

	w := newWorld()
	w.p.Parts = []content.Part{patch}
	w.p.MDS2.Answers = map[string]content.MDS2Answer{"CSUP-8": {Answer: "yes"}}
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if msgs := strings.Join(diagLines(t, diags), "\n"); !strings.Contains(msgs, "CSUP-8") {
		t.Errorf("a hand CSUP-8 Yes for a product never updated: not reported:\n%s", msgs)
	}
}

// csupFixedRuleCases are the cases of the rules that answer for a product
// never updated once made (neverUpdated), for TestRules.
func csupFixedRuleCases() []ruleCase {
	patch := func(fixed content.Tri) func(*world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "patch", Name: "Patch", Runs: "device", FieldUpdatable: fixed}}
		}
	}
	var cases []ruleCase
	for _, id := range []string{"CSUP-2.4", "CSUP-3.4", "CSUP-4.4", "CSUP-5.4", "CSUP-6.4", "CSUP-8", "CSUP-10"} {
		cases = append(cases,
			ruleCase{id, "a patch never updated once made", patch(content.False), noBy("parts", "are each on the device with field_updatable = false")},
			ruleCase{id, "a patch that can be updated", patch(content.True), decidesNothing},
			ruleCase{id, "a patch that does not say", patch(content.Unstated), decidesNothing})
	}
	return cases
}
