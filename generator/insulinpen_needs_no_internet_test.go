package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInsulinpenNeedsNoInternet: ports written empty and only NFC links
// (the app on the patient's phone keeps it from NoNetwork) decide the CSD
// key fact No, as they decide the MDS2 form's CONN-6 No.
func TestInsulinpenNeedsNoInternet(t *testing.T) {
	csd := buildFixture(t, "insulinpen")("dosetrace/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "| Needs the internet or a cloud service | No: no part of the product uses a network port |")
	kindtest.SaysNone(t, "csd.md", csd, "| Needs the internet or a cloud service | Not stated |")
}
