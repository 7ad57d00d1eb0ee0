package diagram

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// kinds lists the kinds of the views drawn.
func kinds(vs []View) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Kind)
	}
	return out
}

// TestViewsLeftOutName what is missing: a view with too little data is
// not drawn, and the warning says which data would draw it.
func TestViewsLeftOut(t *testing.T) {
	base := func() *content.Product {
		p := product(t, example(t), "dosewise")
		return p
	}
	t.Run("no flows", func(t *testing.T) {
		p := base()
		p.DataFlows = nil
		vs, diags := Views(p)
		if len(vs) != 0 {
			t.Errorf("views drawn without flows: %v", kinds(vs))
		}
		if !slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
			return d.Severity == content.Warning && strings.Contains(d.Message, "global system view's drawing is left out (its text is shown)") && strings.Contains(d.Message, "data_flows")
		}) {
			t.Errorf("no warning naming data_flows: %v", diags)
		}
		if v, d := DataFlowDiagram(p); v != nil || len(d) == 0 {
			t.Errorf("data-flow diagram without flows: %v, %v", v, d)
		}
	})
	t.Run("no software flow", func(t *testing.T) {
		p := base()
		p.DataFlows = slices.DeleteFunc(slices.Clone(p.DataFlows), func(f content.DataFlow) bool { return slices.Contains(f.Data, "software") })
		vs, diags := Views(p)
		if slices.Contains(kinds(vs), "updatability") {
			t.Error("updatability view drawn without a software flow")
		}
		if !slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
			return d.Path == "architecture[2]" && strings.Contains(d.Message, "no data flow carries software")
		}) {
			t.Errorf("no warning at architecture[2]: %v", diags)
		}
	})
	t.Run("software flow present", func(t *testing.T) {
		vs, _ := Views(base())
		if !slices.Contains(kinds(vs), "updatability") {
			t.Errorf("updatability view not drawn: %v", kinds(vs))
		}
	})
	t.Run("multi-patient harm needs a hosted sender", func(t *testing.T) {
		p := base()
		// Only a flow from a third party's system: nothing the customer
		// or the manufacturer runs sends therapy data, configuration or
		// software.
		p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints), content.FlowEndpoint{Name: "Another maker's cloud", Zone: "third_party"})
		p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "Another maker's cloud", To: "gateway", Data: content.DataKinds{"therapy"}, Interface: "gw-nic", Protection: "TLS"}}
		vs, diags := Views(p)
		if slices.Contains(kinds(vs), "multi_patient_harm") {
			t.Error("multi-patient harm view drawn without a hosted sender")
		}
		if !slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
			return strings.Contains(d.Message, "multi-patient harm view's drawing is left out (its text is shown)") && strings.Contains(d.Message, "no_diagram = true")
		}) {
			t.Errorf("no warning: %v", diags)
		}
		p.DataFlows[0].From, p.DataFlows[0].To = "cloud", "gateway"
		if vs, _ := Views(p); !slices.Contains(kinds(vs), "multi_patient_harm") {
			t.Errorf("multi-patient harm view not drawn for a cloud sending therapy data: %v", kinds(vs))
		}
	})
}

// TestMultiPatientHarmAlarms: a flow that carries alarms into or out of
// a system hosted by the customer (its own infrastructure included) or
// the manufacturer is drawn in the multi-patient harm view, and the
// caption then says so; alarms between systems nobody hosts for many
// devices (a third party's service, an app on the customer's own phone)
// are not.
func TestMultiPatientHarmAlarms(t *testing.T) {
	for _, tc := range []struct {
		name     string
		from, to string
		data     content.DataKinds
		drawn    bool
	}{
		{"alarms into a hosted part", "Hospital interface engine", "gateway", content.DataKinds{"alarms"}, true},
		{"alarms out of a hosted part", "gateway", "workstation", content.DataKinds{"alarms", "phi"}, true},
		{"alarms passed on by the customer's interface engine", "Hospital interface engine", "workstation", content.DataKinds{"alarms"}, true},
		{"alarms from a third party's service to an app on the customer's phone", "Another maker's cloud", "app", content.DataKinds{"alarms"}, false},
		{"PHI into a hosted part", "Hospital interface engine", "gateway", content.DataKinds{"phi"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(t, example(t), "dosewise")
			p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
			p.Parts = append(slices.Clone(p.Parts), content.Part{ID: "app", Name: "Dosewise app", Runs: "customer_device"})
			p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints), content.FlowEndpoint{Name: "Another maker's cloud", Zone: "third_party"})
			p.DataFlows = []content.DataFlow{{ID: "DF-01", From: tc.from, To: tc.to, Data: tc.data, Protection: "TLS"}}
			vs, _ := Views(p)
			i := slices.IndexFunc(vs, func(v View) bool { return v.Kind == "multi_patient_harm" })
			if got := i >= 0; got != tc.drawn {
				t.Fatalf("multi-patient harm view drawn = %v, want %v", got, tc.drawn)
			}
			if i >= 0 && !strings.Contains(vs[i].Basis, "or receives or passes on alarms") {
				t.Errorf("the caption does not say the view draws alarm flows: %q", vs[i].Basis)
			}
		})
	}
	// Without an alarm flow the caption stays as it was.
	p := product(t, example(t), "dosewise")
	p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
	p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cloud", To: "gateway", Data: content.DataKinds{"therapy"}, Protection: "TLS"}}
	vs, _ := Views(p)
	for _, v := range vs {
		if v.Kind == "multi_patient_harm" && strings.Contains(v.Basis, "alarms") {
			t.Errorf("caption names alarms with no alarm flow drawn: %q", v.Basis)
		}
	}
}

// TestMultiPatientHarmReceiver: a flow of therapy data, configuration or
// software from a hosted system is drawn when it goes toward what acts
// on patients (the device, a part of the product on the customer's
// side, the manufacturer's own service configured from within, a
// customer's system that installs the software, or a system that passes
// such data on to one of these), and not when it is an upload to a
// manufacturer-hosted sink or goes to a person's browser. Before, every
// such flow from a hosted system was drawn: the dispensing fixture's
// upload to the manufacturer's remote-support portal and the health-IT
// fixture's analyst's browser among them.
func TestMultiPatientHarmReceiver(t *testing.T) {
	endpoints := []content.FlowEndpoint{
		{Name: "Infusion pump", Zone: "device"},
		{Name: "Drug-library server", Zone: "customer_hosted"},
		{Name: "Hospital cluster", Zone: "customer_infrastructure"},
		{Name: "Analyst's web browser", Zone: "customer_infrastructure"},
		{Name: "Physician web browser", Zone: "third_party"},
		{Name: "Licence server", Zone: "manufacturer_hosted"},
		{Name: "Support workstation", Zone: "manufacturer_hosted"},
	}
	flow := func(id, from, to string, data ...content.DataKind) content.DataFlow {
		return content.DataFlow{ID: id, From: from, To: to, Data: data, Protection: "TLS"}
	}
	for _, tc := range []struct {
		name  string
		flows []content.DataFlow
		drawn []string // the flows the view draws; none: no view
	}{
		// drawn
		{"to a pump in the device", []content.DataFlow{flow("DF-01", "gateway", "Infusion pump", "therapy")}, []string{"DF-01"}},
		{"to the on-premise gateway, a part on the customer's side", []content.DataFlow{flow("DF-01", "cloud", "gateway", "software", "configuration")}, []string{"DF-01"}},
		{"to an app on a patient's phone", []content.DataFlow{flow("DF-01", "cloud", "app", "therapy")}, []string{"DF-01"}},
		{"to the clinical workstations, a part in the customer's infrastructure", []content.DataFlow{flow("DF-01", "cloud", "workstation", "therapy", "phi")}, []string{"DF-01"}},
		{"through a customer's server that passes it on to the pumps", []content.DataFlow{
			flow("DF-01", "cloud", "Drug-library server", "configuration"),
			flow("DF-02", "Drug-library server", "Infusion pump", "configuration"),
		}, []string{"DF-01", "DF-02"}},
		{"software to the customer's cluster, which installs it", []content.DataFlow{flow("DF-01", "cloud", "Hospital cluster", "software")}, []string{"DF-01"}},
		{"the manufacturer's support workstation configures its cloud service", []content.DataFlow{flow("DF-01", "Support workstation", "cloud", "configuration")}, []string{"DF-01"}},
		{"an upload to a cloud that passes therapy data on to the workstations", []content.DataFlow{
			flow("DF-01", "gateway", "cloud", "therapy", "phi"),
			flow("DF-02", "cloud", "workstation", "therapy"),
		}, []string{"DF-01", "DF-02"}},
		// not drawn
		{"an upload to a manufacturer-hosted part that passes nothing on", []content.DataFlow{flow("DF-01", "gateway", "cloud", "configuration", "logs", "phi")}, nil},
		{"an upload to the manufacturer's licence server", []content.DataFlow{flow("DF-01", "gateway", "Licence server", "configuration")}, nil},
		{"to an analyst's browser", []content.DataFlow{flow("DF-01", "gateway", "Analyst's web browser", "configuration", "phi")}, nil},
		{"configuration to the customer's cluster, not software", []content.DataFlow{flow("DF-01", "cloud", "Hospital cluster", "configuration")}, nil},
		{"to a browser that only sends configuration back to the sender", []content.DataFlow{
			flow("DF-01", "cloud", "Physician web browser", "therapy", "phi"),
			flow("DF-02", "Physician web browser", "cloud", "configuration"),
			flow("DF-03", "cloud", "Infusion pump", "configuration"),
		}, []string{"DF-03"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(t, example(t), "dosewise")
			p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
			p.Parts = append(slices.Clone(p.Parts), content.Part{ID: "app", Name: "Dosewise app", Runs: "customer_device"})
			p.FlowEndpoints = append(slices.Clone(p.FlowEndpoints), endpoints...)
			p.DataFlows = tc.flows
			vs, diags := Views(p)
			var drawn []string
			if i := slices.IndexFunc(vs, func(v View) bool { return v.Kind == "multi_patient_harm" }); i >= 0 {
				for _, f := range vs[i].Flows {
					drawn = append(drawn, f.ID)
				}
			}
			if !slices.Equal(drawn, tc.drawn) {
				t.Errorf("drawn %v, want %v", drawn, tc.drawn)
			}
			if len(tc.drawn) == 0 && !slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
				return strings.Contains(d.Message, "multi-patient harm view is left out") && strings.Contains(d.Message, "toward the product's own parts or the systems that run them, directly or through another system, or alarms to or from one")
			}) {
				t.Errorf("no warning saying which flows the view lacks: %v", diags)
			}
		})
	}
}

// TestHandDrawnWins: an image or no_diagram on a view's entry stops its
// generated diagram, and only that one.
func TestHandDrawnWins(t *testing.T) {
	for _, tc := range []struct {
		name  string
		set   func(*content.View)
		drawn bool
	}{
		{"generated", func(*content.View) {}, true},
		{"image", func(v *content.View) { v.Image, v.Alt = "diagrams/network.png", "The network." }, false},
		{"no_diagram", func(v *content.View) { v.NoDiagram = true }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(t, example(t), "dosewise")
			p.Architecture = slices.Clone(p.Architecture)
			tc.set(&p.Architecture[0]) // the global system view
			vs, _ := Views(p)
			if got := slices.Contains(kinds(vs), "global_system"); got != tc.drawn {
				t.Errorf("global view drawn = %v, want %v", got, tc.drawn)
			}
			if !slices.Contains(kinds(vs), "multi_patient_harm") {
				t.Error("the other views must still be drawn")
			}
		})
	}
	p := product(t, example(t), "dosewise")
	p.Architecture = slices.Clone(p.Architecture)
	p.Architecture[0].Image = "diagrams/network.png"
	if _, diags := Views(p); !slices.ContainsFunc(diags, func(d content.Diagnostic) bool { return d.Path == "architecture[0].alt" }) {
		t.Errorf("no warning for an image without alt: %v", diags)
	}
}

// TestUnknownEndpointsAndParts: flow_endpoints naming an unknown part is
// reported at its key.
func TestFlowEndpointUnknownPart(t *testing.T) {
	p := product(t, example(t), "dosewise")
	p.FlowEndpoints = []content.FlowEndpoint{{Name: "Hospital interface engine", Part: "nope"}}
	_, diags := Views(p)
	if !slices.ContainsFunc(diags, func(d content.Diagnostic) bool { return d.Path == "flow_endpoints[0].part" }) {
		t.Errorf("no warning at flow_endpoints[0].part: %v", diags)
	}
}

// TestPlaceSynthetic lays out many generated scenes: boxes never overlap
// and every edge meets its boxes, whatever the graph.
func TestPlaceSynthetic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	zoneIDs := []string{"a", "b", "c", "d"}
	for i := range 200 {
		var s Scene
		for _, z := range zoneIDs[:1+r.IntN(len(zoneIDs))] {
			s.Zones = append(s.Zones, Zone{ID: z, Label: "Zone " + z, Framed: true})
		}
		n := 1 + r.IntN(8)
		for j := range n {
			nd := Node{ID: fmt.Sprint("n", j), Label: strings.Repeat("word ", 1+r.IntN(6)), Zone: s.Zones[r.IntN(len(s.Zones))].ID, Kind: NodeKind(r.IntN(3))}
			if nd.Kind == Store {
				for k := range r.IntN(4) {
					nd.Items = append(nd.Items, strings.Repeat("item ", 1+k*2))
				}
			}
			s.Nodes = append(s.Nodes, nd)
		}
		for j := range r.IntN(12) {
			a, b := r.IntN(n), r.IntN(n)
			if a == b {
				continue
			}
			s.Edges = append(s.Edges, Edge{ID: fmt.Sprint("e", j), From: s.Nodes[a].ID, To: s.Nodes[b].ID, Label: fmt.Sprint("DF-", j)})
		}
		l, err := Place(s)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprint("scene ", i)
		for a, x := range l.Nodes {
			for _, y := range l.Nodes[a+1:] {
				if x.Overlaps(y.Rect) {
					t.Errorf("%s: nodes %s and %s overlap", name, x.ID, y.ID)
				}
			}
		}
		box := map[string]Rect{}
		for _, x := range l.Nodes {
			box[x.ID] = x.Rect
			// Every line, its descenders too, stays inside the box.
			if last := nodeBaseline(x, len(x.Lines)-1); last+4 > x.Y+x.H {
				t.Errorf("%s: node %s's last line (baseline %.1f) leaves its box (bottom %.1f)", name, x.ID, last, x.Y+x.H)
			}
			if want := len(wrap(x.Label, wrapAt)); len(x.Items) > 0 && len(x.Lines) <= want {
				t.Errorf("%s: node %s lists none of its %d items", name, x.ID, len(x.Items))
			}
		}
		for _, e := range l.Edges {
			if !box[e.From].OnBorder(e.Points[0]) || !box[e.To].OnBorder(e.Points[len(e.Points)-1]) {
				t.Errorf("%s: edge %s does not meet its boxes", name, e.ID)
			}
		}
	}
}

// TestPlaceRejectsUnknownNode: a scene naming a node it lacks is a bug in
// its builder, reported rather than drawn.
func TestPlaceRejectsUnknownNode(t *testing.T) {
	s := Scene{Zones: []Zone{{ID: "z"}}, Nodes: []Node{{ID: "a", Zone: "z"}}, Edges: []Edge{{ID: "e", From: "a", To: "b"}}}
	if _, err := Place(s); err == nil {
		t.Error("no error for an edge to an unknown node")
	}
	s = Scene{Zones: []Zone{{ID: "z"}}, Nodes: []Node{{ID: "a", Zone: "y"}}}
	if _, err := Place(s); err == nil {
		t.Error("no error for a node in an unknown zone")
	}
}

// TestSVGHasNoScript: the SVG carries its title and text alternative and
// nothing that runs.
func TestSVGSafe(t *testing.T) {
	p := product(t, example(t), "halcyon-lvp7")
	vs, _ := Views(p)
	for _, v := range vs {
		svg := string(v.SVG())
		if !strings.Contains(svg, "<title id=\"title\">") || !strings.Contains(svg, "<desc id=\"desc\">") {
			t.Errorf("%s: no title or desc", v.File)
		}
		kindtest.SaysNone(t, v.File, strings.ToLower(svg), "<script", "onload", "javascript:", "href=")
	}
}

// TestMultiPatientHarmCaptionInHouse: the caption says whose the hosted
// systems are in the product's words: "hosted by the customer" for a
// marketed product, the hospital that makes and runs an in-house one.
func TestMultiPatientHarmCaptionInHouse(t *testing.T) {
	for _, tc := range []struct {
		inHouse   bool
		from      string
		data      content.DataKinds
		want, not string
	}{
		{false, "cloud", content.DataKinds{"therapy"}, "hosted by the customer or by the manufacturer sends therapy data", "hospital"},
		{true, "cloud", content.DataKinds{"therapy"}, "hosted by the hospital or by the manufacturer sends therapy data", "customer"},
		{false, "cloud", content.DataKinds{"therapy"}, "sends therapy data, configuration or software toward the product's own parts or the systems that run them, directly or through another system: such a system reaches", "hospital"},
		{true, "cloud", content.DataKinds{"therapy"}, "sends therapy data, configuration or software toward the product's own parts or the systems that run them, directly or through another system: such a system reaches", "customer"},
		{false, "Hospital interface engine", content.DataKinds{"alarms"}, "hosted by the customer or by the manufacturer sends therapy data, configuration or software toward the product's own parts or the systems that run them, directly or through another system, or receives or passes on alarms: such a system serves", "hospital"},
		{true, "Hospital interface engine", content.DataKinds{"alarms"}, "hosted by the hospital or by the manufacturer sends therapy data, configuration or software toward the product's own parts or the systems that run them, directly or through another system, or receives or passes on alarms: such a system serves", "customer"},
	} {
		p := product(t, example(t), "dosewise")
		p.InHouse = tc.inHouse
		p.Architecture = slices.DeleteFunc(slices.Clone(p.Architecture), func(v content.View) bool { return v.Kind == "multi_patient_harm" })
		p.DataFlows = []content.DataFlow{{ID: "DF-01", From: tc.from, To: "gateway", Data: tc.data, Protection: "TLS"}}
		vs, _ := Views(p)
		i := slices.IndexFunc(vs, func(v View) bool { return v.Kind == "multi_patient_harm" })
		if i < 0 {
			t.Fatalf("in_house %v, %v: no multi-patient harm view", tc.inHouse, tc.data)
		}
		if b := vs[i].Basis; !strings.Contains(b, tc.want) || strings.Contains(b, tc.not) {
			t.Errorf("in_house %v, %v: caption %q; want it to say %q and not %q", tc.inHouse, tc.data, b, tc.want, tc.not)
		}
	}
}
