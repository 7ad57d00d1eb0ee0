package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestYieldedAnswerSaysWhatTheDataGive: the manufacturer's answer that
// replaces a derived answer which yields (fact.Yields) says what the data
// give and that the manufacturer's answer stands in its place; with a
// note, it overrides the derived answer as an explained override does.
// fhirapi: MPII-3.5 "No" in place of the host-link N/A showed no basis
// (REPORT-fhirapi #1).
func TestYieldedAnswerSaysWhatTheDataGive(t *testing.T) {
	cat := shippedCatalog(t)
	q, ok := cat.Lookup("MPII-3.5")
	if !ok {
		t.Fatal("MPII-3.5 is not a question of the form")
	}
	na := fact{Answer: mds2.NA, Path: "parts", Says: "lists no part that runs on the device", Yields: true, Denies: mds2.Unanswered}
	for _, c := range []struct {
		note      int
		overrides bool
		why       string
	}{
		{0, false, "The manufacturer's answer; it stands in place of N/A, which the product data give: parts lists no part"},
		{2, true, "The manufacturer's answer, explained in Note 2; it overrides N/A, which the product data give: parts lists no part"},
	} {
		r := newResolver(newWorld())
		g := given{entry: content.MDS2Answer{Answer: "no", Note: c.note}, answer: mds2.No, path: "mds2.answers.MPII-3.5"}
		row := r.resolve(q, map[string]fact{"MPII-3.5": na}, map[string]given{"MPII-3.5": g}, map[string]mds2.Answer{})
		if row.Answer != mds2.No || row.Basis != mds2.BasisAnswered || row.Overrides() != c.overrides || !strings.HasPrefix(row.Why(), c.why) {
			t.Errorf("note %d: answer %s, basis %s, overrides %t, why %q; want No, answered, overrides %t, why starting %q", c.note, row.Answer, row.Basis, row.Overrides(), row.Why(), c.overrides, c.why)
		}
	}
}
