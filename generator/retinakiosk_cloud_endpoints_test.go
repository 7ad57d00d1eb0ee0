package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRetinakioskCloudEndpointsFromPorts: the Iriscan Auto cloud AI
// service writes no endpoints of its own, but it is the part the
// manufacturer hosts of that name, and the kiosk's port to it names its
// host: the CSD's cloud table gives that host, as 3.2 and the firewall
// rules do, not "Not stated" beside them.
func TestRetinakioskCloudEndpointsFromPorts(t *testing.T) {
	csd := buildFixture(t, "retinakiosk")("iriscan/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| PHI, PII | api.iriscan.veldra-vision.example (as its ports list them in 3.2) | Yes |")
	kindtest.SaysNone(t, "csd.md", csd, "| PHI, PII | Not stated | Yes |")
}
