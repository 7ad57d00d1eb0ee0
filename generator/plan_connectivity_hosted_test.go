package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanConnectivityListsTheHostedServer: the dental imaging plan's 1.6
// says DentaSense connects "from 3.0, to the internet", but its table of
// the connectivity features bearing on 524B left out the network
// connection of the practice's server, the only interface with an
// internet port (443, cloud backup), as the server's part is hosted by
// the customer. The manufacturer's software on the practice's server is
// the device's, as its software on the chairside PCs is: the table lists
// it. A service the manufacturer hosts stays out (insulin pump).
func TestPlanConnectivityListsTheHostedServer(t *testing.T) {
	for _, fixture := range []string{"dentalxray", "marketsplit"} {
		sec := connectivitySection(t, buildFixture(t, fixture)("dentasense/security-plan.md"))
		kindtest.SaysAll(t, fixture+" security-plan.md 1.6", sec,
			"| Network connection of the chairside PC | DentaSense Imaging (chairside) (on the customer's own computer) | Ethernet | Yes |",
			"| Network connection of the practice's server | DentaSense image database (hosted by the customer) | Ethernet | Yes | Serving the image database and image share to the chairside PCs; cloud backup, when the practice turns it on. |")
	}
	sec := connectivitySection(t, buildFixture(t, "insulinpump")("lumen-aid/security-plan.md"))
	kindtest.SaysNone(t, "insulinpump security-plan.md 1.6", sec, "| Lumen Cloud API |")
}
