package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanServedPartWithoutPortIsNotStated: webcalc's intranet copy is
// served by the hospital's web server (a web_ui interface) with no port
// listed, yet 6.4 said the parts on the customer's network "listen on no
// port". It says their listed ports are none and the intranet copy's are
// not stated; with its port written, or nothing served, as before.
func TestPlanServedPartWithoutPortIsNotStated(t *testing.T) {
	const served = "the Intranet copy serves Calculator web pages (intranet), a web user interface, on ports that are not stated"
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"as written", func(*kind.Product) {},
			[]string{"As shipped, the parts on the customer's network listen on no port listed below; no interface of the Calculator in the browser is listed, though a data flow reaches it; " + served + "."},
			[]string{"listen on no port."}},
		{"its port written", func(p *kind.Product) {
			p.Ports = append(p.Ports, content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "Pages.", Direction: "in", Interface: "intranet-web", Part: "intranet"})
		}, []string{"listen on 443/TCP (Intranet copy)"}, []string{served, "no port listed below"}},
		{"nothing served", func(p *kind.Product) {
			for i := range p.Interfaces {
				if p.Interfaces[i].ID == "intranet-web" {
					p.Interfaces[i].Kind = "virtual_nic"
				}
			}
		}, []string{"As shipped, the parts on the customer's network listen on no port listed below; no interface of the Calculator in the browser is listed, though a data flow reaches it; the product data state no port for data flow"}, []string{served, "listen on no port."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderFixturePlanEdited(t, "webcalc", "paedidose", tc.edit)
			kindtest.SaysAll(t, "paedidose/security-plan.md", md, tc.says...)
			kindtest.SaysNone(t, "paedidose/security-plan.md", md, tc.never...)
		})
	}
}
