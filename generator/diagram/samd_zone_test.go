package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestDeviceWithoutPartsZone: a device that lists no [[parts]] has its
// implicit part drawn on the device, whatever samd says short of true (a
// SaMD or health IT without parts does not build: content's parts error).
func TestDeviceWithoutPartsZone(t *testing.T) {
	for _, samd := range []content.Tri{content.Unstated, content.False} {
		p := &content.Product{ID: "spot", Name: "Larchmere Spot", SaMD: samd,
			DataFlows: []content.DataFlow{{ID: "DF-01", From: content.DevicePartID, To: "Hospital interface engine", Data: content.DataKinds{"phi"}, Protection: "TLS"}}}
		v, _ := DataFlowDiagram(p)
		if v == nil {
			t.Fatal("no data-flow diagram")
		}
		if !strings.Contains(v.Alt, "On the device: Larchmere Spot") {
			t.Errorf("samd %s: alt does not say on the device: %s", samd, v.Alt)
		}
		if !strings.Contains(string(v.SVG()), ">On the device<") {
			t.Errorf("samd %s: SVG has no \"On the device\" frame", samd)
		}
	}
}

// TestDeviceWithoutPartsFleet: software a hosted server sends to the
// implicit part of a device that lists no parts reaches its patients: the
// multi-patient harm view draws the flow.
func TestDeviceWithoutPartsFleet(t *testing.T) {
	for _, samd := range []content.Tri{content.False, content.Unstated} {
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
