package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestFHIRAPICSDRuleAndPortsOfAHostedOnlyProduct: SepsiScore runs only
// where Harrowgate hosts it, and the hospital's EHR, which
// flow_endpoints place on the hospital's side, is the one system its
// flows name. Its CSD said "Ports the product listens on at the
// manufacturer, as shipped | Not stated" beside "TCP 443", gave its only
// firewall rule "From: Hospital network" and "Needed: Not stated" (while
// saying the product needs the service), and explained a port state
// "before the hospital changes any setting" that no hospital has. The
// edits each direction needs are TestCSDHostedOnlyProductIsNotShipped in
// generator/kind/csd.
func TestFHIRAPICSDRuleAndPortsOfAHostedOnlyProduct(t *testing.T) {
	csd := buildFixture(t, "fhirapi")("sepsiscore/csd.md")
	kindtest.SaysAll(t, "sepsiscore/csd.md", csd,
		"| Ports the product listens on at the manufacturer | TCP 443 | [3.2 Network ports](#3-2-network-ports) |",
		"| Connections the product opens from the manufacturer's hosting | None |",
		"| 1 | Allow | Hospital EHR | fhir.sepsiscore.harrowgate.example | 443/TCP | HTTPS (FHIR R4 REST API) (SepsiScore FHIR R4 REST API) | Whenever the product is used |",
		`"Enabled" is the port's state where the manufacturer hosts the product.`)
	kindtest.SaysNone(t, "sepsiscore/csd.md", csd,
		"| Allow | Hospital network |", "State as shipped not stated", "before the hospital changes any setting",
		"at the manufacturer, as shipped", "Enabled as shipped", "(whether it is on is not stated) as shipped")
}
