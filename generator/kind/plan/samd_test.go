package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSaMDSaysWhereEveryPartRuns: the plan's SaMD sentence names where
// each of the product's own parts runs, an app on the customer's own
// device included (a SaMD made of a phone app and a cloud service).
func TestSaMDSaysWhereEveryPartRuns(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, "dosewise")
	p.Parts = slices.Clone(p.Parts)
	p.Parts[0].Runs = "customer_device"
	env := kindtest.Env(c, p.Documents.SecurityPlan.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	md := kindtest.Render(t, env, p, prep.Documents[0])
	kindtest.SaysAll(t, "the plan", md, "without hardware of its own: the Dosewise Connect gateway VM, on a device the customer owns; the Dosewise cloud service, hosted by the manufacturer.")
}
