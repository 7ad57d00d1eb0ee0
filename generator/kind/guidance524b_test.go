package kind_test

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestGuidanceFor524B: a document lists section 524B among the guidance
// it follows only for a cyber device; where the data do not say, only the
// documents that state the determination themselves (as not stated) list
// it, the CSD not.
func TestGuidanceFor524B(t *testing.T) {
	// Whether the document states the determination itself
	// (Document.StatesCyberDevice), by document.
	const plan, risk, estar, csd = true, true, true, false
	unstated := content.Unstated
	yes, no := content.TriOf(true), content.TriOf(false)
	for _, c := range []struct {
		name    string
		states  bool
		applies content.Tri
		medical content.Tri
		markets []string
		want    bool
	}{
		{"csd, cyber device", csd, yes, unstated, nil, true},
		{"csd, not stated", csd, unstated, unstated, nil, false},
		{"csd, not a cyber device", csd, no, unstated, nil, false},
		{"plan, cyber device", plan, yes, unstated, nil, true},
		{"plan, not stated", plan, unstated, unstated, nil, true},
		{"plan, not a cyber device", plan, no, unstated, nil, false},
		{"risk report, not stated", risk, unstated, unstated, nil, true},
		{"risk report, not a cyber device", risk, no, unstated, nil, false},
		{"estar, not stated", estar, unstated, unstated, nil, true},
		{"estar, not a cyber device", estar, no, unstated, nil, false},
		{"plan, not a medical device", plan, unstated, no, nil, false},
		{"csd, cyber device not marketed in the US", csd, yes, unstated, []string{"eu"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &content.Product{MedicalDevice: c.medical, Markets: c.markets}
			p.CyberDevice.Applies = c.applies
			d := kind.DocumentData{Site: &content.Site{}, Product: p, StatesCyberDevice: c.states}
			list, err := d.GuidanceFor("fda-premarket", "524b")
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(list, func(g content.Guidance) bool { return g.ID == "524b" })
			if got != c.want {
				t.Errorf("lists 524b: %v, want %v (%v)", got, c.want, list)
			}
		})
	}
}
