package content

import "regexp"

// clinicWords are the words by which the data name the clinic side of a
// home-use product: the clinic or its clinicians, nurses, physicians or
// doctors, or whoever prescribes the therapy.
var clinicWords = regexp.MustCompile(`(?i)\b(clinic|clinics|clinician|clinicians|nurse|nurses|physician|physicians|doctor|doctors|prescriber|prescribers|prescribing)\b`)

// ClinicsNamed reports whether the data name a clinic that supports a
// home-use product's patients: an account's role (the clinic's staff who
// sign in to a portal), or the name of a part or interface (a clinician
// web portal), names the clinic or its clinicians. Prose (description,
// use_environment) decides nothing: it may say that no clinic is
// involved. Without it, the CSD addresses the patients and caregivers
// only, not "the clinics that support them".
func (p *Product) ClinicsNamed() bool {
	for _, a := range p.Accounts {
		if clinicWords.MatchString(a.Role) {
			return true
		}
	}
	for _, pt := range p.Parts {
		if clinicWords.MatchString(pt.Name) {
			return true
		}
	}
	for _, it := range p.Interfaces {
		if clinicWords.MatchString(it.Name) {
			return true
		}
	}
	return false
}
