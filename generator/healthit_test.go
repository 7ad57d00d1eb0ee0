package generator

import "testing"

// buildHealthIT builds testdata/healthit: health IT that is not a medical
// device, unlike every other fixture (a results-routing interface engine
// the hospital installs on its own virtual machines: HL7 v2 in from the
// LIS and RIS, FHIR R4 out to the EHR, a web console with Active Directory
// sign-in; it handles PHI, but has no device intended use, no FDA
// clearance or approval and no hardware, and is not a 524B cyber device).
// It returns the Markdown of the document at rel (e.g.
// "resultroute/csd.md").
func buildHealthIT(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "healthit")
}

// TestHealthITFirewallRulesFromTheHospitalSide: the engine on the
// hospital's virtual machines is on the hospital network; its CSD gives
// the rules that let the LIS and RIS reach its HL7 listener and let it
// reach the EHR.
func TestHealthITFirewallRulesFromTheHospitalSide(t *testing.T) {
	csd := buildHealthIT(t)("resultroute/csd.md")
	saysAll(t, "csd.md", csd,
		"| 3 | Allow | Hospital LIS; Hospital RIS | ResultRoute server | 2575/TCP |",
		"| 1 | Allow | ResultRoute server | Hospital EHR FHIR API | 443/TCP |")
}

// TestHealthITPlanCitesNo524BClause: a product that is not a cyber device
// (cyber_device.applies = false) owes section 524B(b) nothing, so the
// plan's patch timelines and its traceability must not present its
// commitments as what 524B(b) asks of it.
func TestHealthITPlanCitesNo524BClause(t *testing.T) {
	plan := buildHealthIT(t)("resultroute/security-plan.md")
	saysAll(t, "security-plan.md", plan,
		"The commitments below are a regular cycle for risks that are controlled, and out-of-cycle releases for critical, uncontrolled risks.",
		"| Regular update cycle | A maintenance release every quarter. |",
		"so section 524B(b) of the FD&C Act sets it no requirement.",
		"| Cyber device determination | FD&C Act 524B(c) |")
	saysNone(t, "security-plan.md", plan, "524B(b) sets no requirement for a product that is not a cyber device",
		"that section 524B(b)(2) asks for", "| 524B(b)(2)(A) |", "| 524B(b)(2)(B) |", "| FD&C Act 524B(b)(1) |", "| FD&C Act 524B(b)(3) |")
}
