package csd

import (
	"fmt"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDHostedOnlyProductIsNotShipped: fhirapi's SepsiScore runs only
// where the manufacturer hosts it, and its one port leaves default_enabled
// unwritten. Its CSD said the ports it listens on were "Not stated" (while
// naming TCP 443 in the same row), its only firewall rule was "Needed:
// Not stated" beside "Needs the internet: Yes", and it spoke of a state
// "as shipped", "before the hospital changes any setting", of a product
// never shipped to the hospital. Its rule came "From: Hospital network"
// although the flows name the one system that calls it. A product with a
// part at the customer keeps its shipped wording.
func TestCSDHostedOnlyProductIsNotShipped(t *testing.T) {
	hostedSays := []string{
		"| Ports the product listens on at the manufacturer | TCP 443 | [3.2 Network ports]",
		"| Connections the product opens from the manufacturer's hosting | None |",
		"| Interfaces | 1 | SepsiScore FHIR R4 REST API (whether it is on is not stated) |",
		"Every logical interface of the product, with whether it is enabled where the manufacturer hosts it.",
		"| Interface | Kind | Purpose | Enabled | Customer can disable | Data carried |",
		`"Enabled" is the port's state where the manufacturer hosts the product.`,
		"| Port | Service (interfaces) | Direction | Enabled | Encrypted, authenticated |",
	}
	shipped := []string{"as shipped |", "State as shipped not stated", "Enabled as shipped", "| As shipped |",
		"before the hospital changes any setting", "with its state as shipped", "listens on at the manufacturer, as shipped"}
	const rule = "| 1 | Allow | %s | fhir.sepsiscore.harrowgate.example | 443/TCP | HTTPS (FHIR R4 REST API) (SepsiScore FHIR R4 REST API) | %s |"
	for _, tc := range []struct {
		name  string
		edit  func(p *kind.Product)
		says  []string
		never []string
	}{
		{"as written", func(*kind.Product) {}, append(hostedSays, fmt.Sprintf(rule, "Hospital EHR", "Whenever the product is used")),
			append(shipped, "| Allow | Hospital network |", "| Ports the product listens on at the manufacturer | Not stated |")},
		{"its port on as written", func(p *kind.Product) { p.Ports[0].DefaultEnabled = content.True },
			[]string{fmt.Sprintf(rule, "Hospital EHR", "Whenever the product is used"), "| Ports the product listens on at the manufacturer | TCP 443 |"}, shipped},
		{"its port off until enabled", func(p *kind.Product) { p.Ports[0].DefaultEnabled = content.False },
			[]string{fmt.Sprintf(rule, "Hospital EHR", "When enabled"), "Rules marked \"When enabled\" are needed only once the feature is turned on."},
			[]string{"Whenever the product is used"}},
		{"a second interface", func(p *kind.Product) {
			p.Interfaces = append(p.Interfaces, content.Interface{ID: "web", Kind: "web_ui", Name: "SepsiScore admin portal", Part: "service"})
			p.Ports = append(p.Ports, content.Port{Number: 8443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "web", Part: "service", Endpoints: []string{"admin.sepsiscore.example"}})
		}, []string{fmt.Sprintf(rule, "Hospital EHR", "When its interface is used"), "| Ports the product listens on at the manufacturer | TCP 443, TCP 8443 |"},
			[]string{"Whenever the product is used"}},
		{"the EHR not placed", func(p *kind.Product) { p.FlowEndpoints = nil },
			[]string{fmt.Sprintf(rule, "Hospital network", "Whenever the product is used")}, []string{"| Allow | Hospital EHR |"}},
		{"hosted by the hospital", func(p *kind.Product) { p.Parts[0].Runs = "customer_hosted" },
			[]string{"| Ports the product listens on | TCP 443; whether it is open as shipped is not stated |", "| Enabled as shipped |",
				`"As shipped" is the port's state before the hospital changes any setting.`, "| Interfaces | 1 | Listed: SepsiScore FHIR R4 REST API (whether it is on is not stated) |"},
			[]string{"Whenever the product is used", "When its interface is used", "listens on at the manufacturer", `"Enabled" is the port's state`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, "fhirapi", "sepsiscore", tc.edit)
			kindtest.SaysAll(t, "sepsiscore/csd.md", md, tc.says...)
			kindtest.SaysNone(t, "sepsiscore/csd.md", md, tc.never...)
		})
	}
}
