package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDCustomerOwnedPartAtHome: the hearingaid clinic fits the aids with
// Aurelle Fit on its own PCs (owned_by = "customer") and provides them
// to patients at home. The CSD says which parts patients use at home and
// that the clinic uses Aurelle Fit on its own computers, places Aurelle
// Fit and its patient database on the customer's computer and gives the
// firewall rule for its update download. Without owned_by every part on
// a customer_device is the patients', as before.
func TestCSDCustomerOwnedPartAtHome(t *testing.T) {
	owner := func(owned string) func(p *kind.Product) {
		return func(p *kind.Product) {
			for i := range p.Parts {
				if p.Parts[i].ID == "fit" {
					p.Parts[i].OwnedBy = owned
					return
				}
			}
			t.Fatal("hearingaid has no part fit")
		}
	}
	md, _ := fixtureCSD(t, "hearingaid", "aurelle", owner("customer"))
	kindtest.SaysAll(t, "CSD (owned_by customer)", md,
		"Patients use the Aurelle hearing aids and the Aurelle app at home; the customer provides the Aurelle hearing aids to them and uses Aurelle Fit on its own computers; the Aurelle app runs on the patients' or caregivers' own phones.",
		"| Aurelle Fit | On the customer's own computer |",
		"| Aurelle Fit patient database | Aurelle Fit (on the customer's own computer) |",
		"| 1 | Allow | Aurelle Fit | updates.tessaly-hearing.example | 443/TCP |",
		"| Aurelle app | On a patient's or caregiver's own phone |")
	kindtest.SaysNone(t, "CSD (owned_by customer)", md,
		"Patients use the Tessaly Aurelle Hearing Aid System at home",
		"provides the Tessaly Aurelle Hearing Aid System to them", // it keeps Aurelle Fit
		"patient's or caregiver's own computer",
		"On a patient's or caregiver's own computer",
		"No firewall rule is given")

	md, _ = fixtureCSD(t, "hearingaid", "aurelle", owner(""))
	kindtest.SaysAll(t, "CSD (owner not written)", md,
		"The customer provides the Aurelle hearing aids to patients, who may use the Tessaly Aurelle Hearing Aid System at home; Aurelle Fit and the Aurelle app run on the patients' or caregivers' own phones or computers.",
		"| Aurelle Fit | On a patient's or caregiver's own computer |",
		"No firewall rule is given")
}
