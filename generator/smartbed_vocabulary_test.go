package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSmartbedVocabulary: the Corva bed's data are written as they are,
// and the documents print them so. Its models keep the designations
// customers know, spaces included (models.id); its weight readings are
// kept without identifiers (data kind measurements), on the Corva ICU
// only (data_stores.models); its nurse-call connector is a contact closure (kind
// contact), which the plan leaves out of the connectivity features that
// bear on the 524B determination, saying why, and which is never called
// a serial link.
func TestSmartbedVocabulary(t *testing.T) {
	read := buildFixture(t, "smartbed")
	plan, csd, notice := read("corva/security-plan.md"), read("corva/csd.md"), read("corva/notices/eos-4.8.md")
	kindtest.SaysAll(t, "corva/security-plan.md", plan,
		"| Corva MS | Corva MS (medical-surgical) |",
		"| Corva ICU | Corva ICU (intensive care) |",
		"Not listed: Nurse-call connector (37-pin): a contact closure, which carries an on/off signal only, no data, and joins no network.",
		"| Nurse-call connector (37-pin) | Corva bed controller (on the device) | Contact closure (signal only) |",
		"| Patient measurements or recordings (no name or record number) |")
	kindtest.SaysNone(t, "corva/security-plan.md", plan,
		"Corva-MS", "Corva-ICU",
		"| Nurse-call connector (37-pin) | Contact closure (signal only) | Not stated |", // a row of the 524B table
		"| Serial |")
	kindtest.SaysAll(t, "corva/csd.md", csd,
		"| 72-hour weight readings (model Corva ICU only) | Corva bed controller (on the device) | Patient measurements or recordings (no name or record number) |",
		"Corva bed controller, as shipped: Nurse-call connector (37-pin), Wi-Fi, USB-A service port (under the foot panel) (whether each of these 3 is on is not stated)")
	kindtest.SaysNone(t, "corva/csd.md", csd, "| Serial |", "Corva-MS")
	kindtest.SaysAll(t, "corva/notices/eos-4.8.md", notice, "| Corva MS | Corva MS (medical-surgical) |")
}
