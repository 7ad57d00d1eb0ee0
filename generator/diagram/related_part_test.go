package diagram

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// homeMachine is a home device that uploads treatment records to the
// manufacturer's cloud portal and takes prescriptions and updates from
// it; related makes the portal a [[related_systems]] entry's part (a
// product of its own the device relies on), else a part of the product.
func homeMachine(related bool) *content.Product {
	p := &content.Product{ID: "hhd", Name: "Solace Home Hemodialysis System",
		Parts: []content.Part{
			{ID: "machine", Name: "Solace machine", Runs: "device"},
			{ID: "cloud", Name: "Solace Connect", Runs: "manufacturer_hosted"},
		},
		DataFlows: []content.DataFlow{
			{ID: "DF-01", From: "machine", To: "cloud", Data: content.DataKinds{"phi"}, Protection: "TLS"},
			{ID: "DF-02", From: "cloud", To: "machine", Data: content.DataKinds{"therapy"}, Protection: "TLS"},
			{ID: "DF-03", From: "cloud", To: "machine", Data: content.DataKinds{"software"}, Protection: "Signed"},
		}}
	if related {
		p.RelatedSystems = []content.RelatedSystem{{ID: "connect", Name: "Solace Connect", Kind: "cloud_service", Part: "cloud"}}
	}
	return p
}

// TestRelatedSystemPartDrawnAsPart: the part a related system names
// (the manufacturer's portal) is a part of the product, as the CSD's
// related systems and the plan's scope call it: it is drawn solid like
// the device in every view, in the SVG and in the PDF, no legend says it
// is not part of the product, and the global view's sentence names it
// among the parts as the related system it is.
func TestRelatedSystemPartDrawnAsPart(t *testing.T) {
	vs, _ := allViews(t, homeMachine(true))
	if len(vs) < 4 {
		t.Fatalf("%d views drawn, want the global, multi-patient harm, updatability views and the data-flow diagram", len(vs))
	}
	for _, v := range vs {
		svg := string(v.SVG())
		for _, name := range []string{"Solace Connect", "Solace machine"} {
			if box := boxOf(t, svg, name); strings.Contains(box, dashed) {
				t.Errorf("%s: %s, a part of the product, is drawn dashed: %s", v.Kind, name, box)
			}
		}
		legend := strings.Join(v.Layout.Legend, " ")
		kindtest.SaysAll(t, v.Kind+" legend", legend, "Solid box: part of the product.")
		kindtest.SaysNone(t, v.Kind+" legend", legend, "not part of the product", "related system", "Dashed box")

		r := &rectRecorder{dashedAt: map[string]bool{}}
		v.Layout.Draw(r, 0, 0, 1)
		if r.dashedAt["Solace Connect"] || r.dashedAt["Solace machine"] {
			t.Errorf("%s: the PDF draws a part of the product dashed", v.Kind)
		}
	}
	g := viewOf(t, vs, "global_system")
	if want := "The drawing shows every part of the product (among them Solace Connect, a related system of the manufacturer's), every outside system a data flow names, and every data flow, each in the trust zone the data gives for it."; g.Basis != want {
		t.Errorf("global view's sentence:\n got %q\nwant %q", g.Basis, want)
	}
}

// TestPartNotRelatedStaysSolid: the same portal as a part of the product
// (no related system names it) stays a solid box, and neither the legend
// nor the sentence speaks of a related system.
func TestPartNotRelatedStaysSolid(t *testing.T) {
	vs, _ := allViews(t, homeMachine(false))
	for _, v := range vs {
		if box := boxOf(t, string(v.SVG()), "Solace Connect"); strings.Contains(box, dashed) {
			t.Errorf("%s: the portal, a part of the product, is drawn dashed: %s", v.Kind, box)
		}
		kindtest.SaysNone(t, v.Kind+" legend", strings.Join(v.Layout.Legend, " "), "related system", "Dashed box")
	}
	if want := "The drawing shows every part of the product, every outside system a data flow names, and every data flow, each in the trust zone the data gives for it."; viewOf(t, vs, "global_system").Basis != want {
		t.Errorf("global view's sentence:\n got %q\nwant %q", viewOf(t, vs, "global_system").Basis, want)
	}
}

// TestRelatedPartsBesideOthers: the legend's dashed box covers an
// outside system and the customer's own infrastructure, not related
// systems' parts, which are solid parts of the product; the sentence
// names two related systems in one list, and a part the customer runs as
// its own infrastructure stays the customer's even where a related system
// names it.
func TestRelatedPartsBesideOthers(t *testing.T) {
	p := homeMachine(true)
	p.Parts = append(p.Parts,
		content.Part{ID: "licence", Name: "Licence server", Runs: "manufacturer_hosted"},
		content.Part{ID: "dm", Name: "Data manager", Runs: "customer_infrastructure"})
	p.RelatedSystems = append(p.RelatedSystems,
		content.RelatedSystem{ID: "lic", Name: "Licence server", Kind: "cloud_service", Part: "licence"},
		content.RelatedSystem{ID: "dm", Name: "Data manager", Kind: "other", Part: "dm"})
	p.DataFlows = append(p.DataFlows,
		content.DataFlow{ID: "DF-04", From: "machine", To: "licence", Data: content.DataKinds{"configuration"}, Protection: "TLS"},
		content.DataFlow{ID: "DF-05", From: "machine", To: "dm", Data: content.DataKinds{"phi"}, Protection: "TLS"},
		content.DataFlow{ID: "DF-06", From: "dm", To: "Hospital EHR", Data: content.DataKinds{"phi"}, Protection: "TLS"})
	vs, _ := Views(p)
	g := viewOf(t, vs, "global_system")
	kindtest.SaysAll(t, "legend", strings.Join(g.Layout.Legend, " "),
		"Solid box: part of the product.",
		"Dashed box: system, component, person or item a data flow names, or a system the product relies on that is not part of the product.")
	kindtest.SaysNone(t, "legend", strings.Join(g.Layout.Legend, " "), "related system")
	if want := "The drawing shows every part of the product (among them Solace Connect and the Licence server, related systems of the manufacturer's), every system of the customer's own that the product relies on, every outside system a data flow names, and every data flow, each in the trust zone the data gives for it."; g.Basis != want {
		t.Errorf("global view's sentence:\n got %q\nwant %q", g.Basis, want)
	}
	svg := string(g.SVG())
	for _, name := range []string{"Solace Connect", "Licence server"} {
		if box := boxOf(t, svg, name); strings.Contains(box, dashed) {
			t.Errorf("%s, a part of the product, is drawn dashed: %s", name, box)
		}
	}
	for _, name := range []string{"Data manager", "Hospital EHR"} {
		if box := boxOf(t, svg, name); !strings.Contains(box, dashed) {
			t.Errorf("%s is not drawn dashed: %s", name, box)
		}
	}
}

// TestRelatedPartInHouseKeepsItsName: an in-house device's sentence
// speaks of the hospital, but a related system's name keeps its words.
func TestRelatedPartInHouseKeepsItsName(t *testing.T) {
	p := homeMachine(true)
	p.InHouse = true
	p.Parts[1].Name = "Customer portal"
	p.Parts = append(p.Parts, content.Part{ID: "dm", Name: "Data manager", Runs: "customer_infrastructure"})
	p.DataFlows = append(p.DataFlows, content.DataFlow{ID: "DF-04", From: "machine", To: "dm", Data: content.DataKinds{"phi"}, Protection: "TLS"})
	vs, _ := Views(p)
	kindtest.SaysAll(t, "in-house global view's sentence", viewOf(t, vs, "global_system").Basis,
		"every part of the product (among them the Customer portal, a related system of the manufacturer's), every system of the hospital's own that the product relies on")
}

// TestRelatedPartKeepsFleetSelection: naming a part as a related
// system's leaves the flows the multi-patient harm and updatability views
// select as they were for it as a part: the support console's
// configuration of the manufacturer's portal and of its licence server
// (which passes nothing on) both stay in the multi-patient harm view.
func TestRelatedPartKeepsFleetSelection(t *testing.T) {
	flows := func(related bool) map[string][]string {
		p := homeMachine(related)
		p.Parts = append(p.Parts, content.Part{ID: "licence", Name: "Licence server", Runs: "manufacturer_hosted"})
		if related {
			p.RelatedSystems = append(p.RelatedSystems, content.RelatedSystem{ID: "lic", Name: "Licence server", Kind: "cloud_service", Part: "licence"})
		}
		p.FlowEndpoints = []content.FlowEndpoint{{Name: "Support console", Zone: "manufacturer_hosted"}}
		p.DataFlows = append(p.DataFlows,
			content.DataFlow{ID: "DF-04", From: "Support console", To: "cloud", Data: content.DataKinds{"configuration"}, Protection: "TLS"},
			content.DataFlow{ID: "DF-05", From: "Support console", To: "licence", Data: content.DataKinds{"configuration"}, Protection: "TLS"})
		vs, _ := Views(p)
		out := map[string][]string{}
		for _, v := range vs {
			for _, f := range v.Flows {
				out[v.Kind] = append(out[v.Kind], f.ID)
			}
		}
		return out
	}
	part, related := flows(false), flows(true)
	for _, k := range []string{"global_system", "multi_patient_harm", "updatability"} {
		if !slices.Equal(part[k], related[k]) {
			t.Errorf("%s: flows %v as a part, %v as a related system's part", k, part[k], related[k])
		}
	}
	for _, id := range []string{"DF-04", "DF-05"} {
		if !slices.Contains(related["multi_patient_harm"], id) {
			t.Errorf("multi-patient harm view: %v, want %s (the support console configures a system the manufacturer hosts for every machine)", related["multi_patient_harm"], id)
		}
	}
}

// TestHomeDialysisSolaceConnectDrawnAsPart: the homedialysis fixture's
// Solace Connect, the part its related system names, is drawn solid in
// every view, as the machine is, no legend says it is not part of the
// product, and the global view's sentence names it among the parts as a
// related system.
func TestHomeDialysisSolaceConnectDrawnAsPart(t *testing.T) {
	c, diags := content.Load("../testdata/homedialysis/jspgen.toml", "../testdata/homedialysis/content")
	if c == nil || diags.Err() != nil {
		t.Fatalf("loading homedialysis: %v", diags)
	}
	vs, _ := allViews(t, c.Products[0])
	for _, v := range vs {
		svg := string(v.SVG())
		if !strings.Contains(svg, ">Solace Connect</text>") {
			continue // an attack path that does not pass through it
		}
		if box := boxOf(t, svg, "Solace Connect"); strings.Contains(box, dashed) {
			t.Errorf("%s: Solace Connect, a part of the product, is drawn dashed: %s", v.Kind, box)
		}
		legend := strings.Join(v.Layout.Legend, " ")
		kindtest.SaysAll(t, v.Kind+" legend", legend, "Solid box: part of the product.")
		kindtest.SaysNone(t, v.Kind+" legend", legend, "related system", "not part of the product")
	}
	g := viewOf(t, vs, "global_system")
	if box := boxOf(t, string(g.SVG()), "Solace machine"); strings.Contains(box, dashed) {
		t.Errorf("the machine is drawn dashed: %s", box)
	}
	kindtest.SaysAll(t, "global view's sentence", g.Basis,
		"every part of the product (among them Solace Connect, a related system of the manufacturer's)")
	kindtest.SaysNone(t, "global view's sentence", g.Basis, "not part of the product")
}
