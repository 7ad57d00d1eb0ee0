package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// servicedExo is a device of two parts whose only software comes from a
// field service laptop at the device (the exoskeleton fixture's DF-04
// and DF-05), plus, when hosted, a hosted update server's flow.
func servicedExo(hosted bool) *content.Product {
	p := &content.Product{ID: "exo", Name: "StrideCore",
		Parts:         []content.Part{{ID: "exo", Name: "StrideCore exoskeleton", Runs: "device"}, {ID: "tablet", Name: "StrideCore tablet", Runs: "device"}},
		FlowEndpoints: []content.FlowEndpoint{{Name: "Ambulon service laptop", Zone: "physical"}, {Name: "USB stick", Zone: "physical"}},
		DataFlows: []content.DataFlow{
			{ID: "DF-01", From: "tablet", To: "exo", Data: content.DataKinds{"therapy"}, Protection: "WPA2"},
			{ID: "DF-03", From: "tablet", To: "USB stick", Data: content.DataKinds{"phi"}, Protection: "PIN"},
			{ID: "DF-04", From: "Ambulon service laptop", To: "tablet", Data: content.DataKinds{"software"}, Protection: "On site"},
			{ID: "DF-05", From: "Ambulon service laptop", To: "exo", Data: content.DataKinds{"software"}, Protection: "On site"},
		}}
	if hosted {
		p.FlowEndpoints = append(p.FlowEndpoints, content.FlowEndpoint{Name: "Update server", Zone: "manufacturer_hosted"})
		p.DataFlows = append(p.DataFlows, content.DataFlow{ID: "DF-06", From: "Update server", To: "exo", Data: content.DataKinds{"software"}, Protection: "Signed"})
	}
	return p
}

// TestMultiPatientHarmNamesPhysicalSoftware: with no hosted sender, the
// multi-patient harm view is left out; its warning, the eSTAR's reason
// and the plan's sentence said only that no hosted flow exists ("None
// recorded." in the plan), as if nothing could reach many patients, while
// software comes to every unit from a field service laptop. They now say
// what the view covers and name the flows it did not assess; drawn (a
// hosted sender), the view says nothing of them.
func TestMultiPatientHarmNamesPhysicalSoftware(t *testing.T) {
	p := servicedExo(false)
	const flows = "the software flows DF-04 and DF-05 from the Ambulon service laptop (physical access)"
	_, diags := Views(p)
	warned := false
	for _, d := range diags {
		if strings.Contains(d.Message, "multi-patient harm view is left out") {
			warned = strings.Contains(d.Message, "it does not assess "+flows+": say in an [[architecture]] entry of kind multi_patient_harm whether such a sender serves many units")
			if !warned {
				t.Errorf("warning does not name the flows: %s", d.Message)
			}
		}
	}
	if !warned {
		t.Errorf("no warning of the view left out: %v", diags)
	}
	note := "The view does not assess " + flows + ": where such a sender serves many units, one compromise of it could reach many patients."
	if r := NotDrawnReason(p, "multi_patient_harm"); !strings.HasSuffix(r, " "+note) {
		t.Errorf("eSTAR reason: %q", r)
	}
	text := NoFleetViewText(p)
	if !strings.HasPrefix(text, "No multi-patient harm view is recorded. Drawn from the data alone, the view covers only the data flows in which a system hosted by the customer or by the manufacturer, such as a server or a cloud service, sends") ||
		!strings.HasSuffix(text, "alarms. It takes no flow from a sender with physical access to the device, such as a service laptop or a USB drive, and none of the product's other data flows is of its kind. "+note) {
		t.Errorf("plan text: %q", text)
	}
	// One flow: the singular.
	p.DataFlows = p.DataFlows[:3]
	if r := NotDrawnReason(p, "multi_patient_harm"); !strings.Contains(r, "the software flow DF-04 from the Ambulon service laptop (physical access):") {
		t.Errorf("one flow: %q", r)
	}
	// No software from the physical zone: as before.
	p.DataFlows = p.DataFlows[:2]
	if NoFleetViewText(p) != "" || strings.Contains(NotDrawnReason(p, "multi_patient_harm"), "does not assess") {
		t.Error("no physical software flow, yet the flows are named")
	}
	// The view drawn: the plan prints it, and no text for a missing one.
	if p := servicedExo(true); NoFleetViewText(p) != "" {
		t.Errorf("view drawn, yet %q", NoFleetViewText(p))
	}
}

// TestInstallersSkipSoftwareSource: "who installs updates on each part
// that receives software" listed a cloud service the manufacturer hosts
// because its interface carries software, which it only sends (the
// nicucam fixture's KinView Cloud). A part on the customer's side that
// passes software on (an app that sends the device its firmware) got it
// first, and a hosted part whose patching is written, or that a flow
// brings software to, stays listed.
func TestInstallersSkipSoftwareSource(t *testing.T) {
	for _, tc := range []struct {
		name     string
		runs     content.PartRuns
		patching string
		inbound  bool
		listed   bool
	}{
		{"hosted source", "manufacturer_hosted", "", false, false},
		{"hosted source, patching written", "manufacturer_hosted", "Brightcradle deploys each release.", false, true},
		{"hosted, software brought to it", "manufacturer_hosted", "", true, true},
		{"relay on the customer's phone", "customer_device", "", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{ID: "cam", Name: "KinView",
				Parts: []content.Part{{ID: "camera", Name: "KinView bedside camera", Runs: "device"},
					{ID: "cloud", Name: "KinView Cloud", Runs: tc.runs, Patching: tc.patching}},
				Interfaces: []content.Interface{{ID: "wifi", Kind: "wifi", Part: "camera", Name: "Wi-Fi", Carries: content.DataKinds{"software"}},
					{ID: "api", Kind: "api", Part: "cloud", Name: "Endpoints", Carries: content.DataKinds{"phi", "software"}}},
				FlowEndpoints: []content.FlowEndpoint{{Name: "Build system", Zone: "manufacturer_hosted"}},
				DataFlows:     []content.DataFlow{{ID: "DF-03", From: "cloud", To: "camera", Data: content.DataKinds{"software"}, Interface: "wifi", Protection: "TLS"}}}
			if tc.inbound {
				p.DataFlows = append(p.DataFlows, content.DataFlow{ID: "DF-09", From: "Build system", To: "cloud", Data: content.DataKinds{"software"}, Protection: "Signed"})
			}
			vs, _ := Views(p)
			var names []string
			for _, v := range vs {
				if v.Kind == "updatability" {
					for _, in := range v.Installers {
						names = append(names, in.Part)
					}
				}
			}
			got := strings.Contains(strings.Join(names, "|"), "KinView Cloud")
			if got != tc.listed || !strings.Contains(strings.Join(names, "|"), "KinView bedside camera") {
				t.Errorf("installers %v: cloud listed %t, want %t", names, got, tc.listed)
			}
		})
	}
}

// TestZoneLabelsSayWhere: "Physical access at the device" was drawn for a
// product with no part on a device (an app whose phone reads a
// wristband), and "Hosted by the customer" for software in the
// customer's cloud tenancy, which every document places there.
func TestZoneLabelsSayWhere(t *testing.T) {
	app := &content.Product{ID: "vt", Name: "VitaTap", Parts: []content.Part{{ID: "app", Name: "VitaTap app", Runs: "customer_device", HostKinds: []string{"phone"}}}}
	if got := zoneLabel(app, "physical"); got != "Physical access" {
		t.Errorf("no device part: %q", got)
	}
	dev := &content.Product{ID: "exo", Name: "StrideCore", Parts: []content.Part{{ID: "exo", Name: "Exoskeleton", Runs: "device"}}}
	if got := zoneLabel(dev, "physical"); got != "Physical access at the device" {
		t.Errorf("device part: %q", got)
	}
	if got := zoneLabel(&content.Product{ID: "spot", Name: "Spot"}, "physical"); got != "Physical access at the device" {
		t.Errorf("implicit device part: %q", got)
	}
	cloud := &content.Product{ID: "hx", Name: "Helixa", Parts: []content.Part{{ID: "deploy", Name: "Helixa deployment", Runs: "customer_hosted", Hosting: "cloud_tenancy"},
		{ID: "bucket", Name: "Laboratory S3 bucket", Runs: "customer_infrastructure"}}}
	if got := zoneLabel(cloud, "customer_hosted"); got != "Hosted by the customer, in its own cloud tenancy" {
		t.Errorf("tenancy: %q", got)
	}
	cloud.Parts = append(cloud.Parts, content.Part{ID: "gw", Name: "Gateway", Runs: "customer_hosted"})
	if got := zoneLabel(cloud, "customer_hosted"); got != "Hosted by the customer" {
		t.Errorf("tenancy and a server of its own: %q", got)
	}
}
