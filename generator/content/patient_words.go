package content

import "strings"

// A product patients use at home with no customer organisation written
// (PatientAudience) has no customer apart from its user: the patient or
// caregiver who owns the phone or computer and the home network it
// runs on. The documents' own sentences then name "the user", as an
// in-house device's name the hospital (TheCustomer, InHouseWords): "the
// customer's network" would send a patient looking for an organisation
// and its network team that do not exist. A product sold to a hospital
// or another organisation that provides it to patients at home keeps
// "the customer", which is that organisation.

// userWords turns the generator's own "customer" wording into the lone
// user's. Longer phrases come first: a Replacer tries its pairs in
// argument order at each position.
var userWords = strings.NewReplacer(
	// the stage tables: a patient neither puts compensating controls in
	// place nor keeps a clinic
	"the responsibility for compensating controls to the customer", "the responsibility for the product's security to the user",
	"in clinical use", "in use",
	"customer's network", "user's home network",
	"customer's infrastructure", "user's own devices and home network",
	"Customers", "Users",
	"customers", "users",
	"Customer", "User",
	"customer", "user",
)

// loneUser reports a product whose only customer is its user at home
// (PatientAudience), unless it is an in-house device, whose words name
// the hospital that makes it, or the data name a clinic that supports
// the patients (ClinicsNamed, or a data flow's end such as a clinician's
// web browser): "the customer" and "the customer's network" then cover
// the clinic too, and "the user's home network" would put the clinic's
// browser in the patient's home.
func (p *Product) loneUser() bool {
	if p == nil || p.InHouse || !p.PatientAudience() || p.ClinicsNamed() {
		return false
	}
	for _, fe := range p.FlowEndpoints {
		if clinicWords.MatchString(fe.Name) {
			return false
		}
	}
	return true
}
