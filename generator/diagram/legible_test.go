package diagram

import (
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/pdf"
)

// textPainter passes every call on and records the printed size of each
// text by what it is in the layout.
type textPainter struct {
	pdf.Painter
	role     map[string]string // text → "box", "edge", "zone", "legend"
	smallest map[string]float64
	texts    int
}

func (p *textPainter) Text(x, baseline float64, s string, size float64, bold bool, align int, color int) {
	p.texts++
	role := p.role[s]
	if role == "" {
		role = "unknown"
	}
	if cur, ok := p.smallest[role]; !ok || size < cur {
		p.smallest[role] = size
	}
	p.Painter.Text(x, baseline, s, size, bold, align, color)
}

// recordedLayout is a Layout whose Draw records its text through
// textPainter; it stays pdf.Legible, so the renderer places it as the
// real one.
type recordedLayout struct {
	*Layout
	p *textPainter
}

func (r recordedLayout) Draw(p pdf.Painter, x, y, scale float64) {
	r.p.Painter = p
	r.Layout.Draw(r.p, x, y, scale)
}

func roles(l *Layout) map[string]string {
	m := map[string]string{}
	for _, ln := range l.Legend {
		m[ln] = "legend"
	}
	for _, z := range l.Zones {
		m[z.Label] = "zone"
	}
	for _, e := range l.Edges {
		m[e.Label] = "edge"
	}
	for _, n := range l.Nodes {
		for _, ln := range n.Lines {
			m[ln] = "box"
		}
	}
	return m
}

// TestPrintedTextLegible renders every view of both example products, as
// every version of them is (the documents draw the current version's),
// through the PDF renderer, as a document shows it (after a paragraph, so
// the page is not empty), on Letter and A4, and checks the size every
// text is printed at: a box's lines at least 7 pt, an arrow's label, a
// zone's name and the legend at least 6 pt.
//
// tooBig lists the views that no placement prints legibly yet, each with
// the floor it must still reach (what the margins give it today), so
// that it cannot get worse unnoticed; a view in it that becomes legible
// fails the test until it is taken out.
func TestPrintedTextLegible(t *testing.T) {
	want := map[string]float64{"box": minBoxTextPt, "edge": minEdgeTextPt, "zone": minEdgeTextPt, "legend": minEdgeTextPt}
	// None now: the pump's 4.2.1 data-flow diagram, once too wide and
	// too tall (six data stores stacked under its parts), lists its
	// stores in one box per part and prints legibly on a turned page.
	tooBig := map[string]float64{}
	c := example(t)
	for _, id := range []string{"halcyon-lvp7", "dosewise"} {
		p := product(t, c, id)
		var vs []View
		var names []string
		for _, ver := range p.Versions {
			got, _ := allViews(t, p.At(ver.Version))
			paths, _ := ThreatPathViews(p.At(ver.Version))
			got = append(got, paths...)
			for _, v := range got {
				vs = append(vs, v)
				names = append(names, id+" "+ver.Version+" "+v.File)
			}
		}
		if len(vs) == 0 {
			t.Fatalf("%s: no views", id)
		}
		for i, v := range vs {
			for _, paper := range []string{"letter", "a4"} {
				name := names[i] + " " + paper
				rec := &textPainter{role: roles(v.Layout), smallest: map[string]float64{}}
				doc := markdown.Parse([]byte("# T\n\nA paragraph before the figure.\n\n![" + v.Alt + "](" + v.File + " \"Figure 1. " + v.Title + "\")\n\nA paragraph after it.\n"))
				_, warns, err := pdf.Render(doc, pdf.Meta{Title: "T", Paper: paper, Drawings: map[string]pdf.Drawing{v.File: recordedLayout{v.Layout, rec}}})
				if err != nil {
					t.Fatalf("%s: %v (%v)", name, err, warns)
				}
				if rec.texts == 0 {
					t.Fatalf("%s: nothing printed", name)
				}
				if _, ok := rec.smallest["box"]; !ok {
					t.Errorf("%s: no box text recorded", name)
				}
				floor, known := tooBig[names[i]]
				legible := true
				for role, size := range rec.smallest {
					min, ok := want[role]
					if !ok {
						t.Errorf("%s: text of no known role printed", name)
						continue
					}
					legible = legible && size >= min-1e-9
					if known {
						min *= floor
					}
					if size < min-1e-9 {
						t.Errorf("%s: %s text printed at %.2f pt, want at least %.2f", name, role, size, min)
					}
				}
				if known && legible {
					t.Errorf("%s: now printed legibly: take it out of tooBig", name)
				}
				t.Logf("%s: smallest box %.2f, edge %.2f, zone %.2f, legend %.2f pt", name, rec.smallest["box"], rec.smallest["edge"], rec.smallest["zone"], rec.smallest["legend"])
			}
		}
	}
}
