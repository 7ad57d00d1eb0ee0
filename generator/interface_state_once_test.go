package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInterfaceState81SaidOnce: the CSD's key facts repeated "(whether it
// is on is not stated)" after every interface of a part none of whose
// interfaces states it; it is now said once for the part (or the product),
// while a list where some interfaces state it keeps the note on each that
// does not, and a stated state is still given.
func TestInterfaceState81SaidOnce(t *testing.T) {
	aph := buildFixture(t, "apheresis")("aph9/csd.md")
	kindtest.SaysAll(t, "apheresis csd.md key facts", aph,
		"Listed: Aph-9 apheresis machine: RS-232 port, USB port, Barcode scanner, Touchscreen (whether each of these 4 is on is not stated).")
	kindtest.SaysNone(t, "apheresis csd.md key facts", aph, "RS-232 port (whether it is on is not stated)")
	bb := buildFixture(t, "bloodbank")("sanguis-tms/csd.md")
	kindtest.SaysAll(t, "bloodbank csd.md key facts", bb,
		"Sanguis TMS application server, as installed: Network adapter of the application server virtual machine (whether it is on is not stated); Sanguis TMS client, as installed: Network connection of the hospital PC, USB port of the hospital PC (barcode scanner) (whether each of these 2 is on is not stated) |")
	ci := buildFixture(t, "contrastinjector")
	kindtest.SaysAll(t, "contrastinjector csd.md key facts", ci("iodex-duo/csd.md"),
		"As shipped: Control unit: CT scanner interface (CAN-based, proprietary cable) (whether it is on is not stated), Ethernet port of the control unit (off), Service USB port of the control unit (whether it is on is not stated).")
	vs := buildFixture(t, "csdmodels")("vitasign/csd.md")
	kindtest.SaysAll(t, "csdmodels csd.md key facts", vs,
		"| Listed: Ethernet, Wi-Fi (model VS-40 only), USB (model VS-40 only) (whether each of these 3 is on is not stated)")
}
