package plan

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestViewFigures: every generated view's figure in the plan has its SVG
// published and its PDF drawing at the same destination, and the example
// products draw all four kinds of view.
func TestViewFigures(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, id := range []string{kindtest.Example, "dosewise"} {
		p, _ := kindtest.Product(t, c, id)
		env := kindtest.Env(c, p.Documents.SecurityPlan.ReleaseDate)
		prep, diags := kindtest.Prepare(t, Kind, env, p)
		if len(diags) > 0 {
			t.Errorf("%s: diagnostics: %v", id, diags)
		}
		doc := prep.Documents[0]
		md := kindtest.Render(t, env, p, doc)
		figs := regexp.MustCompile(`\]\((views/[a-z0-9-]+\.svg) `).FindAllStringSubmatch(md, -1)
		var dests []string
		for _, f := range figs {
			dests = append(dests, f[1])
			if _, ok := doc.Drawings[f[1]]; !ok {
				t.Errorf("%s: no PDF drawing for %s", id, f[1])
			}
			kindtest.File(t, prep, f[1])
		}
		for _, want := range []string{"views/global-system.svg", "views/multi-patient-harm.svg", "views/updatability.svg", "views/use-case-1.svg"} {
			if !slices.Contains(dests, want) {
				t.Errorf("%s: the plan does not show %s (shows %v)", id, want, dests)
			}
		}
		if !strings.Contains(md, "Who installs updates") {
			t.Errorf("%s: the updatability view does not say who installs updates", id)
		}
	}
}

// TestHandDrawnView: a view with a hand-drawn image shows it instead of
// the generated diagram, and publishes no SVG for it.
func TestHandDrawnView(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Architecture = slices.Clone(p.Architecture)
	p.Architecture[0].Image, p.Architecture[0].Alt = "diagrams/network.png", "The pump's network."
	env := kindtest.Env(c, p.Documents.SecurityPlan.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	md := kindtest.Render(t, env, p, prep.Documents[0])
	if !strings.Contains(md, "![The pump's network.](diagrams/network.png ") {
		t.Error("the hand-drawn image is not shown")
	}
	if strings.Contains(md, "views/global-system.svg") {
		t.Error("the generated global view is still shown")
	}
	for _, f := range prep.Files {
		if f.Path == "views/global-system.svg" {
			t.Error("the generated global view is still published")
		}
	}
}
