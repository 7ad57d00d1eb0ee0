package diagram

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestMultiPatientLeftOutSaysWhatToWrite: where the data flows are written
// and none carries therapy data, configuration or software toward the
// product's parts (healthit: a console's configuration written only as
// flowing out of the engine), the warning that leaves the multi-patient
// harm view out says what to write: the missing flow, or an
// [[architecture]] entry of the kind without a diagram.
func TestMultiPatientLeftOutSaysWhatToWrite(t *testing.T) {
	p := product(t, example(t), "dosewise")
	p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
	p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints), content.FlowEndpoint{Name: "Analyst's web browser", Zone: "customer_infrastructure"})
	p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cloud", To: "Analyst's web browser", Data: content.DataKinds{"configuration", "phi"}, Protection: "TLS"}}
	_, diags := Views(p)
	i := slices.IndexFunc(diags, func(d content.Diagnostic) bool {
		return strings.Contains(d.Message, "multi-patient harm view is left out")
	})
	if i < 0 {
		t.Fatalf("no multi-patient warning: %v", diags)
	}
	for _, want := range []string{
		"if such a flow exists but is not written, add it to data_flows (the view is drawn from it)",
		"in an [[architecture]] entry of kind multi_patient_harm with no_diagram = true",
	} {
		if !strings.Contains(diags[i].Message, want) {
			t.Errorf("warning %q\nwant it to say %q", diags[i].Message, want)
		}
	}
}
