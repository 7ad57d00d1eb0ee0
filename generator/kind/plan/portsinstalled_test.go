package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// renderFixturePlanEdited renders the plan of product id of a fixture
// under generator/testdata, after edit changes its facts.
func renderFixturePlanEdited(t *testing.T, fixture, id string, edit func(p *kind.Product)) string {
	t.Helper()
	c, _ := kindtest.Load(t, "../../testdata/"+fixture+"/jspgen.toml", "../../testdata/"+fixture+"/content")
	p, _ := kindtest.Product(t, c, id)
	edit(&p)
	env := kindtest.Env(c, p.Documents.SecurityPlan.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.Render(t, env, p, prep.Documents[0])
}

// TestPlanPortsOfPartsNotShippedAreNotAsShipped: the holter's only port
// is its analysis software's, on the hospital's own PCs, which Halden
// does not ship, yet 6.4 said "As shipped, the parts on the customer's
// network listen on no port" over a column "Enabled as shipped"; and the
// connectivity table of cloudsamd, which only the manufacturer hosts,
// headed its state "Enabled as shipped". With the software on the
// device the words stay; the example's 6.4, whose listeners are the
// pump's and the Connect server's, names which is in which state; its
// ports table, whose rows mix the pump's and the Connect server's,
// heads the state "Enabled" and says when it holds for each.
func TestPlanPortsOfPartsNotShippedAreNotAsShipped(t *testing.T) {
	for _, tc := range []struct {
		name, fixture, id string
		edit              func(p *kind.Product)
		says, never       []string
	}{
		{"holter as written", "holter", "rhythmtrace", func(*kind.Product) {},
			[]string{
				"As installed, the parts on the customer's network listen on no port.",
				"| Approved endpoints | Enabled | Protection | Purpose |",
			},
			[]string{"As shipped, the parts", "| Approved endpoints | Enabled as shipped |"}},
		{"holter with the software on the device", "holter", "rhythmtrace", func(p *kind.Product) { p.Parts[1].Runs = "device" },
			[]string{
				"As shipped, the parts on the customer's network listen on no port.",
				"| Approved endpoints | Enabled as shipped | Protection | Purpose |",
			},
			[]string{"As installed, the parts", "| Approved endpoints | Enabled | Protection |"}},
		{"cloudsamd: only the manufacturer hosts it", "cloudsamd", "lumentriage", func(*kind.Product) {},
			[]string{"| Interface | Kind | Enabled | Purpose |"},
			[]string{"| Interface | Kind | Enabled as shipped | Purpose |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderFixturePlanEdited(t, tc.fixture, tc.id, tc.edit)
			kindtest.SaysAll(t, tc.id+"/security-plan.md", md, tc.says...)
			kindtest.SaysNone(t, tc.id+"/security-plan.md", md, tc.never...)
		})
	}
	t.Run("the example's pump", func(t *testing.T) {
		md := renderPlan(t, kindtest.Example, func(*content.Product) {})
		// its ports table mixes the pump's ports, as shipped, with the
		// Connect server's, as installed: the column reads "Enabled"
		kindtest.SaysAll(t, "plan", md, "| Interface | Kind | Enabled as shipped | Purpose |", "| Approved endpoints | Enabled | Protection | Purpose |", "As shipped (Halcyon LVP-7 pump) or installed (Halcyon Connect server), the parts on the customer's network",
			`For the ports of the Halcyon LVP-7 pump, "Enabled" is their state as shipped. For the ports of the Halcyon Connect server, on a server the customer hosts, "Enabled" is their state once the part is installed there.`)
		kindtest.SaysNone(t, "plan", md, "As installed, the parts", "| Approved endpoints | Enabled as shipped |")
	})
}
