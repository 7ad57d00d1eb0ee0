package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestEndOfSupportNeedsHostedService: Dosewise's lifecycle page and plan
// told the customer to "upgrade, replace or isolate" an unsupported
// gateway and keep carrying the risk, while its CSD prints the data's
// risk_transfer: an unsupported gateway is no longer accepted by the
// cloud API the product requires. A product that needs a service the
// customer does not run (a required cloud service, a part the
// manufacturer hosts: content.Product.ServicesNeeded) is not offered
// isolation: the End of Support row prints risk_transfer when written,
// else says it needs the service, and that whether the service keeps
// accepting a version whose support has ended is not stated. The pump,
// which needs none, keeps its wording.
func TestEndOfSupportNeedsHostedService(t *testing.T) {
	const (
		transfer = "No further updates or support. Meridian operates the cloud service for the whole subscription term; at a gateway version's end of support the hospital must update the gateway, because an unsupported gateway is no longer accepted by the cloud API. |"
		isolate  = "isolate the product"
	)
	t.Run("the example", func(t *testing.T) {
		files := exampleFilesEdited(t, "", nil)
		for _, doc := range []string{"dosewise/lifecycle.md", "dosewise/security-plan.md"} {
			kindtest.SaysAll(t, doc, files[doc], "| End of Support | End of support | "+transfer)
			kindtest.SaysNone(t, doc, files[doc], isolate, "The customer carries the security risk", "the customer carries the risk")
		}
		// the pump's risk_transfer says who carries the risk, in its own words
		for _, doc := range []string{"halcyon-lvp7/lifecycle.md", "halcyon-lvp7/security-plan.md"} {
			kindtest.SaysAll(t, doc, files[doc], "| End of Support | End of support | No further updates or support. Security risk does not stay constant:", "responsibility for the pump's security passes fully to the hospital", " The customer should move to a supported version, or replace or isolate the device. |")
			kindtest.SaysNone(t, doc, files[doc], "The customer carries the security risk", "the customer carries the risk")
		}
	})
	t.Run("no risk_transfer", func(t *testing.T) {
		files := exampleFilesEdited(t, "dosewise.toml", kindtest.Replace(`risk_transfer = "Meridian operates the cloud service for the whole subscription term; at a gateway version's end of support the hospital must update the gateway, because an unsupported gateway is no longer accepted by the cloud API."`, ""))
		life, plan := files["dosewise/lifecycle.md"], files["dosewise/security-plan.md"]
		kindtest.SaysAll(t, "dosewise lifecycle", life, "| End of Support | End of support | No further updates or support. Whether the security risk passes to the customer at end of support is not stated; the customer should move to a supported version or replace the product; the product needs the Dosewise cloud service, and whether it keeps accepting a version whose support has ended is not stated. |")
		kindtest.SaysAll(t, "dosewise plan", plan, "| End of Support | End of support | No further updates or support; whether the security risk passes to the customer at end of support is not stated; the customer should move to a supported version or replace the product; the product needs the Dosewise cloud service, and whether it keeps accepting a version whose support has ended is not stated. |")
		kindtest.SaysNone(t, "dosewise lifecycle", life, isolate)
		kindtest.SaysNone(t, "dosewise plan", plan, isolate)
	})
}
