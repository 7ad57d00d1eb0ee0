package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestNoAnswerNamesOnlyFactsNotStated: the error for a question without
// an answer named every key that decides it, also those the product
// states, so that "state ports, interfaces and parts" sent a user with
// ports written to write them again. It now names only those not
// stated; with every one stated, it says they do not decide the
// question and asks for the answer by hand.
func TestNoAnswerNamesOnlyFactsNotStated(t *testing.T) {
	cat := shippedCatalog(t)
	for _, tc := range []struct {
		name, id string
		setup    func(w *world)
		want     string   // in the error
		not      []string // keys the error must not name
	}{
		{"nothing stated", "SAHD-7", func(w *world) {},
			"or state the facts from which the form derives it, where they decide it (the README's table of derived answers says how): ports, interfaces and parts", nil},
		{"ports stated", "SAHD-7", func(w *world) { w.states("ports") },
			"(the README's table of derived answers says how): interfaces and parts", []string{"ports"}},
		{"all stated", "SAHD-7", func(w *world) { w.states("ports", "interfaces", "parts") },
			"; the facts the form derives it from are stated (ports, interfaces and parts) and do not decide it: answer it by hand in [mds2.answers]", []string{"or state"}},
		{"lists written", "SAHD-7", func(w *world) {
			w.p.Ports = []content.Port{port(443, "tcp", "in", "lan")}
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "phi")}
		}, "says how): parts", []string{"ports", "interfaces"}},
		{"a store without data", "PAUT-14", func(w *world) {
			w.p.DataStores = []content.DataStore{store("db", "phi"), {ID: "cache"}}
		}, "data_stores[].data", nil},
		{"every store with data", "PAUT-14", func(w *world) {
			w.p.DataStores = []content.DataStore{store("db", "phi")}
		}, "", []string{"data_stores[].data"}},
		{"site fact not stated", "DOC-9", func(w *world) {},
			"or state manufacturer.isao.member in the site file (true or false)", nil},
		{"site fact stated", "DOC-9", func(w *world) { w.site.Manufacturer.ISAO.Member = content.False },
			"; the fact the form derives it from is stated (manufacturer.isao.member in the site file) and does not decide it: answer it by hand", []string{"or state"}},
	} {
		w := newWorld()
		w.p.Models, w.p.Documents = nil, content.Documents{}
		tc.setup(w)
		msg := noAnswerErrorOf(t, cat, tc.id, w)
		hint := msg[strings.Index(msg, "[mds2.answers]")+len("[mds2.answers]"):]
		if !strings.Contains(msg, tc.want) {
			t.Errorf("%s: %s error %q, want it to say %q", tc.name, tc.id, hint, tc.want)
		}
		for _, k := range tc.not {
			if strings.Contains(hint, " "+k) {
				t.Errorf("%s: %s error %q names %q", tc.name, tc.id, hint, k)
			}
		}
	}
}
