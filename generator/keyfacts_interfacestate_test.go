package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestKeyFactsInterfacesSayWhenEachPartsStateHolds: KinView's camera is
// shipped, its cloud is hosted by the manufacturer. The key facts'
// Interfaces row gives each part's interfaces with when their state
// holds, not "As shipped:" before a list that holds the cloud's too. The
// camera's Wi-Fi is on: its HTTPS connection is used as shipped
// (content.Product.InterfaceEnabled).
func TestKeyFactsInterfacesSayWhenEachPartsStateHolds(t *testing.T) {
	csd := buildFixture(t, "nicucam")("kinview/csd.md")
	kindtest.SaysAll(t, "nicucam csd.md", csd,
		"| Interfaces | 3 listed | KinView bedside camera, as shipped: Wi-Fi (on); KinView Cloud, where the manufacturer hosts it: Staff web console, KinView Cloud endpoints (whether each of these 2 is on is not stated).")
	kindtest.SaysNone(t, "nicucam csd.md", csd, "| As shipped: KinView")
}
