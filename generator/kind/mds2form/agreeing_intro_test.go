package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/templates"
)

// TestIntroCountsAgreeingAnswersOfSomeModelsApart: monitoringwifi's
// introduction said the product data decide CONN-1.1 and MPII-3.6, which
// the manufacturer answered itself, while those rows said the fact that
// agrees is model SPM-B12W's and decides nothing for the other three. An
// agreeing answer whose fact holds for some models only is now counted
// apart, with the models it holds for; one whose fact is every model's
// is still one the data decide. Here CONN-3 is Yes from a port on the
// Ethernet (m1 only, or every model; m2's only other link is USB, which
// leaves CONN-3 open for m2), CONN-1.2.1 Yes from the Ethernet (No for m2
// without it), and CONN-1.2.2 Yes from the USB on both models.
func TestIntroCountsAgreeingAnswersOfSomeModelsApart(t *testing.T) {
	yes := content.MDS2Answer{Answer: "yes", Note: 1}
	for _, tc := range []struct {
		name    string
		lan     []string // the Ethernet's models; nil: every model
		answers []string // the manufacturer's Yes answers, each agreeing
		want    string
		notWant string
	}{
		{"some models, not decided for the other", []string{"m1"}, []string{"CONN-3"},
			"Maker also answered one question (CONN-3) itself with the answer the product data give on model m1, not decided for model m2: the form gives that answer as Maker's own, naming the fact that agrees and, where it holds for some models only, which.",
			"the product data decides (CONN-3)"},
		{"some models, No for the other", []string{"m1"}, []string{"CONN-1.2.1"},
			"Maker also answered one question (CONN-1.2.1) itself with the answer the product data give on model m1 only: the form gives",
			"the product data decides (CONN-1.2.1)"},
		{"every model", nil, []string{"CONN-3"},
			"Maker also answered one question the product data decides (CONN-3) itself, with the same answer: the form gives that answer as Maker's own, naming the fact that agrees.",
			"some models"},
		{"both", []string{"m1"}, []string{"CONN-3", "CONN-1.2.2"},
			"Maker also answered one question the product data decides (CONN-1.2.2) itself, with the same answer, and one more (CONN-3) with the answer the product data give on model m1, not decided for model m2: the form gives those answers as Maker's own, naming the fact that agrees and, where it holds for some models only, which.",
			"decides (CONN-1.2.2, CONN-3)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.site.Manufacturer.Name = "Maker"
			lanAndUSB(w, tc.lan)
			w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "The manufacturer's reason, for models m1 and m2."}}
			w.p.MDS2.Answers = map[string]content.MDS2Answer{}
			for _, id := range tc.answers {
				w.p.MDS2.Answers[id] = yes
			}
			env := w.env()
			env.Templates = render.Files{Shipped: templates.FS}
			p := kind.Product{Product: w.p, Inventory: w.inv}
			form, _ := resolveMDS2(env, shippedCatalog(t), p)
			for _, id := range tc.answers {
				if row := formRow(form, id); !row.Agrees() {
					t.Fatalf("%s from %q: want the manufacturer's answer, the data agreeing", id, row.From)
				}
			}
			intro := ""
			for _, line := range strings.Split(renderMDS2(t, env, p, form), "\n") {
				if strings.HasPrefix(line, "This is the Manufacturer Disclosure Statement") {
					intro = line
				}
			}
			if !strings.Contains(intro, tc.want) {
				t.Errorf("introduction:\n%s\nwant it to contain:\n%s", intro, tc.want)
			}
			if strings.Contains(intro, tc.notWant) {
				t.Errorf("introduction:\n%s\nwant it not to contain %q", intro, tc.notWant)
			}
		})
	}
}
