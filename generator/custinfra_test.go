package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDResponsibilityOnlyAsStated: the CSD's responsibility table names
// who patches, backs up and watches a part only where the data say so.
// The customer's own infrastructure (endowasher's Trace database, whose
// backup the spec leaves open; ecmo's serial-to-Ethernet converter) and
// a service the manufacturer hosts (vrtherapy's cloud portal) had fixed
// defaults that named the customer or the manufacturer; they are now
// "Not stated", the customer's own infrastructure saying whose system it
// is beside it.
func TestCSDResponsibilityOnlyAsStated(t *testing.T) {
	endo := buildFixture(t, "endowasher")("aer2/csd.md")
	kindtest.SaysAll(t, "endowasher csd.md", endo,
		"| Trace SQL Server database | Customer infrastructure | Not stated (the customer's own system) | Not stated (the customer's own system) | Not stated (the customer's own system) |")
	kindtest.SaysNoneBecause(t, "endowasher csd.md", endo, "the data do not say who backs up, patches or watches the hospital's database",
		"| Trace SQL Server database | Customer infrastructure | The customer")

	ecmo := buildFixture(t, "ecmo")("eclss1/csd.md")
	kindtest.SaysAll(t, "ecmo csd.md", ecmo,
		"| Hospital serial-to-Ethernet converter | Customer infrastructure | Not stated (the customer's own system) | Not stated (the customer's own system) | Not stated (the customer's own system) |")

	vr := buildFixture(t, "vrtherapy")("lumenvr-calm/csd.md")
	kindtest.SaysAll(t, "vrtherapy csd.md", vr,
		"| LumenVR Calm cloud portal | Hosted by the manufacturer | The manufacturer, which hosts it | Not stated | Not stated |")

	maldi := buildFixture(t, "maldi")("spectrid-id-ms/csd.md")
	kindtest.SaysAll(t, "maldi csd.md", maldi,
		"does with the device remotely (software updates, configuration, training) | Not stated; data flow DF-03 carries software to the Acquisition PC over a network, which does not say whether that is a software update the manufacturer delivers remotely |")
	kindtest.SaysNoneBecause(t, "maldi csd.md", maldi, "DF-03 is the PC downloading the reference library, not a software update Spectrid delivers remotely",
		"Software updates reach the Acquisition PC")
}
