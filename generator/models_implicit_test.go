package generator

import (
	"strings"
	"testing"
)

// TestModelsImplicitTPSPlanning: testdata/tpsplanning writes no
// [[models]] (treatment-planning software sold as one thing). Its CSD
// must not say "This document covers model Isodose Plan", its notice
// must print no model table nor a Models column, and its lifecycle page
// no Models column: there is no model list to state.
func TestModelsImplicitTPSPlanning(t *testing.T) {
	read := buildFixture(t, "tpsplanning")
	csd := read("isodose-plan/csd.md")
	if strings.Contains(csd, "covers model") {
		t.Errorf("CSD names a model: %q", firstLineWith(csd, "covers model"))
	}
	notice := read("isodose-plan/notices/eos-11.2.md")
	for _, bad := range []string{"| Model | Name | Description |", "and models", "All models", "| Version | Models |"} {
		if strings.Contains(notice, bad) {
			t.Errorf("notice has %q: %q", bad, firstLineWith(notice, bad))
		}
	}
	if !strings.Contains(notice, "the product data list no separate models") {
		t.Errorf("notice does not say the product has no separate models")
	}
	life := read("isodose-plan/lifecycle.md")
	if strings.Contains(life, "| Version | Models |") {
		t.Errorf("lifecycle page has a Models column")
	}
}

func firstLineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}
