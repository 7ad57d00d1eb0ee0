package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/homecpap is a CPAP/APAP device used at home that DME suppliers
// set up for patients on a physician's prescription (its product file's
// header says what it holds): home_use = true beside customer =
// "organisation", and the patient app on the patient's own phone
// (runs = "customer_device").

// TestHomeCPAPAppIsOnThePatientsPhone: the CSD addresses the DME
// supplier, but the patient app runs on the patient's phone. Both
// versions' CSDs said the app "runs on a phone, tablet or computer the
// customer owns", its part ran "On the customer's own device", and the
// key facts counted its TCP 443 among the "Connections opened from the
// customer's network"; the notice and the plan's diagrams said the same.
// A customer written beside home_use provides the product to patients:
// their phones are not the customer's.
func TestHomeCPAPAppIsOnThePatientsPhone(t *testing.T) {
	read := buildFixture(t, "homecpap")
	for _, rel := range []string{"dreamair/csd.md", "dreamair/5.1/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"Patients use the Somnara DreamAir CPAP/APAP System at home; the customer provides it to them.",
			"| Connections opened from the customer's network as shipped | TCP 443 (to DreamAir Cloud) | ",
			"DreamAir app runs on a patient's or caregiver's own phone, tablet or computer and connects from whatever network that device is on: no firewall rule is given for it.",
			"| DreamAir app | On a patient's own device | The patient installs app updates",
			"| 443/TCP | HTTPS (App connection to DreamAir Cloud) | DreamAir app (on a patient's own device) | Out |",
			"| 1 | Allow | Customer network | portal.dreamair.example | 443/TCP |")
		kindtest.SaysNone(t, rel, csd, "the customer owns", "customer's own device", "DreamAir app: TCP 443", "Hospital network", "hospital")
	}
	notice := read("dreamair/notices/eos-5.1.md")
	kindtest.SaysAll(t, "eos-5.1.md", notice,
		"The ports of DreamAir app are not listed: it runs on a patient's or caregiver's own phone, tablet or computer, which connects from whatever network it is on.")
	kindtest.SaysNone(t, "eos-5.1.md", notice, "the customer owns")
	for _, rel := range []string{"dreamair/security-plan.md", "dreamair/risk-report.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "On a patient's own device: DreamAir app.")
		kindtest.SaysNone(t, rel, doc, "customer's own device", "the customer owns")
	}
}
