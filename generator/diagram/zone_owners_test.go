package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

func loadFixture(t *testing.T, name string) *content.Product {
	t.Helper()
	c, diags := content.Load("../testdata/"+name+"/jspgen.toml", "../testdata/"+name+"/content")
	if c == nil || diags.Err() != nil {
		t.Fatalf("loading %s: %v", name, diags)
	}
	return c.Products[0]
}

// TestOwnersFramedApart: prosthetichand's Kestrel Fit runs on the
// clinic's own tablet and Kestrel Go on the user's own phone; one frame
// "On the customer's or patients' own devices" said no trust boundary
// lies between them.
func TestOwnersFramedApart(t *testing.T) {
	p := loadFixture(t, "prosthetichand")
	v, _ := DataFlowDiagram(p)
	if v == nil {
		t.Fatal("no data-flow diagram")
	}
	for _, want := range []string{"On the customer's own tablet: Kestrel Fit.", "On a patient's or caregiver's own phone: Kestrel Go."} {
		if !strings.Contains(v.Alt, want) {
			t.Errorf("alt lacks %q: %s", want, v.Alt)
		}
	}
	if strings.Contains(v.Alt, "or patients' own devices") {
		t.Errorf("one frame for both owners: %s", v.Alt)
	}
}

// TestNoStoresBasis: a product that states no data_stores draws none;
// "shows every … data store" read as nothing stored.
func TestNoStoresBasis(t *testing.T) {
	v, _ := DataFlowDiagram(loadFixture(t, "prosthetichand"))
	if !strings.Contains(v.Basis, "Data at rest is not stated, so no data store is drawn.") || strings.Contains(v.Basis, "data store and data flow") {
		t.Errorf("basis: %s", v.Basis)
	}
}

// TestCustomerTabletFleetNote: DF-01 and DF-02 go from Kestrel Fit, on
// the clinic's own tablet, to every hand it fits; the plan said "None
// recorded." and the warning read as if no such path existed.
func TestCustomerTabletFleetNote(t *testing.T) {
	p := loadFixture(t, "prosthetichand")
	if got := NoFleetViewText(p); !strings.Contains(got, "The view does not assess the flows DF-01 and DF-02 from Kestrel Fit, on a tablet the customer owns") {
		t.Errorf("plan text: %q", got)
	}
	_, diags := Views(p)
	found := false
	for _, d := range diags {
		found = found || strings.Contains(d.Message, "multi-patient harm view is left out") && strings.Contains(d.Message, "it does not assess the flows DF-01 and DF-02 from Kestrel Fit")
	}
	if !found {
		t.Errorf("no warning names DF-01 and DF-02: %v", diags)
	}
}

// TestNoFlowsFleetWarningNamesEntry: hyperbaric writes no data flows; the
// warning named only the flows, though an [[architecture]] entry of the
// kind is shown without them.
func TestNoFlowsFleetWarningNamesEntry(t *testing.T) {
	_, diags := Views(loadFixture(t, "hyperbaric"))
	for _, d := range diags {
		if strings.Contains(d.Message, "multi-patient harm view is left out") {
			if !strings.Contains(d.Message, "the product lists no data flows (data_flows), and no [[architecture]] entry of kind multi_patient_harm is written (its text would be shown without data flows)") {
				t.Errorf("warning: %s", d.Message)
			}
			return
		}
	}
	t.Error("no multi-patient harm warning")
}

// TestFleetLeftOutNoContradiction: the plan (and the eSTAR's reason)
// said the view covers flows from "a part or system hosted by the
// customer" sending configuration or software "and the product data has
// no such flow", then named DF-01 and DF-02, configuration and software
// from the clinic's own tablet to every hand. They now say which senders
// the view does not take, not that no such flow exists.
func TestFleetLeftOutNoContradiction(t *testing.T) {
	p := loadFixture(t, "prosthetichand")
	for name, got := range map[string]string{"plan": NoFleetViewText(p), "eSTAR": NotDrawnReason(p, "multi_patient_harm")} {
		if strings.Contains(got, "no such flow") {
			t.Errorf("%s says no such flow beside the flows it names: %q", name, got)
		}
		if !strings.Contains(got, "takes no flow from the customer's own phones, tablets or computers, and none of the product's other data flows is of its kind") ||
			!strings.Contains(got, "DF-01 and DF-02 from Kestrel Fit, on a tablet the customer owns") {
			t.Errorf("%s: %q", name, got)
		}
	}
}
