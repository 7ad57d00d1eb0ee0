package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestSaMDWithoutPartsZone: software as a medical device that lists no
// [[parts]] has no device of its own, so its implicit part is drawn in no
// trust zone; it was drawn "On the device" (REPORT-submission A6). A
// device that lists no parts keeps its part on the device.
func TestSaMDWithoutPartsZone(t *testing.T) {
	for _, tc := range []struct {
		name     string
		samd     content.Tri
		medical  content.Tri
		onDevice bool
	}{
		{"samd", content.True, content.Unstated, false},
		{"not a medical device", content.Unstated, content.False, false},
		{"device, samd unstated", content.Unstated, content.Unstated, true},
		{"device, samd false", content.False, content.Unstated, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{ID: "spot", Name: "Larchmere Spot", SaMD: tc.samd, MedicalDevice: tc.medical,
				DataFlows: []content.DataFlow{{ID: "DF-01", From: content.DevicePartID, To: "Hospital interface engine", Data: content.DataKinds{"phi"}, Protection: "TLS"}}}
			v, _ := DataFlowDiagram(p)
			if v == nil {
				t.Fatal("no data-flow diagram")
			}
			if got := strings.Contains(v.Alt, "On the device: Larchmere Spot"); got != tc.onDevice {
				t.Errorf("alt says on the device = %t, want %t: %s", got, tc.onDevice, v.Alt)
			}
			if !tc.onDevice && !strings.Contains(v.Alt, "Zone not stated in the data: Larchmere Spot") {
				t.Errorf("the product is not drawn in the unstated zone: %s", v.Alt)
			}
			if got := strings.Contains(string(v.SVG()), ">On the device<"); got != tc.onDevice {
				t.Errorf("SVG has an \"On the device\" frame = %t, want %t", got, tc.onDevice)
			}
		})
	}
}

// TestSaMDWithoutPartsFleet: software a hosted server sends to the
// implicit part of a SaMD that lists no parts reaches its patients as it
// does a device's, though the part is in no trust zone: the multi-patient
// harm view still draws the flow.
func TestSaMDWithoutPartsFleet(t *testing.T) {
	for _, samd := range []content.Tri{content.True, content.Unstated} {
		p := &content.Product{ID: "spot", Name: "Larchmere Spot", SaMD: samd,
			FlowEndpoints: []content.FlowEndpoint{{Name: "Update server", Zone: "manufacturer_hosted"}},
			DataFlows:     []content.DataFlow{{ID: "DF-01", From: "Update server", To: content.DevicePartID, Data: content.DataKinds{"software"}, Protection: "Signed"}}}
		vs, _ := Views(p)
		found := false
		for _, v := range vs {
			if v.Kind == "multi_patient_harm" {
				found = strings.Contains(v.Alt, "DF-01")
			}
		}
		if !found {
			t.Errorf("samd %s: the multi-patient harm view does not draw the update server's software flow", samd)
		}
	}
}
