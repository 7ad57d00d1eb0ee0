package diagram

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// fleetBasis is the multi-patient harm view's caption drawn from the
// data alone for p, "" when none is drawn.
func fleetBasis(t *testing.T, p *content.Product) string {
	t.Helper()
	p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
	vs, _ := Views(p)
	if i := slices.IndexFunc(vs, func(v View) bool { return v.Kind == "multi_patient_harm" }); i >= 0 {
		return vs[i].Basis
	}
	return ""
}

// TestFleetClaimOtherMakersDevice: another maker's CT scanner cabled to
// one injector (customer_infrastructure, related_system with a maker)
// was said to reach "every device or installation connected to it"; the
// data do not say it serves more than one unit.
func TestFleetClaimOtherMakersDevice(t *testing.T) {
	p := product(t, example(t), "dosewise")
	p.Parts = append(slices.Clone(p.Parts), content.Part{ID: "ctl", Name: "Control unit", Runs: "device"})
	p.RelatedSystems = append(slices.Clone(p.RelatedSystems), content.RelatedSystem{ID: "ct", Name: "CT scanner", Kind: "other", Maker: "Veltrane Imaging GmbH"})
	p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints), content.FlowEndpoint{Name: "CT scanner", Zone: "customer_infrastructure", RelatedSystem: "ct"})
	p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "CT scanner", To: "ctl", Data: content.DataKinds{"therapy"}, Protection: "Not stated."}}
	basis := fleetBasis(t, p)
	if strings.Contains(basis, "every device or installation connected to it") {
		t.Errorf("another maker's device said to serve a fleet: %q", basis)
	}
	want := ": one compromise of such a system can reach every patient treated with the units it sends to, one after another. The CT scanner (made by Veltrane Imaging GmbH) is another maker's system the customer runs; whether it serves more than one unit of the product is not stated."
	if !strings.HasSuffix(basis, want) {
		t.Errorf("caption: %q", basis)
	}
	// A server of the customer's own, no related system: the fleet claim.
	p.FlowEndpoints[len(p.FlowEndpoints)-1].RelatedSystem = ""
	if basis := fleetBasis(t, p); !strings.HasSuffix(basis, ": such a system reaches every device or installation connected to it, so one compromise of it can reach many patients.") {
		t.Errorf("hosted server: %q", basis)
	}
}

// TestFleetThirdPartyNote: a telecom's network server that feeds the
// cloud and a messaging provider that passes on alarms serve many
// installations too, yet the view (hosted systems only) left them out
// silently; a PDF a third party only receives from the product is not
// named.
func TestFleetThirdPartyNote(t *testing.T) {
	p := product(t, example(t), "dosewise")
	p.Parts = append(slices.Clone(p.Parts), content.Part{ID: "cloud", Name: "FrostGuard Cloud", Runs: "manufacturer_hosted"})
	p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints),
		content.FlowEndpoint{Name: "LoRaWAN network server", Zone: "third_party"},
		content.FlowEndpoint{Name: "Tellwave messaging service", Zone: "third_party"},
		content.FlowEndpoint{Name: "Staff mobile phones"},
		content.FlowEndpoint{Name: "Recipient", Zone: "third_party"})
	p.DataFlows = []content.DataFlow{
		{ID: "DF-03", From: "LoRaWAN network server", To: "cloud", Data: content.DataKinds{"process_records"}, Protection: "TLS"},
		{ID: "DF-05", From: "cloud", To: "Tellwave messaging service", Data: content.DataKinds{"alarms", "pii"}, Protection: "TLS"},
		{ID: "DF-06", From: "Tellwave messaging service", To: "Staff mobile phones", Data: content.DataKinds{"alarms"}, Protection: "SMS"},
		{ID: "DF-07", From: "cloud", To: "Recipient", Data: content.DataKinds{"phi"}, Protection: "TLS"},
	}
	basis := fleetBasis(t, p)
	want := " The view does not draw the flows DF-03 of the LoRaWAN network server and DF-06 of the Tellwave messaging service, systems a third party runs: it takes only systems hosted by the customer or by the manufacturer, and whether a third party's system serves many units, so that one compromise or outage of it could reach many patients, is not assessed here."
	if !strings.HasSuffix(basis, want) {
		t.Errorf("caption: %q", basis)
	}
}

// TestCustomerDevicesZonePlural: a watch app (no host_kinds: a watch is
// none of the kinds) and a phone app run on two devices; the zone that
// frames both said "device".
func TestCustomerDevicesZonePlural(t *testing.T) {
	p := product(t, example(t), "dosewise")
	p.Parts = []content.Part{
		{ID: "watch", Name: "Watch app", Runs: "customer_device"},
		{ID: "phone", Name: "Phone app", Runs: "customer_device", HostKinds: []string{"phone"}},
	}
	if l := zoneLabel(p, "customer_device"); !strings.HasSuffix(l, " devices") {
		t.Errorf("two devices: %q", l)
	}
	// Both on phones: the label names the kind, as before.
	p.Parts[0].HostKinds = []string{"phone"}
	if l := zoneLabel(p, "customer_device"); strings.HasSuffix(l, "devices") {
		t.Errorf("both on phones: %q", l)
	}
	// One part: as before.
	p.Parts = p.Parts[1:]
	p.Parts[0].HostKinds = nil
	if l := zoneLabel(p, "customer_device"); strings.HasSuffix(l, "devices") {
		t.Errorf("one part: %q", l)
	}
}
