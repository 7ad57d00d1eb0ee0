package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckAccountsListed: PAUT-4 No (not every default account listed)
// beside SGUD-3 Yes (every account described) is warned about, naming
// both (review 85, aed #1); other pairs are not.
func TestCheckAccountsListed(t *testing.T) {
	for _, tc := range []struct {
		name       string
		paut, sgud mds2.Answer
		want       string
	}{
		{"PAUT-4 No, SGUD-3 Yes", mds2.No, mds2.Yes, "the form answers PAUT-4 No (the documentation does not list every default account, service and administrator accounts included) and SGUD-3 Yes"},
		{"both No", mds2.No, mds2.No, ""},
		{"both Yes", mds2.Yes, mds2.Yes, ""},
		{"PAUT-4 Yes, SGUD-3 No", mds2.Yes, mds2.No, ""},
		{"PAUT-4 No, SGUD-3 not answered", mds2.No, mds2.Unanswered, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			r := &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p}, facts: w.facts()}
			final := map[string]mds2.Answer{"PAUT-4": tc.paut, "SGUD-3": tc.sgud}
			givens := map[string]given{}
			for id, a := range final {
				if a != mds2.Unanswered {
					givens[id] = given{entry: content.MDS2Answer{Answer: a.String()}, answer: a, path: "mds2.answers." + id}
				}
			}
			r.checkConsistency(final, givens)
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// TestCheckOutsideDatabase: a hand STCF-4 No (no data in a database
// outside the device) beside a store of PHI or PII on a part that is not
// on the device is warned about (review 85, aed #4): plainly where the
// store states database = true, as a question where it does not say; a
// store stating database = false, a store without PHI or PII, a store on
// the device, a product with no part on the device and a No with a note
// are not.
func TestCheckOutsideDatabase(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	withStore := func(part string, db content.Tri, data ...string) func(*world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "dev", Name: "AED", Runs: "device"}, {ID: "portal", Name: "ReadyNet portal", Runs: "manufacturer_hosted"}}
			d := store("readiness", data...)
			d.Part, d.Database = part, db
			w.p.DataStores = []content.DataStore{d}
		}
	}
	for _, tc := range []struct {
		name   string
		answer content.MDS2Answer
		setup  func(*world)
		want   string
	}{
		{"database true on the hosted portal", no, withStore("portal", content.True, "pii"),
			"answer No (no data stored in a database outside the device), but data_stores[0].database (content/p.toml:1) is true for readiness (readiness), a store of PII kept on the ReadyNet portal, hosted by the manufacturer, outside the device: that is data stored in a database outside the device"},
		{"database not stated on the hosted portal", no, withStore("portal", content.Unstated, "phi", "pii"),
			"is a store of PHI and PII kept on the ReadyNet portal, hosted by the manufacturer, outside the device, and does not state whether it is a database (database not written)"},
		{"database false", no, withStore("portal", content.False, "pii"), ""},
		{"no PHI or PII", no, withStore("portal", content.True, "logs"), ""},
		{"store on the device", no, withStore("dev", content.True, "phi"), ""},
		{"database true on a server the customer hosts", no, func(w *world) {
			withStore("portal", content.True, "phi")(w)
			w.p.Parts[1].Runs = "customer_hosted"
		}, "is true for readiness (readiness), a store of PHI kept on the ReadyNet portal"},
		{"database not stated on a server the customer hosts", no, func(w *world) {
			withStore("portal", content.Unstated, "phi")(w)
			w.p.Parts[1].Runs = "customer_hosted"
		}, ""},
		{"with a note", content.MDS2Answer{Answer: "no", Note: 1}, withStore("portal", content.True, "pii"), ""},
		{"no part on the device", no, func(w *world) {
			withStore("portal", content.True, "pii")(w)
			w.p.Parts = w.p.Parts[1:]
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			r := &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p}, facts: w.facts()}
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r.checkConsistency(map[string]mds2.Answer{"STCF-4": a}, map[string]given{"STCF-4": {entry: tc.answer, answer: a, path: "mds2.answers.STCF-4"}})
			wantWarning(t, r.diags, tc.want)
		})
	}
}
