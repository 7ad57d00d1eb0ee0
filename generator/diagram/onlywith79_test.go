package diagram

import (
	"strings"
	"testing"
)

// TestViewsGiveThePersonalOnlyWithCondition: a flow that sends its PHI
// and PII only where an optional feature is used (personal_only_with)
// is listed beside the drawing with that condition after them, as the
// data-flow table gives it, and in the figure's text alternative too.
func TestViewsGiveThePersonalOnlyWithCondition(t *testing.T) {
	p := product(t, example(t), "dosewise")
	at := -1
	for i, f := range p.DataFlows {
		if f.Data.Personal() {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatal("the example has no flow of PHI or PII")
	}
	p.DataFlows[at].PersonalOnlyWith = "the ADT interface"
	id := p.DataFlows[at].ID
	v, _ := DataFlowDiagram(p)
	if v == nil {
		t.Fatal("no data-flow view")
	}
	var found bool
	for _, f := range v.Flows {
		if f.ID != id {
			continue
		}
		found = true
		if !strings.HasSuffix(f.Data, "(only when the ADT interface is used)") {
			t.Errorf("flow %s data %q: want its PHI and PII last with the condition", id, f.Data)
		}
	}
	if !found {
		t.Fatalf("flow %s is not drawn", id)
	}
	if !strings.Contains(v.Alt, "(only when the ADT interface is used)") {
		t.Errorf("alt text lacks the condition: %s", v.Alt)
	}
}
