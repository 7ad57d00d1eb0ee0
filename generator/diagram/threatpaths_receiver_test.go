package diagram

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestThreatPathViewAtReceiver: a threat whose path names a flow right
// after that flow's receiver (an attacker at the receiving end) gets a
// drawing that says so, not that the flow is attacked on the way, and
// does not share the drawing of a threat that attacks the same flow on
// the way.
func TestThreatPathViewAtReceiver(t *testing.T) {
	p := product(t, example(t), "halcyon-lvp7")
	cur := p.At(p.Versions[len(p.Versions)-1].Version)
	var to string
	for _, f := range cur.DataFlows {
		if f.ID == "DF-03" {
			to = f.To
		}
	}
	if to == "" {
		t.Fatal("the example has no DF-03")
	}
	for i := range cur.Threats {
		if cur.Threats[i].ID == "T-14" {
			cur.Threats[i].Path = []string{to, "DF-03"}
		}
	}
	views, _ := ThreatPathViews(cur)
	byTitle := map[string]View{}
	for _, v := range views {
		byTitle[v.Title] = v
	}
	t14, ok := byTitle["Attack path of T-14"]
	if !ok {
		t.Fatalf("T-14 shares a drawing with T-03, which attacks DF-03 on the way; drawings: %v", slices.Sorted(maps.Keys(byTitle)))
	}
	if b := t14.Basis; !strings.Contains(b, "DF-03 is attacked at its receiver, Halcyon Connect") || !strings.Contains(b, "gets what the flow delivers") || strings.Contains(b, "on the way") {
		t.Errorf("T-14 basis %q: want DF-03 attacked at its receiver, not on the way", b)
	}
	if b := byTitle["Attack path of T-03"].Basis; !strings.Contains(b, "DF-03 is attacked on the way") || strings.Contains(b, "receiver") {
		t.Errorf("T-03 basis %q: want DF-03 attacked on the way", b)
	}
}
