package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPartPlacedTakesNoVerb: the plan joined each part's name to "runs"
// or "is" ("the BleedAlert services runs on the customer's own container
// platform", k8sai), wrong for a plural name, which nothing in the data
// marks. The sentence now gives each part where it runs without a verb.
func TestPartPlacedTakesNoVerb(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, "dosewise")
	p.Parts = slices.Clone(p.Parts)
	p.Parts[0].Runs = "customer_device"
	p.Parts[0].Name = "Dosewise Connect services"
	env := kindtest.Env(c, p.Documents.SecurityPlan.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	md := kindtest.Render(t, env, p, prep.Documents[0])
	kindtest.SaysAll(t, "the plan", md, "without hardware of its own: the Dosewise Connect services, on a device the customer owns; the Dosewise cloud service, hosted by the manufacturer.")
	kindtest.SaysNone(t, "the plan", md, "services runs on", "services is hosted")
}
