package diagram

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestMultiPatientHarmSenderZone: a system the customer or the
// manufacturer runs for many devices sends therapy data, configuration
// or software toward the product's parts, and the multi-patient harm
// view draws the flow whatever that system's zone among them: a server
// the customer hosts for the product, the manufacturer's service, or
// the customer's own infrastructure (a hospital's treatment planning
// system sending RT plans to the linac's treatment management server,
// the path of the linac fixture's critical threat, which the view left
// out). A system that serves no fleet (an app on a phone the customer
// owns, a third party's service, a person at the device) is not drawn.
func TestMultiPatientHarmSenderZone(t *testing.T) {
	for _, tc := range []struct {
		zone  string
		drawn bool
	}{
		{"customer_hosted", true},
		{"manufacturer_hosted", true},
		{"customer_infrastructure", true},
		{"customer_device", false},
		{"third_party", false},
		{"physical", false},
	} {
		t.Run(tc.zone, func(t *testing.T) {
			p := product(t, example(t), "dosewise")
			p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
			p.Parts = append(slices.Clone(p.Parts), content.Part{ID: "tms", Name: "Treatment management server", Runs: "device"})
			p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints), content.FlowEndpoint{Name: "Treatment planning system", Zone: tc.zone})
			p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "Treatment planning system", To: "tms", Data: content.DataKinds{"phi", "pii", "configuration"}, Protection: "TLS"}}
			vs, _ := Views(p)
			var drawn []string
			if i := slices.IndexFunc(vs, func(v View) bool { return v.Kind == "multi_patient_harm" }); i >= 0 {
				for _, f := range vs[i].Flows {
					drawn = append(drawn, f.ID)
				}
			}
			if got := slices.Equal(drawn, []string{"DF-01"}); got != tc.drawn {
				t.Errorf("a sender in %s: drawn %v, want drawn = %v", tc.zone, drawn, tc.drawn)
			}
		})
	}
}
