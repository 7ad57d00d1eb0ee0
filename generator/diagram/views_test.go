package diagram

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

var update = flag.Bool("update", false, "rewrite testdata/ from the example content")

// example loads the repository's example content.
func example(t *testing.T) *content.Content {
	t.Helper()
	c, diags := content.Load("../../jspgen.toml", "../../content")
	if c == nil || diags.Err() != nil {
		t.Fatalf("loading the example: %v", diags)
	}
	return c
}

func product(t *testing.T, c *content.Content, id string) *content.Product {
	t.Helper()
	for _, p := range c.Products {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no product %s", id)
	return nil
}

// allViews is every generated view of a product, the data-flow diagram
// last, and every diagnostic.
func allViews(t *testing.T, p *content.Product) ([]View, content.Diagnostics) {
	t.Helper()
	vs, diags := Views(p)
	dfd, d2 := DataFlowDiagram(p)
	if dfd != nil {
		vs = append(vs, *dfd)
	}
	return vs, append(diags, d2...)
}

// TestGoldenSVG compares every example view's SVG with testdata/.
func TestGoldenSVG(t *testing.T) {
	c := example(t)
	for _, id := range []string{"halcyon-lvp7", "dosewise"} {
		vs, diags := allViews(t, product(t, c, id))
		for _, d := range diags {
			t.Errorf("%s: example not clean: %s", id, d)
		}
		if len(vs) < 4 {
			t.Errorf("%s: %d views drawn, want at least the global, multi-patient harm, updatability views and the data-flow diagram", id, len(vs))
		}
		for _, v := range vs {
			name := filepath.Join("testdata", id, filepath.Base(v.File))
			got := v.SVG()
			if *update {
				if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/diagram -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", name, diff)
			}
		}
	}
}

// TestDeterministic: two runs give the same bytes.
func TestDeterministic(t *testing.T) {
	c := example(t)
	for _, id := range []string{"halcyon-lvp7", "dosewise"} {
		a, _ := allViews(t, product(t, c, id))
		b, _ := allViews(t, product(t, c, id))
		for i := range a {
			if !bytes.Equal(a[i].SVG(), b[i].SVG()) {
				t.Errorf("%s %s: two runs differ", id, a[i].File)
			}
		}
	}
}

// TestLayoutGeometry: in every example view no two boxes overlap, every
// box lies in its zone's frame, every edge starts on its From box and ends
// on its To box, no edge passes through another box and no label overlaps
// a box.
func TestLayoutGeometry(t *testing.T) {
	c := example(t)
	for _, id := range []string{"halcyon-lvp7", "dosewise"} {
		vs, _ := allViews(t, product(t, c, id))
		for _, v := range vs {
			checkGeometry(t, id+" "+v.File, v.Layout)
		}
	}
}

func checkGeometry(t *testing.T, name string, l *Layout) {
	t.Helper()
	boxes := map[string]Rect{}
	zones := map[string]Rect{}
	for _, z := range l.Zones {
		zones[z.ID] = z.Rect
	}
	for i, a := range l.Nodes {
		boxes[a.ID] = a.Rect
		if z := zones[a.Zone]; !(z.Contains(Point{a.X, a.Y}) && z.Contains(Point{a.X + a.W, a.Y + a.H})) {
			t.Errorf("%s: node %q %v outside its zone %v", name, a.ID, a.Rect, z)
		}
		for _, b := range l.Nodes[i+1:] {
			if a.Overlaps(b.Rect) {
				t.Errorf("%s: nodes %q %v and %q %v overlap", name, a.ID, a.Rect, b.ID, b.Rect)
			}
		}
		if a.X < 0 || a.Y < 0 || a.X+a.W > l.W || a.Y+a.H > l.H {
			t.Errorf("%s: node %q outside the drawing", name, a.ID)
		}
	}
	for _, e := range l.Edges {
		first, last := e.Points[0], e.Points[len(e.Points)-1]
		if !boxes[e.From].OnBorder(first) {
			t.Errorf("%s: edge %s starts at %v, not on %q %v", name, e.ID, first, e.From, boxes[e.From])
		}
		if !boxes[e.To].OnBorder(last) {
			t.Errorf("%s: edge %s ends at %v, not on %q %v", name, e.ID, last, e.To, boxes[e.To])
		}
		for i := 1; i < len(e.Points); i++ {
			p, q := e.Points[i-1], e.Points[i]
			if p.X != q.X && p.Y != q.Y {
				t.Errorf("%s: edge %s segment %v–%v is not orthogonal", name, e.ID, p, q)
			}
		}
		for _, b := range l.Nodes {
			if e.Label != "" && b.Overlaps(e.LabelBox) {
				t.Errorf("%s: label %q %v overlaps node %q %v", name, e.Label, e.LabelBox, b.ID, b.Rect)
			}
			if b.ID == e.From || b.ID == e.To {
				continue
			}
			for i := 1; i < len(e.Points); i++ {
				if segmentCrosses(e.Points[i-1], e.Points[i], b.Rect) {
					t.Errorf("%s: edge %s passes through node %q", name, e.ID, b.ID)
				}
			}
		}
		for _, o := range l.Edges {
			if o.ID < e.ID && o.Label != "" && e.Label != "" && o.LabelBox.Overlaps(e.LabelBox) {
				t.Errorf("%s: labels %q and %q overlap", name, o.Label, e.Label)
			}
		}
		if e.LabelBox.X+e.LabelBox.W > l.W {
			t.Errorf("%s: label %q leaves the drawing", name, e.Label)
		}
	}
}

// TestNewFlowAppears: a flow added to the data is drawn in the global
// view and listed beside it.
func TestNewFlowAppears(t *testing.T) {
	p := product(t, example(t), "dosewise")
	p.DataFlows = append(p.DataFlows, content.DataFlow{ID: "DF-99", From: "gateway", To: "Hospital SIEM", Data: content.DataKinds{"logs"}, Protection: "Syslog over TLS."})
	vs, diags := Views(p)
	svg := string(vs[0].SVG())
	kindtest.SaysAll(t, "global view", svg, "DF-99", "Hospital SIEM")
	if vs[0].Flows[len(vs[0].Flows)-1].ID != "DF-99" {
		t.Errorf("flow table lacks DF-99: %+v", vs[0].Flows)
	}
	// Its zone is not stated: drawn outside every frame, with a warning
	// naming the flow's key.
	if len(diags) != 1 || diags[0].Path != "data_flows[5].to" || !strings.Contains(diags[0].Message, "Hospital SIEM") {
		t.Errorf("diagnostics = %v, want one warning at data_flows[5].to", diags)
	}
	if !strings.Contains(svg, "Zone not stated") {
		t.Error("no unstated zone column")
	}
}

// TestCustomerDeviceZone: a part on the customer's own device (an app on
// a patient's phone) is drawn in a framed zone of its own, labelled as
// the part's runs, not outside every zone (the wearable fixture).
func TestCustomerDeviceZone(t *testing.T) {
	c, diags := content.Load("../testdata/wearable/jspgen.toml", "../testdata/wearable/content")
	if c == nil || diags.Err() != nil {
		t.Fatalf("loading the wearable fixture: %v", diags)
	}
	dfd, d2 := DataFlowDiagram(c.Products[0])
	if dfd == nil || len(d2) != 0 {
		t.Fatalf("data-flow diagram %v, diagnostics %v", dfd != nil, d2)
	}
	svg := string(dfd.SVG())
	kindtest.SaysAll(t, "data-flow diagram", svg, "On the customer&#39;s own phone", "GlucoWear app", "DF-02") // host_kinds = ["phone"]
	if strings.Contains(svg, "Zone not stated") {
		t.Error("the app is drawn outside every zone")
	}
}
