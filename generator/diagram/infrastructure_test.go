package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// boxOf is the <rect> the SVG draws for the node whose label starts with
// line: the rect just before the label's first line.
func boxOf(t *testing.T, svg, line string) string {
	t.Helper()
	lines := strings.Split(svg, "\n")
	for i, l := range lines {
		if i > 0 && strings.HasSuffix(l, ">"+line+"</text>") && strings.HasPrefix(lines[i-1], "<rect ") {
			return lines[i-1]
		}
	}
	t.Fatalf("no box labelled %q in:\n%s", line, svg)
	return ""
}

func viewOf(t *testing.T, vs []View, kind string) View {
	t.Helper()
	for _, v := range vs {
		if v.Kind == kind {
			return v
		}
	}
	t.Fatalf("no %s view", kind)
	return View{}
}

// dockProduct is a meter dock that sends results to the hospital's data
// manager; infra makes the data manager a part of kind
// customer_infrastructure, else an outside system in that zone.
func dockProduct(infra bool) *content.Product {
	p := &content.Product{ID: "dock", Name: "Corrino GlucoDock",
		Parts: []content.Part{{ID: "dock", Name: "DB-20 dock", Runs: "device"}},
		DataFlows: []content.DataFlow{
			{ID: "DF-01", From: "dock", To: "Data manager", Data: content.DataKinds{"phi"}, Protection: "TLS"},
			{ID: "DF-02", From: "Data manager", To: "dock", Data: content.DataKinds{"software"}, Protection: "Signed"},
		}}
	if infra {
		p.Parts = append(p.Parts, content.Part{ID: "dm", Name: "Data manager", Runs: "customer_infrastructure"})
	} else {
		p.FlowEndpoints = []content.FlowEndpoint{{Name: "Data manager", Zone: "customer_infrastructure"}}
	}
	return p
}

const dashed = `stroke-dasharray="4 3"`

// TestCustomerInfrastructureNotPartOfProduct: a part the customer runs
// as its own infrastructure (a hospital's third-party data manager) is
// drawn as an outside system, in a dashed box, in every view; the legend
// and the global view's sentence say what it is rather than count it
// among the product's parts. The product's own parts stay solid.
func TestCustomerInfrastructureNotPartOfProduct(t *testing.T) {
	p := dockProduct(true)
	vs, _ := allViews(t, p)
	for _, v := range vs {
		svg := string(v.SVG())
		if box := boxOf(t, svg, "Data manager"); !strings.Contains(box, dashed) {
			t.Errorf("%s: the customer's data manager is drawn as a part of the product: %s", v.Kind, box)
		}
		if box := boxOf(t, svg, "DB-20 dock"); strings.Contains(box, dashed) {
			t.Errorf("%s: the dock, a part of the product, is drawn dashed: %s", v.Kind, box)
		}
		legend := strings.Join(v.Layout.Legend, " ")
		kindtest.SaysAll(t, v.Kind+" legend", legend, "Solid box: part of the product.",
			"Dashed box: system the product relies on that is not part of the product.")
		kindtest.SaysNone(t, v.Kind+" legend", legend, "a data flow names")
	}
	g := viewOf(t, vs, "global_system")
	if want := "The drawing shows every part of the product, every system of the customer's own that the product relies on, every outside system a data flow names, and every data flow, each in the trust zone the data gives for it."; g.Basis != want {
		t.Errorf("global view's sentence:\n got %q\nwant %q", g.Basis, want)
	}

	p.InHouse = true
	vs, _ = Views(p)
	kindtest.SaysAll(t, "in-house global view's sentence", viewOf(t, vs, "global_system").Basis, "every system of the hospital's own that the product relies on")
}

// TestCustomerInfrastructureBesideOutsideSystem: with an outside system
// in the same drawing, the one dashed box's legend covers both.
func TestCustomerInfrastructureBesideOutsideSystem(t *testing.T) {
	p := dockProduct(true)
	p.DataFlows = append(p.DataFlows, content.DataFlow{ID: "DF-03", From: "dm", To: "Hospital EHR", Data: content.DataKinds{"phi"}, Protection: "TLS"})
	vs, _ := Views(p)
	g := viewOf(t, vs, "global_system")
	kindtest.SaysAll(t, "legend", strings.Join(g.Layout.Legend, " "),
		"Dashed box: system, component, person or item a data flow names, or a system the product relies on that is not part of the product.")
	svg := string(g.SVG())
	for _, name := range []string{"Data manager", "Hospital EHR"} {
		if box := boxOf(t, svg, name); !strings.Contains(box, dashed) {
			t.Errorf("%s is not drawn dashed: %s", name, box)
		}
	}
}

// TestNoCustomerInfrastructureKeepsWording: a product whose data manager
// is an outside system, not a part, keeps the legend and the sentence
// that speak of parts and outside systems only.
func TestNoCustomerInfrastructureKeepsWording(t *testing.T) {
	vs, _ := Views(dockProduct(false))
	g := viewOf(t, vs, "global_system")
	if want := "The drawing shows every part of the product, every outside system a data flow names, and every data flow, each in the trust zone the data gives for it."; g.Basis != want {
		t.Errorf("global view's sentence:\n got %q\nwant %q", g.Basis, want)
	}
	legend := strings.Join(g.Layout.Legend, " ")
	kindtest.SaysAll(t, "legend", legend, "Solid box: part of the product. Dashed box: system, component, person or item a data flow names.")
	kindtest.SaysNone(t, "legend", legend, "relies on")
}

// TestGlucoDockDataManagerDrawnAsHospitals: the glucosedock fixture's
// point-of-care data manager, third-party software the hospital owns and
// runs, is not drawn as a part of the product; the meter and the dock are.
func TestGlucoDockDataManagerDrawnAsHospitals(t *testing.T) {
	c, diags := content.Load("../testdata/glucosedock/jspgen.toml", "../testdata/glucosedock/content")
	if c == nil || diags.Err() != nil {
		t.Fatalf("loading glucosedock: %v", diags)
	}
	vs, _ := Views(c.Products[0])
	for _, v := range vs {
		svg := string(v.SVG())
		if box := boxOf(t, svg, "Hospital point-of-care"); !strings.Contains(box, dashed) {
			t.Errorf("%s: the hospital's data manager is drawn as a part of the product: %s", v.Kind, box)
		}
		if box := boxOf(t, svg, "DB-20 dock"); strings.Contains(box, dashed) {
			t.Errorf("%s: the dock is drawn dashed: %s", v.Kind, box)
		}
	}
	kindtest.SaysAll(t, "global view's sentence", viewOf(t, vs, "global_system").Basis, "every system of the customer's own that the product relies on")
}

// rectRecorder records, for each text a Draw paints, whether the last
// box painted before it was dashed.
type rectRecorder struct {
	lastDashed bool
	dashedAt   map[string]bool
}

func (r *rectRecorder) Rect(_, _, _, _ float64, _, _ int, _ float64, dashed bool) {
	r.lastDashed = dashed
}
func (r *rectRecorder) Polyline([]float64, int, float64, bool) {}
func (r *rectRecorder) Polygon([]float64, int)                 {}
func (r *rectRecorder) Text(_, _ float64, s string, _ float64, _ bool, _, _ int) {
	if _, ok := r.dashedAt[s]; !ok {
		r.dashedAt[s] = r.lastDashed
	}
}
func (r *rectRecorder) TextWidth(s string, size float64, _ bool) float64 { return estWidth(s, size) }

// TestCustomerInfrastructureDashedInPDF: the PDF's drawing dashes the
// customer's own infrastructure as the SVG does.
func TestCustomerInfrastructureDashedInPDF(t *testing.T) {
	vs, _ := Views(dockProduct(true))
	r := &rectRecorder{dashedAt: map[string]bool{}}
	viewOf(t, vs, "global_system").Layout.Draw(r, 0, 0, 1)
	if !r.dashedAt["Data manager"] {
		t.Error("the PDF draws the customer's data manager as a part of the product (solid box)")
	}
	if r.dashedAt["DB-20 dock"] {
		t.Error("the PDF draws the dock, a part of the product, dashed")
	}
}
