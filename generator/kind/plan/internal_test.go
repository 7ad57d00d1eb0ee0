package plan

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// pumpInternalLink adds to the example pump a network between its own two
// processors, with a port the safety processor listens on: internal says
// whether the network's interface is marked internal.
func pumpInternalLink(internal bool) func(string) string {
	mark := ""
	if internal {
		mark = "internal = true\n"
	}
	return func(s string) string {
		return s + `
[[interfaces]]
id = "proc-net"
kind = "ethernet"
part = "pump"
name = "Processor link"
purpose = "Private link between the pump's main and safety processors."
default_enabled = true
can_disable = false
` + mark + `
[[ports]]
number = 7001
transport = "tcp"
service = "Safety channel"
purpose = "Commands from the main processor."
direction = "in"
interface = "proc-net"
default_enabled = true
`
	}
}

// renderPlanEdited renders the security plan of the example pump after
// edit changes its product file.
func renderPlanEdited(t *testing.T, edit func(string) string) string {
	t.Helper()
	site, dir := kindtest.CopyRepo(t, "../../../jspgen.toml", "../../../content", kindtest.Example+".toml", edit)
	c, _ := kindtest.Load(t, site, dir)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.Render(t, env, p, prep.Documents[0])
}

// TestPlanPortsOnAnInternalLink: a port on a link between the pump's own
// processors, marked internal, is not among the ports "the parts on the
// customer's network listen on"; the plan says it listens only on a link
// internal to the product, and its ports table marks the interface. Not
// marked internal, the same port is one the customer's network sees.
func TestPlanPortsOnAnInternalLink(t *testing.T) {
	md := renderPlanEdited(t, pumpInternalLink(true))
	kindtest.SaysAll(t, "plan", md,
		"As shipped (Halcyon LVP-7 pump) or installed (Halcyon Connect server), the parts on the customer's network listen on 443/TCP (Halcyon Connect server) and 8443/TCP (Halcyon Connect server); 2575/TCP (Halcyon Connect server) and 4443/TCP (Halcyon LVP-7 pump) can be enabled. 7001/TCP (Halcyon LVP-7 pump) listens only on a link internal to the product, which joins no network of the customer's.",
		"| 7001/TCP | Safety channel | Halcyon LVP-7 pump (on the device) | Inbound | Processor link (internal to the product) | Not stated |",
		"| Processor link | Halcyon LVP-7 pump (on the device) | Ethernet, internal to the product |",
	)
	if strings.Contains(md, "listen on 443/TCP (Halcyon Connect server), 7001/TCP") {
		t.Error("plan counts the internal port among those the customer's network sees")
	}

	md = renderPlanEdited(t, pumpInternalLink(false))
	kindtest.SaysAll(t, "plan", md, "As shipped (Halcyon LVP-7 pump) or installed (Halcyon Connect server), the parts on the customer's network listen on 443/TCP (Halcyon Connect server), 7001/TCP (Halcyon LVP-7 pump) and 8443/TCP (Halcyon Connect server);")
	if strings.Contains(md, "internal to the product") {
		t.Error("plan calls a link internal that is not marked so")
	}
}
